import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { APP_BASE_URL, appUrl } from './app-base';

/**
 * How this deployment is set up, from `runtime-config.json` next to `index.html`: written by whoever
 * deploys the build (the nginx image, the dev proxy), so one build serves every environment. It never
 * carries a token. Every field has a default: a deployment without the file still works, and the
 * header then says the environment is unknown.
 */
export const runtimeConfigSchema = z.looseObject({
  environmentName: z.catch(z.string(), 'unknown environment'),
  upstreamHost: z.catch(z.nullable(z.string()), null),
  demo: z.catch(z.boolean(), false),
  /** The API, relative to the app folder (`api/`) or an absolute path on this origin (`/viktor/api/`). */
  apiPath: z.catch(z.string(), 'api/'),
  /**
   * Whether the proxy adds a token of its own to every API request. `false`: each user pastes a
   * personal access token. Absent: not said, so the dashboard offers both ways back after a 401.
   */
  tokenInjected: z.catch(z.optional(z.boolean()), undefined),
  /** An auth proxy's sign-in page (same origin or `https:`), to sign in again when its session ends. */
  signInUrl: z.catch(z.optional(z.string()), undefined),
});
export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;

export const DEFAULT_RUNTIME_CONFIG: RuntimeConfig = {
  environmentName: 'unknown environment',
  upstreamHost: null,
  demo: false,
  apiPath: 'api/',
  tokenInjected: undefined,
  signInUrl: undefined,
};

/**
 * The API's absolute base URL (ending in `/`). Only this origin: the proxy in front of the app is
 * what may hold a token, and a pasted token must never be sent anywhere else.
 */
export function apiBaseUrlOf(config: RuntimeConfig, base = APP_BASE_URL): string {
  const fallback = new URL('api/', base).href;
  let resolved: URL;
  try {
    resolved = new URL(config.apiPath, base);
  } catch {
    return fallback;
  }
  if (resolved.origin !== new URL(base).origin || resolved.search || resolved.hash) return fallback;
  return resolved.href.endsWith('/') ? resolved.href : `${resolved.href}/`;
}

/** The sign-in page as a URL the banner may open: same origin, or `https:`; anything else is dropped. */
export function signInUrlOf(config: RuntimeConfig, base = APP_BASE_URL): string | undefined {
  if (!config.signInUrl) return undefined;
  try {
    const url = new URL(config.signInUrl, base);
    if (url.origin === new URL(base).origin || url.protocol === 'https:') return url.href;
  } catch {
    // Not an address: there is no sign-in link to offer.
  }
  return undefined;
}

/** A runtime-config.json body (`null` when there was none, or no JSON): the defaults fill in the rest. */
export function parseRuntimeConfig(body: unknown): RuntimeConfig {
  const parsed = runtimeConfigSchema.safeParse(body);
  return parsed.success ? parsed.data : DEFAULT_RUNTIME_CONFIG;
}

export async function fetchRuntimeConfig(signal?: AbortSignal): Promise<RuntimeConfig> {
  try {
    const response = await fetch(appUrl('runtime-config.json'), { signal, credentials: 'same-origin' });
    if (!response.ok) return DEFAULT_RUNTIME_CONFIG;
    return parseRuntimeConfig(await response.json().catch(() => null));
  } catch (error) {
    if (signal?.aborted) throw error;
    return DEFAULT_RUNTIME_CONFIG;
  }
}

export const RUNTIME_CONFIG_KEY = ['runtime-config'] as const;

export const runtimeConfigQuery = () =>
  queryOptions({
    queryKey: RUNTIME_CONFIG_KEY,
    queryFn: ({ signal }) => fetchRuntimeConfig(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });

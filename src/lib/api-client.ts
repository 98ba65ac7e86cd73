import ky, { type KyInstance, type Options } from 'ky';
import type { z } from 'zod/mini';
import { invalidResponseError, toApiError } from './api-error';
import { parseJson, stringifyJson } from './exact-json';

/**
 * A way to reach one VIKTOR API. In the browser it is same-origin `/api/…` and the proxy in front of
 * the dashboard adds the token; in Node (the audit CLI) it is an absolute base URL and a token held in
 * memory, never written anywhere. `retry: 0` because the caller owns retries (TanStack Query in the
 * browser, the audit's request pool in a crawl); ky would otherwise retry GETs twice more.
 * Request bodies write integers beyond 2^53 (bigint in params) as their exact digits.
 */
export type ApiClient = { readonly baseUrl: string; readonly http: KyInstance };

export type ApiClientInit = {
  /** Absolute, ending in `/api/`, e.g. `https://cloud.viktor.ai/api/`. */
  baseUrl: string;
  /** A personal access token, sent as `Authorization: Bearer`. Leave out behind an injecting proxy. */
  token?: string;
  /** Called once per request that goes out (retries included): the audit counts its requests. */
  onRequest?: () => void;
};

export function createApiClient({ baseUrl, token, onRequest }: ApiClientInit): ApiClient {
  const prefixUrl = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const http = ky.create({
    prefixUrl,
    retry: 0,
    timeout: 60_000,
    credentials: 'same-origin',
    headers: { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    stringifyJson,
    hooks: onRequest ? { beforeRequest: [() => onRequest()] } : undefined,
  });
  return { baseUrl: prefixUrl, http };
}

/**
 * The dashboard's own client. The prefix is absolute because ky cannot resolve a relative prefix
 * outside a real browser.
 */
export const browserApiClient = createApiClient({
  baseUrl: `${globalThis.location?.origin ?? 'http://localhost'}/api/`,
});

/** `client` defaults to the browser's; the audit CLI passes its own. */
export type RequestOptions = { signal?: AbortSignal; client?: ApiClient };
type SearchParams = Record<string, string | number | boolean | undefined>;

function cleanSearchParams(params: SearchParams | undefined): Record<string, string> | undefined {
  if (!params) return undefined;
  const entries = Object.entries(params).filter(([, value]) => value !== undefined && value !== '');
  return Object.fromEntries(entries.map(([key, value]) => [key, String(value)]));
}

/**
 * Sends a request and parses the JSON answer with `schema`. Every failure, HTTP or network or a body
 * that does not match, leaves as an `ApiError`.
 */
export async function apiRequest<S extends z.ZodMiniType>(
  method: 'get' | 'post' | 'put' | 'delete',
  path: string,
  schema: S,
  options: RequestOptions & { searchParams?: SearchParams; json?: unknown } = {},
): Promise<z.output<S>> {
  const kyOptions: Options = {
    method,
    signal: options.signal,
    searchParams: cleanSearchParams(options.searchParams),
    json: options.json,
  };
  let body: unknown;
  try {
    const client = options.client ?? browserApiClient;
    const response = await client.http(toRelativeApiPath(path), kyOptions);
    const text = await response.text();
    // Lossless: params may hold integers beyond 2^53, which a plain JSON.parse would round.
    body = text ? parseJson(text) : undefined;
  } catch (error) {
    throw await toApiError(error);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw invalidResponseError(parsed.error, `a ${method.toUpperCase()} ${path} response`, body);
  return parsed.data;
}

/**
 * Paths are written `workspaces/1/`; an absolute URL the API handed us (a job's `url`) is reduced to
 * its `/api/…` path so it still goes through our proxy and never straight to the upstream.
 */
export function toRelativeApiPath(pathOrUrl: string): string {
  if (!/^[a-z]+:\/\//i.test(pathOrUrl) && !pathOrUrl.startsWith('/')) return pathOrUrl;
  const url = new URL(pathOrUrl, 'http://placeholder');
  const apiIndex = url.pathname.indexOf('/api/');
  if (apiIndex === -1) throw new Error(`Not a VIKTOR API address: ${url.pathname}`);
  return url.pathname.slice(apiIndex + '/api/'.length) + url.search;
}

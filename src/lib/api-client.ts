import ky, { type KyInstance, type Options } from 'ky';
import type { z } from 'zod/mini';
import { ApiError, invalidResponseError, isSignInAnswer, signedOutError, toApiError } from './api-error';
import { appUrl } from './app-base';
import { parseJson, stringifyJson } from './exact-json';
import { session } from './session';

/**
 * A way to reach one VIKTOR API. In the browser it is same-origin `/api/…` and the proxy in front of
 * the dashboard adds the token; in Node (the audit CLI) it is an absolute base URL and a token held in
 * memory, never written anywhere. `retry: 0` because the caller owns retries (TanStack Query in the
 * browser, the audit's request pool in a crawl); ky would otherwise retry GETs twice more.
 * Request bodies write integers beyond 2^53 (bigint in params) as their exact digits.
 * Redirects are not followed: the API does not redirect, and an auth proxy that does is saying
 * "sign in again" (api-error.ts), which following it to a cross-origin page would hide.
 */
export type ApiClient = { readonly baseUrl: string; readonly http: KyInstance };

export type ApiClientInit = {
  /** Absolute, ending in `/api/`, e.g. `https://cloud.viktor.ai/api/`. */
  baseUrl: string;
  /** A personal access token, sent as `Authorization: Bearer`. Leave out behind an injecting proxy. */
  token?: string;
  /** Asked before each request: the `Authorization` value of a token the user pasted, if any. */
  authorization?: () => string | undefined;
  /** Called once per request that goes out (retries included): the audit counts its requests. */
  onRequest?: () => void;
  /** Sends the requests; `globalThis.fetch` when left out (src/first-request.ts hands over one). */
  fetch?: typeof globalThis.fetch;
};

export function createApiClient({
  baseUrl,
  token,
  authorization,
  onRequest,
  fetch,
}: ApiClientInit): ApiClient {
  const prefixUrl = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const http = ky.create({
    prefixUrl,
    retry: 0,
    timeout: 60_000,
    credentials: 'same-origin',
    redirect: 'manual',
    ...(fetch ? { fetch } : {}),
    headers: { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    stringifyJson,
    hooks: {
      beforeRequest: [
        (request) => {
          const value = authorization?.();
          if (value) request.headers.set('authorization', value);
          onRequest?.();
        },
      ],
    },
  });
  return { baseUrl: prefixUrl, http };
}

/**
 * The dashboard's own client: the app folder's `api/` until the runtime config says otherwise
 * ({@link configureBrowserApi}), with the pasted token when there is one. Absolute, because ky
 * cannot resolve a relative prefix outside a real browser.
 */
let browserClient = createApiClient({ baseUrl: appUrl('api/'), authorization: session.authorization });

export function browserApiClient(): ApiClient {
  return browserClient;
}

/**
 * Called once at start-up with the runtime config's API address (runtime-config.ts `apiBaseUrlOf`),
 * and the fetch that answers the request src/first-request.ts sent before the app had loaded.
 */
export function configureBrowserApi(baseUrl: string, options: { fetch?: typeof globalThis.fetch } = {}) {
  browserClient = createApiClient({ baseUrl, authorization: session.authorization, fetch: options.fetch });
}

/**
 * A network failure on the API may be an auth proxy turning us away in a way fetch cannot show (an
 * opaque cross-origin redirect). Ask for a small file behind the same proxy: a sign-in answer there
 * means signed out; failing too, it really is the network.
 */
async function probeSignedOut(): Promise<boolean> {
  try {
    const response = await fetch(appUrl('runtime-config.json'), { redirect: 'manual', cache: 'no-store' });
    return isSignInAnswer(response);
  } catch {
    return false;
  }
}

/** Tells the session (session.ts) when an answer means "signed out", so queries pause. */
async function noticeSignedOut(error: unknown, client: ApiClient): Promise<unknown> {
  // Only the dashboard's own client speaks for the session: a client made to check a pasted token
  // (or the audit CLI's) failing says nothing about whether the dashboard is signed in.
  if (!(error instanceof ApiError) || client !== browserClient) return error;
  if (error.kind === 'network' && (await probeSignedOut())) {
    session.markSignedOut('session-ended');
    return signedOutError(error);
  }
  if (error.isSignedOut) session.markSignedOut(error.isUnauthorized ? 'token-rejected' : 'session-ended');
  return error;
}

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
  const client = options.client ?? browserClient;
  try {
    const response = await client.http(toRelativeApiPath(path), kyOptions);
    if (isSignInAnswer(response)) throw signedOutError();
    const text = await response.text();
    // Lossless: params may hold integers beyond 2^53, which a plain JSON.parse would round.
    body = text ? parseJson(text) : undefined;
  } catch (error) {
    throw await noticeSignedOut(await toApiError(error), client);
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

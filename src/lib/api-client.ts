import ky, { type Options } from 'ky';
import type { z } from 'zod/mini';
import { invalidResponseError, toApiError } from './api-error';
import { parseJson, stringifyJson } from './exact-json';

/**
 * The one ky instance. The browser calls same-origin `/api/…`; the proxy in front of the dashboard
 * adds the token. `retry: 0` because TanStack Query owns retries (ky would retry GETs twice more).
 * The prefix is absolute because ky cannot resolve a relative prefix outside a real browser.
 * Request bodies write integers beyond 2^53 (bigint in params) as their exact digits.
 */
const http = ky.create({
  prefixUrl: `${globalThis.location?.origin ?? 'http://localhost'}/api/`,
  retry: 0,
  timeout: 60_000,
  credentials: 'same-origin',
  headers: { accept: 'application/json' },
  stringifyJson,
});

export type RequestOptions = { signal?: AbortSignal };
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
    const response = await http(toRelativeApiPath(path), kyOptions);
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

import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';

/**
 * What the token-holding proxy forwards, decided before Vite's proxy sees the request.
 *
 * The upstream (and anything between) resolves `..`, `%2e%2e`, `\` and `//` the way URL parsers do,
 * so a path that starts with `/api/` can still land outside it with our token attached. We do not
 * normalise and forward: a path that is not already in normal form is refused. And the proxy holds
 * the token for any page the browser has open, so only our own page may call it.
 */

export type Verdict = { ok: true } | { ok: false; status: 400 | 403; detail: string };
export type PathVerdict = Verdict & { api: boolean };

const API_PREFIX = '/api/';
/** Encoded `.`, `/`, `\`: decoded later by someone else, they become dot segments or separators. */
const ENCODED_SEPARATOR = /%(2e|2f|5c)/i;
/** `%25` is `%` itself: `%252e` decodes to `%2e`. Every decoding level gets the same checks. */
const MAX_DECODINGS = 4;

function refusePath(detail: string): PathVerdict {
  return { ok: false, status: 400, api: true, detail };
}

/** Everything a lenient parser could make of the path, most literal first. */
function decodings(path: string): string[] | null {
  const levels = [path];
  let current = path;
  for (let i = 0; i < MAX_DECODINGS && current.includes('%'); i++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) break;
    levels.push(next);
    current = next;
  }
  // Still encoded after that many levels: nothing legitimate looks like this.
  return /%[0-9a-f]{2}/i.test(current) && levels.length > MAX_DECODINGS ? null : levels;
}

/**
 * Where a lenient parser could put the path: backslashes read as slashes, `//` collapsed, dot
 * segments resolved. Ends in `/` so that `/api` and `/api/…` both read as the API.
 */
function resolvedPath(path: string): string {
  const resolved: string[] = [];
  for (const segment of path.replaceAll('\\', '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') resolved.pop();
    else resolved.push(segment);
  }
  return `/${resolved.map((segment) => `${segment}/`).join('')}`;
}

function problemIn(path: string): string | null {
  if (path.includes('\\')) return 'a backslash';
  if (ENCODED_SEPARATOR.test(path)) return 'an encoded dot, slash or backslash';
  const segments = path.split('/').slice(1);
  for (const [index, segment] of segments.entries()) {
    if (segment === '.' || segment === '..') return 'a dot segment';
    // A trailing slash (DRF style) leaves one empty last segment; anywhere else it is `//`.
    if (segment === '' && index !== segments.length - 1) return 'an empty segment (//)';
  }
  return null;
}

const isApi = (path: string) => path === '/api' || path.startsWith(API_PREFIX);

/**
 * Checks the raw request target (`req.url`, as it came off the wire). `api: false`: no reading of
 * the path reaches the API, so it is not forwarded and this guard leaves it to the app's files.
 * A path that reaches `/api` under any lenient reading must already be a normal `/api/…` path.
 */
export function checkApiPath(rawUrl: string): PathVerdict {
  const cut = rawUrl.search(/[?#]/);
  const path = cut === -1 ? rawUrl : rawUrl.slice(0, cut);
  const levels = decodings(path);
  const readings = (levels ?? [path]).flatMap((level) => [
    level,
    level.replaceAll('\\', '/'),
    resolvedPath(level),
  ]);
  if (!readings.some(isApi)) return { ok: true, api: false };
  if (!path.startsWith(API_PREFIX)) return refusePath('Only paths under /api/ are forwarded.');
  if (rawUrl.includes('#')) return refusePath('A request target must not contain "#".');
  if (!levels) return refusePath('The path has malformed or deeply nested percent-encoding.');
  for (const level of levels) {
    const problem = problemIn(level);
    if (problem)
      return refusePath(`The path contains ${problem}; only normalised /api/ paths are forwarded.`);
  }
  return { ok: true, api: true };
}

export type OriginCheck = {
  method: string;
  headers: IncomingHttpHeaders;
  /** `scheme://host[:port]` this request was sent to, or null when that is unknown. */
  ownOrigin: string | null;
};

const SAFE_METHODS = new Set(['GET', 'HEAD']);

function originOf(value: string): string | null {
  try {
    const { origin } = new URL(value);
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function refuseOrigin(detail: string): Verdict {
  return { ok: false, status: 403, detail };
}

/**
 * Only our own page may use the token: Sec-Fetch-Site when the browser sends it, else Origin, else
 * Referer. With none of them (curl, an old browser) only GET and HEAD pass, as they change nothing.
 */
export function checkSameOrigin({ method, headers, ownOrigin }: OriginCheck): Verdict {
  const verb = method.toUpperCase();
  if (verb === 'OPTIONS') {
    return refuseOrigin('Cross-origin requests are not allowed: this API answers only its own page.');
  }
  const site = header(headers, 'sec-fetch-site');
  if (site !== undefined) {
    if (site === 'same-origin') return { ok: true };
    if (site === 'none' && SAFE_METHODS.has(verb)) return { ok: true };
    return refuseOrigin(`Refused a ${site} request: this API answers only its own page.`);
  }
  const origin = header(headers, 'origin');
  const referer = header(headers, 'referer');
  const claimed = origin !== undefined ? origin : referer;
  if (claimed === undefined) {
    if (SAFE_METHODS.has(verb)) return { ok: true };
    return refuseOrigin(`A ${verb} request must say where it comes from (Origin or Referer).`);
  }
  const from = originOf(claimed);
  if (from !== null && ownOrigin !== null && from === ownOrigin) return { ok: true };
  return refuseOrigin('Refused a request from another origin: this API answers only its own page.');
}

/** The origin the browser sent this request to: our scheme and the Host header. */
export function ownOriginOf(req: IncomingMessage): string | null {
  const host = req.headers.host;
  if (!host) return null;
  const scheme = (req.socket as TLSSocket).encrypted ? 'https' : 'http';
  return originOf(`${scheme}://${host}`);
}

function refuse(res: ServerResponse, status: number, detail: string) {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ detail }));
}

/** Connect middleware: runs before Vite's proxy, so what it refuses is never forwarded. */
export function proxyGuard() {
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const path = checkApiPath(req.url ?? '/');
    if (!path.ok) return refuse(res, path.status, path.detail);
    if (!path.api) return next();
    const origin = checkSameOrigin({
      method: req.method ?? 'GET',
      headers: req.headers,
      ownOrigin: ownOriginOf(req),
    });
    if (!origin.ok) return refuse(res, origin.status, origin.detail);
    next();
  };
}

/**
 * The landing page's first request, sent as soon as this small module has arrived instead of once the
 * app's JavaScript has downloaded and run: index.html loads src/first-request-entry.ts on its own,
 * before the app (vite.config.ts), so the workspace list's first page is on its way while the rest
 * arrives. The app's API client then takes
 * that answer for the same request instead of asking again (`firstRequestFetch`, src/main.tsx).
 *
 * Only when nothing can differ from what the app would send:
 * - the page is the workspace list with its default filters (`/workspaces` or `/`, which redirects
 *   there, without a query string);
 * - the runtime config keeps the API at the default `api/` of the app folder: the config is read
 *   first (index.html preloads it), and any other `apiPath` leaves the request to the app, so no
 *   request ever goes to an address the deployment did not choose;
 * - the same options as the app's client (src/lib/api-client.ts): same-origin credentials, redirects
 *   not followed, JSON accepted, and no Authorization (a pasted token lives in the page's memory, so
 *   a freshly loaded page has none; an injecting proxy adds its own).
 * The app's body handling (status, sign-in answers, exact integers, lenient items) is untouched: it
 * receives the Response as if its own fetch had returned it.
 */
import { APP_BASE_PATH, appUrl } from './lib/app-base';

/** What `listWorkspaces({ offset: 0, filters: {} })` asks for (first-request.test.ts holds them equal). */
export const FIRST_PAGE_REQUEST = 'workspaces/?limit=100&offset=0&sort=name%3Aasc';

export const FIRST_PAGE_INIT = {
  method: 'GET',
  credentials: 'same-origin',
  redirect: 'manual',
  headers: { accept: 'application/json' },
} as const satisfies RequestInit;

type Sent = { url: string; response: Promise<Response> };

/** The page's path inside the app folder, without slashes at either end. */
function routeOf(pathname: string, basePath: string): string | undefined {
  const base = basePath === '/' ? '' : basePath;
  if (pathname !== base && !pathname.startsWith(`${base}/`)) return undefined;
  return pathname.slice(base.length).replace(/^\/+|\/+$/g, '');
}

export function landsOnWorkspaceList(location: { pathname: string; search: string }, basePath: string) {
  const route = routeOf(location.pathname, basePath);
  return location.search === '' && (route === '' || route === 'workspaces');
}

/**
 * Whether a runtime-config.json body puts the API where the app would by default. Only the exact
 * default counts: anything else is for src/lib/runtime-config.ts to resolve (and maybe refuse).
 * A missing or unreadable file means the defaults, for the app as here.
 */
export function usesDefaultApiPath(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return true;
  const { apiPath } = body as { apiPath?: unknown };
  return apiPath === undefined || apiPath === 'api/';
}

async function readConfigBody(): Promise<unknown> {
  try {
    const response = await fetch(appUrl('runtime-config.json'), { credentials: 'same-origin' });
    return response.ok ? await response.json().catch(() => null) : null;
  } catch {
    return null;
  }
}

let configBody: Promise<unknown> | undefined;

/** runtime-config.json's body, read once for this module and the app (src/main.tsx). */
export function runtimeConfigBody(): Promise<unknown> {
  configBody ??= readConfigBody();
  return configBody;
}

let sent: Promise<Sent | undefined> = Promise.resolve(undefined);
let answered = false;

/**
 * Whether the early request has its answer (status and headers) already: src/main.tsx then reads it
 * before React's first render, which shows the rows at once instead of the shell first.
 */
export function firstAnswerIsIn(): boolean {
  return answered;
}

/** Called once, by src/first-request-entry.ts: sends the request when it is the page's first. */
export function sendFirstRequest(location: { pathname: string; search: string }, basePath = APP_BASE_PATH) {
  const config = runtimeConfigBody();
  if (!landsOnWorkspaceList(location, basePath)) return;
  sent = config.then((body) => {
    if (!usesDefaultApiPath(body)) return undefined;
    const url = appUrl(`api/${FIRST_PAGE_REQUEST}`);
    const response = fetch(url, FIRST_PAGE_INIT);
    // Read by the app, or by nobody (a failure is the app's to report): never an unhandled rejection.
    response.then(
      () => {
        answered = true;
      },
      () => undefined,
    );
    return { url, response };
  });
}

function isTheFirstRequest(request: Request, url: string): boolean {
  return (
    request.url === url &&
    request.method === 'GET' &&
    !request.headers.has('authorization') &&
    request.redirect === 'manual' &&
    request.credentials === 'same-origin'
  );
}

/**
 * The app client's fetch: the first request that is exactly the one sent early gets its answer (once;
 * a retry goes to the network); every other request is an ordinary fetch.
 */
export async function firstRequestFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const early = await sent;
  if (early && input instanceof Request && isTheFirstRequest(input, early.url)) {
    sent = Promise.resolve(undefined);
    const { signal } = input;
    signal.throwIfAborted();
    return new Promise<Response>((resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      early.response.then(resolve, reject);
    });
  }
  return fetch(input, init);
}

import { setTimeout as sleep } from 'node:timers/promises';
import type { MiddlewareHandler } from 'hono';
import { AUTH_FAILED, NO_PERMISSION, NOT_FOUND } from '../http/errors';
import type { FaultStore } from './fault-store';

const json = { 'content-type': 'application/json' };

/** What an auth proxy (oauth2-proxy and the like) answers once its session has ended. */
const SIGN_IN_PAGE =
  '<!doctype html><html><head><title>Sign in</title></head><body><form method="get" action="/oauth2/start">' +
  '<button>Sign in with your organisation</button></form></body></html>';

const DEFAULT_BODIES = {
  '400': { name: ['This field is required.'] },
  '403': { detail: NO_PERMISSION },
  '404': { detail: NOT_FOUND },
} as const;

/** Applies the next matching fault rule, if any, before (or around) the real handler. */
export function faultMiddleware(faults: FaultStore): MiddlewareHandler {
  return async (c, next) => {
    const { pathname } = new URL(c.req.url);
    const rule = pathname.startsWith('/__') ? undefined : faults.take(c.req.method, pathname);
    if (!rule) return next();
    switch (rule.kind) {
      case '500':
        return c.body(JSON.stringify({ detail: 'A server error occurred.' }), 500, json);
      case '401':
        return c.body(JSON.stringify({ detail: AUTH_FAILED }), 401, {
          ...json,
          'www-authenticate': 'Bearer realm="api"',
        });
      case '400':
      case '403':
      case '404':
        return c.body(JSON.stringify(rule.body ?? DEFAULT_BODIES[rule.kind]), Number(rule.kind) as 400, json);
      case '429': {
        if (rule.retryAfter === null) {
          return c.body(JSON.stringify({ detail: 'Request was throttled.' }), 429, json);
        }
        const seconds = rule.retryAfter ?? 1;
        const detail = `Request was throttled. Expected available in ${seconds} seconds.`;
        return c.body(JSON.stringify({ detail }), 429, { ...json, 'retry-after': String(seconds) });
      }
      case 'network': {
        // The connection drops without an answer: what a browser reports as a network error.
        const incoming = (c.env as { incoming?: { socket?: { destroy(): void } } } | undefined)?.incoming;
        incoming?.socket?.destroy();
        return c.body(null, 500);
      }
      case 'html':
        return c.body(SIGN_IN_PAGE, 200, { 'content-type': 'text/html; charset=utf-8' });
      case 'redirect': {
        const back = encodeURIComponent(pathname);
        return c.body(null, 302, { location: `/oauth2/sign_in?rd=${back}` });
      }
      case 'delay':
        await sleep(rule.delayMs ?? 2000);
        return next();
      case 'malformed': {
        // The real answer, cut off half-way: what a dropped connection behind a proxy looks like.
        await next();
        const text = await c.res.text();
        const cut = text.length > 2 ? text.slice(0, Math.ceil(text.length / 2)) : '{"detail": "Not fou';
        c.res = new Response(cut, { status: 200, headers: json });
        return;
      }
    }
  };
}

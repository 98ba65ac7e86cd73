import { setTimeout as sleep } from 'node:timers/promises';
import type { MiddlewareHandler } from 'hono';
import { AUTH_FAILED } from '../http/errors';
import type { FaultStore } from './fault-store';

const json = { 'content-type': 'application/json' };

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
      case '429': {
        const seconds = rule.retryAfter ?? 1;
        const detail = `Request was throttled. Expected available in ${seconds} seconds.`;
        return c.body(JSON.stringify({ detail }), 429, { ...json, 'retry-after': String(seconds) });
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

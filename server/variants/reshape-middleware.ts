import type { MiddlewareHandler } from 'hono';
import { parseJson, stringifyJson } from '../http/exact-json';
import { resourceOf } from './resources';
import type { VariantState } from './variant-state';

/**
 * The response-shaping layer for /api: when a variant reshapes replies, every JSON answer (errors
 * too) is reparsed losslessly, reshaped and sent again. With none active it costs nothing.
 */
export function reshapeResponses(variants: VariantState): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const reshapers = variants.reshapers();
    const original = c.res;
    if (reshapers.length === 0 || !original.headers.get('content-type')?.includes('json')) return;
    const text = await original.text();
    if (text === '') return;
    const reply = { method: c.req.method, status: original.status, resource: resourceOf(c.req.path) };
    const body = reshapers.reduce(
      (current, reshape) => reshape({ ...reply, body: current }),
      parseJson(text),
    );
    const headers = new Headers(original.headers);
    headers.delete('content-length');
    // Cleared first: Hono's setter would otherwise copy the old headers over the new ones.
    c.res = undefined;
    c.res = new Response(stringifyJson(body), { status: original.status, headers });
  };
}

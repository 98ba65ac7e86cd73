import type { Context } from 'hono';

/**
 * Responses are assembled as strings so stored JSON (params of up to a megabyte) can be spliced in
 * verbatim instead of being parsed and serialised again on every request.
 */
export type RawJson = string;

/** `JSON.stringify(value)` with extra keys whose values are already JSON text; undefined ones are skipped. */
export function spliceJson(value: object, raw: Record<string, RawJson | null | undefined>): RawJson {
  const text = JSON.stringify(value);
  const extra = Object.entries(raw)
    .filter((entry): entry is [string, RawJson] => typeof entry[1] === 'string')
    .map(([key, json]) => `${JSON.stringify(key)}:${json}`);
  if (extra.length === 0) return text;
  return text === '{}' ? `{${extra.join(',')}}` : `${text.slice(0, -1)},${extra.join(',')}}`;
}

export const jsonArray = (items: RawJson[]): RawJson => `[${items.join(',')}]`;

export const jsonPage = (count: number, items: RawJson[]): RawJson =>
  `{"count":${count},"results":${jsonArray(items)}}`;

export function sendJson(c: Context, text: RawJson, status: 200 | 201 = 200): Response {
  return c.body(text, status, { 'content-type': 'application/json' });
}

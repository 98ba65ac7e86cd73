import type { Context } from 'hono';
import { ApiError, fieldErrors } from './errors';

/**
 * Query-string parsing with DRF's error bodies. Max page sizes are deliberately smaller than what
 * clients tend to ask for, so a client that assumes `results.length === limit` breaks here first.
 * These are the defaults; routes read the caps in force from `ctx.variants.knobs().maxPage`.
 */
export const MAX_PAGE = {
  workspaces: 50,
  apps: 100,
  entityTypes: 100,
  entities: 100,
  revisions: 25,
} as const;

export type Page = { limit: number; offset: number };

/** "true"/"false" as VIKTOR sends them; DRF also accepts 1/0 and any casing. */
export function queryBool(c: Context, name: string): boolean | undefined {
  const value = c.req.query(name);
  if (value === undefined) return undefined;
  const lower = value.toLowerCase();
  if (lower === 'true' || lower === '1') return true;
  if (lower === 'false' || lower === '0' || lower === '') return false;
  throw fieldErrors({ [name]: ['Must be a valid boolean.'] });
}

function parseCount(name: string, value: string, min: number): number {
  if (!/^-?\d+$/.test(value.trim())) throw fieldErrors({ [name]: ['A valid integer is required.'] });
  const parsed = Number(value);
  if (parsed < min) throw fieldErrors({ [name]: [`Ensure this value is greater than or equal to ${min}.`] });
  return parsed;
}

/** For always-paginated lists: a missing limit means one default page of the maximum size. */
export function readPage(c: Context, max: number): Page {
  const limit = c.req.query('limit');
  const offset = c.req.query('offset');
  return {
    limit: Math.min(max, limit === undefined ? max : parseCount('limit', limit, 1)),
    offset: offset === undefined ? 0 : parseCount('offset', offset, 0),
  };
}

/**
 * Children, siblings, roots and entities-by-type: a page when limit or offset is given, otherwise
 * (null) a bare array of everything, as the SDK's non-paginated calls expect.
 */
export function readOptionalPage(c: Context, max: number): Page | null {
  if (c.req.query('limit') === undefined && c.req.query('offset') === undefined) return null;
  return readPage(c, max);
}

/** The child entity-types endpoint insists on a limit and answers with a terse detail. */
export function readStrictPage(c: Context, max: number): Page {
  try {
    if (c.req.query('limit') === undefined) throw new Error('limit is required');
    return readPage(c, max);
  } catch {
    throw new ApiError(400, { detail: 'Incorrect query params' });
  }
}

/** Path ids: anything but a positive integer cannot name a record, so it is a 404 like Django's. */
export function pathId(c: Context, name: string): number {
  const value = c.req.param(name) ?? '';
  if (!/^\d{1,15}$/.test(value)) throw new ApiError(404, { detail: 'Not found.' });
  return Number(value);
}

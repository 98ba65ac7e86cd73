// zod/mini: the same validation as zod with a tree-shakable API, ~19 KB less gzipped JS on the first
// page, which keeps us inside the 120 KB budget.
import { z } from 'zod/mini';

/**
 * VIKTOR sends ISO 8601 UTC timestamps with microseconds (`2024-05-01T10:20:30.123456Z`).
 * Accept any precision and an explicit offset too: we only ever hand them to `Date`.
 */
export const timestampSchema = z.iso.datetime({ offset: true, local: true });

/** A params document: a JSON object whose shape belongs to the app, not to us. */
export const paramsSchema = z.record(z.string(), z.unknown());
export type Params = z.infer<typeof paramsSchema>;

export type Paginated<T> = { count: number; results: T[] };

/** `{count, results}` as DRF's LimitOffsetPagination returns it; `next`/`previous` are not relied on. */
export function paginatedSchema<T extends z.ZodMiniType>(item: T) {
  return z.looseObject({
    count: z.int().check(z.nonnegative()),
    results: z.array(item),
  });
}

/**
 * Some list endpoints (children, siblings, old revision servers) answer a bare array instead of a
 * page. Normalise both to a page so callers handle one shape.
 */
export function pageOrArraySchema<T extends z.ZodMiniType>(item: T) {
  return z.pipe(
    z.union([paginatedSchema(item), z.array(item)]),
    z.transform(
      (value): Paginated<z.output<T>> =>
        Array.isArray(value) ? { count: value.length, results: value } : (value as Paginated<z.output<T>>),
    ),
  );
}

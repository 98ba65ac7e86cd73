// zod/mini: the same validation as zod with a tree-shakable API, ~19 KB less gzipped JS on the first
// page, which keeps us inside the 120 KB budget.
import { z } from 'zod/mini';
import { describeIssues } from './describe-issues';

/**
 * VIKTOR sends ISO 8601 UTC timestamps with microseconds (`2024-05-01T10:20:30.123456Z`).
 * Accept any precision and an explicit offset too: we only ever hand them to `Date`.
 */
export const timestampSchema = z.iso.datetime({ offset: true, local: true });

/** A params document: a JSON object whose shape belongs to the app, not to us. */
export const paramsSchema = z.record(z.string(), z.unknown());
export type Params = z.infer<typeof paramsSchema>;

/**
 * A list item that did not match its schema. It keeps its place in the list, so the user sees that
 * something is there (and which, when it has a numeric id) instead of the whole page failing.
 */
export type UnreadableItem = { unreadable: true; id?: number; reason: string };

/** One item of a list as the API sent it: read, or kept as unreadable in its place. */
export type Listed<T> = T | UnreadableItem;

export function isUnreadable(item: unknown): item is UnreadableItem {
  if (typeof item !== 'object' || item === null) return false;
  const { unreadable, reason } = item as Partial<UnreadableItem>;
  return unreadable === true && typeof reason === 'string';
}

/** The items that were read, for uses that need the data (lookups, maps, defaults). */
export function readable<T>(items: readonly Listed<T>[]): T[] {
  return items.filter((item): item is T => !isUnreadable(item));
}

function readItem<T extends z.ZodMiniType>(schema: T, value: unknown): Listed<z.output<T>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const id = (value as { id?: unknown } | null)?.id;
  return {
    unreadable: true,
    ...(typeof id === 'number' && Number.isFinite(id) ? { id } : {}),
    reason: describeIssues(parsed.error.issues, value, { subject: 'the item' }),
  };
}

/**
 * An array whose items are parsed one by one: an item that does not match becomes an
 * `UnreadableItem` at its position and never fails its neighbours. The array itself must be an array.
 */
export function tolerantArraySchema<T extends z.ZodMiniType>(item: T) {
  return z.pipe(
    z.array(z.unknown()),
    z.transform((values): Listed<z.output<T>>[] => values.map((value) => readItem(item, value))),
  );
}

/** A parsed page: `results` holds every item received, readable or not, in the server's order. */
export type Paginated<T> = { count: number; results: Listed<T>[] };

/**
 * `{count, results}` as DRF's LimitOffsetPagination returns it; `next`/`previous` are not relied on.
 * The page fails only when it is not a page (no `count`, `results` not an array), never for one item.
 */
export function paginatedSchema<T extends z.ZodMiniType>(item: T) {
  return z.looseObject({
    count: z.int().check(z.nonnegative()),
    results: tolerantArraySchema(item),
  });
}

/**
 * Some list endpoints (children, siblings, old revision servers) answer a bare array instead of a
 * page. Normalise both to a page so callers handle one shape.
 */
export function pageOrArraySchema<T extends z.ZodMiniType>(item: T) {
  return z.pipe(
    z.union([paginatedSchema(item), tolerantArraySchema(item)]),
    z.transform(
      (value): Paginated<z.output<T>> =>
        Array.isArray(value) ? { count: value.length, results: value } : (value as Paginated<z.output<T>>),
    ),
  );
}

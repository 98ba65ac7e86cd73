import { DEFAULT_ARRAY_KEYS } from '../json-diff/array-match';

type Item = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Item =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The key that identifies the items of all these arrays (the same candidates, in the same order, as the
 * structural diff: `id`, `name`, `key`, `uid`): every item of every array is an object carrying it with
 * a string or number value unique within its array. Null when no candidate works for all of them: then
 * the items have no identity (see `MergeWalker.arrayChildren`). All three versions must agree, or an
 * item could be paired one way between base and mine and another way between base and theirs.
 */
export function sharedArrayKey(arrays: readonly unknown[][]): string | null {
  if (arrays.every((items) => items.length === 0)) return null;
  if (!arrays.every((items) => items.every(isPlainObject))) return null;
  return DEFAULT_ARRAY_KEYS.find((key) => arrays.every((items) => identifies(items as Item[], key))) ?? null;
}

function identifies(items: Item[], key: string): boolean {
  const seen = new Set<unknown>();
  for (const item of items) {
    if (!Object.hasOwn(item, key)) return false;
    const value = item[key];
    if ((typeof value !== 'string' && typeof value !== 'number') || seen.has(value)) return false;
    seen.add(value);
  }
  return true;
}

/** Key value → item. */
export function itemsByKey(items: readonly unknown[], key: string): Map<unknown, unknown> {
  return new Map(items.map((item) => [(item as Item)[key], item]));
}

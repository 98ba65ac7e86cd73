export const DEFAULT_ARRAY_KEYS = ['id', 'name', 'key', 'uid'];

type Item = Record<string, unknown>;

function isPlainObject(value: unknown): value is Item {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * How to pair up the items of two arrays: by the first candidate key that every item on both sides
 * carries with a unique string/number value, or null for "by position". Matching by key is what makes
 * inserting one soil layer at the top a single addition instead of a change on every later layer.
 * `beforeIndex` maps a key value to its item's index in `before`.
 */
export function pickArrayKey(
  before: unknown[],
  after: unknown[],
  candidates: readonly string[],
): { key: string; beforeIndex: Map<unknown, number> } | null {
  if (candidates.length === 0 || before.length + after.length === 0) return null;
  for (const item of before) if (!isPlainObject(item)) return null;
  for (const item of after) if (!isPlainObject(item)) return null;
  for (const key of candidates) {
    const beforeIndex = indexBy(before as Item[], key);
    if (beforeIndex && indexBy(after as Item[], key)) return { key, beforeIndex };
  }
  return null;
}

/** Key value → index, or null when an item lacks the key or a value repeats (so it cannot identify items). */
function indexBy(items: Item[], key: string): Map<unknown, number> | null {
  const index = new Map<unknown, number>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Item;
    if (!Object.hasOwn(item, key)) return null;
    const value = item[key];
    if (typeof value !== 'string' && typeof value !== 'number') return null;
    if (index.has(value)) return null;
    index.set(value, i);
  }
  return index;
}

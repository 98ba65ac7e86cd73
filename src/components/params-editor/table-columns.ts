import { isPlainObject } from './path-ops';

const cache = new WeakMap<unknown[], string[] | null>();

/**
 * The columns when a list is a table: every item an object with the same keys (order may differ).
 * Anything looser is edited as a list of groups, where each item shows its own fields. Cached per
 * list, which keeps its identity until it is edited.
 */
export function tableColumns(items: unknown[]): string[] | null {
  let columns = cache.get(items);
  if (columns === undefined) {
    columns = detect(items);
    cache.set(items, columns);
  }
  return columns;
}

function detect(items: unknown[]): string[] | null {
  const first = items[0];
  if (!isPlainObject(first)) return null;
  const columns = Object.keys(first);
  if (columns.length === 0) return null;
  for (const item of items) {
    if (!isPlainObject(item)) return null;
    const keys = Object.keys(item);
    if (keys.length !== columns.length || !columns.every((column) => Object.hasOwn(item, column)))
      return null;
  }
  return columns;
}

import { formatPath, type JsonPath } from '../../lib/format-path';

/**
 * Immutable edits of a params document. Every function copies only the containers on the way to the
 * edited node and returns the input itself when nothing changes, so untouched branches keep their
 * identity and memoized rows of a large table skip re-rendering.
 */

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `path`, or undefined when the path leads nowhere. */
export function getAtPath(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number') node = node[segment];
    else if (isPlainObject(node) && typeof segment === 'string' && Object.hasOwn(node, segment)) {
      node = node[segment];
    } else return undefined;
  }
  return node;
}

export function hasPath(root: unknown, path: JsonPath): boolean {
  return path.length === 0 || getAtPath(root, path) !== undefined;
}

/** Sets the value at `path`; an array index equal to the length appends. */
export function setAtPath<T>(root: T, path: JsonPath, value: unknown): T {
  return updateParent(root, path, (parent, last) => {
    if (Array.isArray(parent)) {
      const index = arrayIndex(parent, last, path, true);
      if (index < parent.length && Object.is(parent[index], value)) return parent;
      const copy = parent.slice();
      copy[index] = value;
      return copy;
    }
    const key = objectKey(last, path);
    if (Object.hasOwn(parent, key) && Object.is(parent[key], value)) return parent;
    // A computed key defines an own property, even for "__proto__".
    return { ...parent, [key]: value };
  });
}

/** Removes an array item (later items move up) or an object key. */
export function removeAtPath<T>(root: T, path: JsonPath): T {
  return updateParent(root, path, (parent, last) => {
    if (Array.isArray(parent)) {
      const index = arrayIndex(parent, last, path, false);
      return parent.filter((_, i) => i !== index);
    }
    const key = objectKey(last, path);
    if (!Object.hasOwn(parent, key)) throw new Error(`No field at ${formatPath(path)}`);
    return Object.fromEntries(Object.entries(parent).filter(([name]) => name !== key));
  });
}

/** Moves the item at `from` to `to` within the array at `arrayPath`. */
export function moveInArray<T>(root: T, arrayPath: JsonPath, from: number, to: number): T {
  const array = getAtPath(root, arrayPath);
  if (!Array.isArray(array)) throw new Error(`No list at ${formatPath(arrayPath)}`);
  for (const index of [from, to]) {
    if (!Number.isInteger(index) || index < 0 || index >= array.length) {
      throw new Error(`No item ${index} in ${formatPath(arrayPath)}`);
    }
  }
  if (from === to) return root;
  const copy = array.slice();
  const [moved] = copy.splice(from, 1);
  copy.splice(to, 0, moved);
  return arrayPath.length === 0 ? (copy as T) : setAtPath(root, arrayPath, copy);
}

type Container = Record<string, unknown> | unknown[];

function updateParent<T>(
  root: T,
  path: JsonPath,
  edit: (parent: Container, last: string | number) => Container,
): T {
  if (path.length === 0) throw new Error('A path needs at least one segment');
  const parentPath = path.slice(0, -1);
  const parent = getAtPath(root, parentPath);
  if (!Array.isArray(parent) && !isPlainObject(parent)) {
    throw new Error(`No object or list at ${formatPath(parentPath) || 'the root'}`);
  }
  const next = edit(parent, path[path.length - 1] as string | number);
  if (next === parent) return root;
  return parentPath.length === 0 ? (next as T) : setAtPath(root, parentPath, next);
}

function arrayIndex(array: unknown[], segment: string | number, path: JsonPath, appending: boolean): number {
  const limit = appending ? array.length : array.length - 1;
  if (typeof segment !== 'number' || !Number.isInteger(segment) || segment < 0 || segment > limit) {
    throw new Error(`No item at ${formatPath(path)}`);
  }
  return segment;
}

function objectKey(segment: string | number, path: JsonPath): string {
  if (typeof segment !== 'string') throw new Error(`${formatPath(path)} indexes an object by number`);
  return segment;
}

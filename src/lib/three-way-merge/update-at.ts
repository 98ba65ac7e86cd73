import type { JsonPath } from '../format-path';

type Rec = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Rec =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A copy of `doc` with `value` at `path` (undefined = remove it), copying only the containers on the
 * path; everything else stays shared. In an array, a value that `wasPresent` replaces the item at the
 * index (or removes it); one that was not is inserted before it. Insertions and removals shift the
 * items after them, which is why callers apply several updates last path first.
 */
export function updateAt(doc: unknown, path: JsonPath, value: unknown, wasPresent: boolean): unknown {
  // Down the path (no recursion: any depth), then copies back up from the changed node.
  const nodes: unknown[] = [doc];
  for (let i = 0; i < path.length - 1; i++) nodes.push(childOf(nodes[i], path[i] as string | number));
  let next = value;
  for (let i = path.length - 1; i >= 0; i--) {
    const node = nodes[i];
    const segment = path[i] as string | number;
    const last = i === path.length - 1;
    if (Array.isArray(node) && typeof segment === 'number') {
      const copy = node.slice();
      if (!last) copy[segment] = next;
      else if (!wasPresent) {
        if (next !== undefined) copy.splice(segment, 0, next);
      } else if (next === undefined) copy.splice(segment, 1);
      else copy[segment] = next;
      next = copy;
    } else {
      const copy: Rec = isPlainObject(node) ? { ...node } : {};
      if (next === undefined) delete copy[String(segment)];
      else setOwn(copy, String(segment), next);
      next = copy;
    }
  }
  return next;
}

function childOf(node: unknown, segment: string | number): unknown {
  if (Array.isArray(node)) return typeof segment === 'number' ? node[segment] : undefined;
  return isPlainObject(node) && Object.hasOwn(node, segment) ? node[segment] : undefined;
}

/** `object[key] = value`, except that a `__proto__` key (JSON allows it) becomes a plain own property. */
export function setOwn(object: Rec, key: string, value: unknown) {
  if (key === '__proto__') {
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    object[key] = value;
  }
}

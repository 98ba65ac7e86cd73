import type { JsonPath } from '../format-path';
import { DEFAULT_ARRAY_KEYS } from './array-match';
import type { DiffRow } from './row-parts';

/**
 * Blame: for every leaf of a document, the revision that last changed it.
 *
 * Paths are compared by *identity*, not position: an item of an array of objects that all carry a
 * unique `id`/`name`/… is named `[name=Clay]`, so inserting a soil layer above it does not make the
 * Clay layer look changed. Each document names its own items, so the rule needs no pairing.
 */
export type BlameSource = { revisionId: number; date?: string; author?: number | null };

type Item = Record<string, unknown>;
const isObject = (value: unknown): value is Item => typeof value === 'object' && value !== null;

// Documents are immutable once loaded: remember each array's answer (a viewer asks once per row).
const identityKeys = new WeakMap<unknown[], string | null>();

function arrayIdentityKey(items: unknown[]): string | null {
  const known = identityKeys.get(items);
  if (known !== undefined) return known;
  const key = findIdentityKey(items);
  identityKeys.set(items, key);
  return key;
}

function findIdentityKey(items: unknown[]): string | null {
  if (items.length === 0 || !items.every((item) => isObject(item) && !Array.isArray(item))) return null;
  for (const key of DEFAULT_ARRAY_KEYS) {
    const seen = new Set<unknown>();
    const unique = (items as Item[]).every((item) => {
      const value = item[key];
      if ((typeof value !== 'string' && typeof value !== 'number') || seen.has(value)) return false;
      seen.add(value);
      return true;
    });
    if (unique) return key;
  }
  return null;
}

/** The identity of `path` in `doc`, as one string: `soil.layers[name=Clay].phi`-like, `\u0000`-separated. */
export function identityOf(doc: unknown, path: JsonPath): string {
  const parts: string[] = [];
  let node: unknown = doc;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number') {
      const key = arrayIdentityKey(node);
      const item = node[segment];
      parts.push(key && isObject(item) ? `[${key}=${String((item as Item)[key])}]` : `[${segment}]`);
    } else {
      parts.push(String(segment));
    }
    node = isObject(node) ? (node as Item)[segment as string] : undefined;
  }
  return parts.join('\u0000');
}

/** Every leaf (non-container, or empty container) path of a document, in document order. */
export function leafPaths(doc: unknown): JsonPath[] {
  const out: JsonPath[] = [];
  const stack: { value: unknown; path: JsonPath }[] = [{ value: doc, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: JsonPath };
    const children = isObject(value)
      ? Array.isArray(value)
        ? value.map((v, i) => [i, v] as const)
        : Object.entries(value)
      : [];
    if (children.length === 0) {
      if (path.length > 0) out.push(path);
      continue;
    }
    for (let i = children.length - 1; i >= 0; i--) {
      const [key, child] = children[i] as readonly [string | number, unknown];
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return out;
}

/**
 * Identities a pair's diff touched, in the document each change lives in (removed: `before`). The
 * changes are its entries, or its change rows (in 'changed' mode one per entry, same kind and path).
 */
export function changedIdentities(
  before: unknown,
  after: unknown,
  changes: readonly Pick<DiffRow, 'kind' | 'path'>[],
): Set<string> {
  const touched = new Set<string>();
  for (const change of changes)
    touched.add(identityOf(change.kind === 'removed' ? before : after, change.path));
  return touched;
}

/** Is `identity` this changed identity, or below it? */
function isCoveredBy(identity: string, changed: ReadonlySet<string>): boolean {
  if (changed.has(identity)) return true;
  for (let cut = identity.lastIndexOf('\u0000'); cut > 0; cut = identity.lastIndexOf('\u0000', cut - 1)) {
    if (changed.has(identity.slice(0, cut))) return true;
  }
  return changed.has('');
}

/**
 * Assigns still-unblamed leaves that one step (older → newer revision) touched to the newer revision.
 * Called newest step first; returns how many leaves remain unblamed.
 */
export function attributeStep(
  pending: Map<string, JsonPath>,
  blame: Map<string, BlameSource>,
  changed: ReadonlySet<string>,
  source: BlameSource,
): number {
  for (const [identity] of pending) {
    if (isCoveredBy(identity, changed)) {
      blame.set(identity, source);
      pending.delete(identity);
    }
  }
  return pending.size;
}

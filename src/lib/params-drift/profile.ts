import { appendPath } from '../format-path';

/** A JSON value's kind as a person reads it; integers beyond 2^53 (bigint, exact-json.ts) are numbers. */
export type JsonType = 'string' | 'number' | 'boolean' | 'null' | 'object' | 'array';
export type ExactNumber = number | bigint;

/** What one entity's params hold at one path: every kind seen there and, for numbers, the extremes. */
export type PathFacts = { types: Set<JsonType>; min?: ExactNumber; max?: ExactNumber };

/**
 * One entity's params flattened to schema paths: objects nested with `.` (`loads.fz`), array items as
 * `[]` (`layers[].phi`), so the 40 layers of one entity and the 3 of another share one path. Numbers
 * found at a path are also handed to `onNumber` (the schema's range needs them, the profile keeps only
 * the extremes so it stays small for a 1 MB document).
 */
export type ParamsProfile = Map<string, PathFacts>;

export function jsonTypeOf(value: unknown): JsonType {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  const kind = typeof value;
  if (kind === 'bigint' || kind === 'number') return 'number';
  if (kind === 'string' || kind === 'boolean') return kind;
  return 'object';
}

export const ROOT_PATH = '';

/** `a.b` → `a`, `a[]` → `a`, `a[].b` → `a[]`, `a["x.y"]` → `a`; a top-level key's parent is the root. */
export function parentPath(path: string): string {
  if (path.endsWith('[]')) return path.slice(0, -2);
  if (path.endsWith('"]')) {
    const open = path.lastIndexOf('["');
    return open === -1 ? ROOT_PATH : path.slice(0, open);
  }
  const dot = path.lastIndexOf('.');
  if (dot === -1) return ROOT_PATH;
  // A dot inside a quoted key is not a separator: `a["x.y"].b` still parents to `a["x.y"]`.
  return path.slice(0, dot);
}

/** The container kind a path's parent must be for the path to be possible there. */
export const parentKindOf = (path: string): JsonType => (path.endsWith('[]') ? 'array' : 'object');

export function profileParams(
  params: Record<string, unknown>,
  onNumber?: (path: string, value: ExactNumber) => void,
): ParamsProfile {
  const profile: ParamsProfile = new Map();
  const note = (path: string, value: unknown) => {
    const type = jsonTypeOf(value);
    let facts = profile.get(path);
    if (!facts) {
      facts = { types: new Set() };
      profile.set(path, facts);
    }
    facts.types.add(type);
    if (type === 'number') {
      const number = value as ExactNumber;
      if (facts.min === undefined || number < facts.min) facts.min = number;
      if (facts.max === undefined || number > facts.max) facts.max = number;
      onNumber?.(path, number);
    }
    return type;
  };
  // An explicit stack, not recursion: a deeply nested document must not overflow the call stack.
  const stack: [string, unknown][] = [[ROOT_PATH, params]];
  while (stack.length > 0) {
    const [path, value] = stack.pop() as [string, unknown];
    if (Array.isArray(value)) {
      const items = `${path}[]`;
      for (const item of value)
        if (note(items, item) === 'object' || Array.isArray(item)) stack.push([items, item]);
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        const childPath = appendPath(path, key);
        const type = note(childPath, child);
        if (type === 'object' || type === 'array') stack.push([childPath, child]);
      }
    }
  }
  return profile;
}

import { appendPath } from '../../lib/format-path';
import { isContainer } from './json-rows';

type Visit = (key: string, value: unknown, level: number, ancestors: string[]) => boolean;

/** Depth-first walk over containers; `visit` returns false to skip a subtree. */
function walkContainers(value: unknown, visit: Visit, key = '', level = 0, ancestors: string[] = []) {
  if (!isContainer(value)) return;
  const isArray = Array.isArray(value);
  const names = isArray ? value.keys() : Object.keys(value);
  for (const name of names) {
    const child = (value as Record<string | number, unknown>)[name];
    const childKey = appendPath(key, name);
    if (!visit(childKey, child, level + 1, ancestors)) continue;
    if (isContainer(child)) {
      ancestors.push(childKey);
      walkContainers(child, visit, childKey, level + 1, ancestors);
      ancestors.pop();
    }
  }
}

/** Every object and array in the document: what "Expand all" opens. */
export function allContainerKeys(value: unknown): Set<string> {
  const keys = new Set<string>();
  walkContainers(value, (key, child) => {
    if (isContainer(child)) keys.add(key);
    return true;
  });
  return keys;
}

/**
 * Containers down to `depth` levels start open, and so does the way to every highlighted path, so a
 * failed job's invalid fields are on screen without hunting for them.
 */
export function initialExpanded(value: unknown, depth: number, highlightPaths: readonly string[] = []) {
  const expanded = new Set<string>();
  walkContainers(value, (key, child, level) => {
    if (level > depth) return false;
    if (isContainer(child)) expanded.add(key);
    return true;
  });
  if (highlightPaths.length > 0) {
    const wanted = new Set(highlightPaths);
    walkContainers(value, (key, _child, _level, ancestors) => {
      if (wanted.has(key)) for (const ancestor of ancestors) expanded.add(ancestor);
      return true;
    });
  }
  return expanded;
}

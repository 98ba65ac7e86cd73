import { appendPath, formatPath, type JsonPath } from '../format-path';
import { collapseRuns } from './collapse-rows';
import { segmentLabel } from './diff-path';
import type { DiffEntry } from './diff-types';
import { type DiffRow, type EntryIndex, entryRow, indexEntries, isContainer, preview } from './row-parts';

export type { DiffRow, DiffRowKind } from './row-parts';

export type DiffRowsOptions = {
  mode: 'changed' | 'full';
  /** 'full' mode: unchanged rows kept visible on each side of a change. Default 2. */
  contextLines?: number;
  /** 'full' mode: ids of collapsed rows the reader opened. */
  expanded?: ReadonlySet<string>;
};

/**
 * Flat rows for a virtualized split or unified view. 'changed': each entry under headers for its
 * ancestors. 'full': the document in order, opening only containers with changes below (an untouched
 * subtree is one row with a preview), with runs of unchanged rows collapsed. Cost follows the entries
 * and the containers that hold them, never the size of the untouched parts.
 */
export function buildDiffRows(
  before: unknown,
  after: unknown,
  entries: DiffEntry[],
  options: DiffRowsOptions,
): DiffRow[] {
  if (options.mode === 'changed') return changedRows(after, entries);
  // values[i]: what an unchanged row i shows, previewed only if it survives collapsing (most never show).
  const values: unknown[] = [];
  const rows = fullRows(before, after, entries, indexEntries(entries), values);
  return collapseRuns(rows, Math.max(0, options.contextLines ?? 2), options.expanded, (row, i) => {
    if (row.kind !== 'same' || row.open) return;
    row.left = preview(values[i]);
    row.right = row.left;
  });
}

const child = (value: unknown, segment: string | number) =>
  isContainer(value) ? (value as Record<string | number, unknown>)[segment] : undefined;

const openKind = (value: unknown) => (Array.isArray(value) ? 'array' : 'object');

function changedRows(after: unknown, entries: DiffEntry[]): DiffRow[] {
  const rows: DiffRow[] = [];
  // Ids of the headers currently open, by depth: entries arrive in document order, so siblings share them.
  const chain: string[] = [];
  entries.forEach((entry, entryIndex) => {
    const { path } = entry;
    let id = '';
    let value = after;
    for (let d = 0; d < path.length - 1; d++) {
      const segment = path[d] as string | number;
      id = appendPath(id, segment);
      value = child(value, segment);
      if (chain[d] === id) continue;
      chain.length = d;
      chain.push(id);
      const match = entry.matchedBy?.find((m) => m.at === d);
      const label = segmentLabel(segment, match);
      rows.push({ id, path: path.slice(0, d + 1), depth: d, label, kind: 'same', open: openKind(value) });
    }
    chain.length = Math.max(0, path.length - 1);
    rows.push(entryRow(entry, entryIndex, formatPath(path)));
  });
  return rows;
}

type Task = { kind: 'node'; value: unknown; path: JsonPath; id: string } | { kind: 'removed'; id: string };

function fullRows(
  before: unknown,
  after: unknown,
  entries: DiffEntry[],
  index: EntryIndex,
  values: unknown[],
): DiffRow[] {
  const rows: DiffRow[] = [];
  const rootEntry = index.atPath.get('');
  if (rootEntry !== undefined) return [entryRow(entries[rootEntry] as DiffEntry, rootEntry, '')];
  if (!isContainer(after) || !isContainer(before)) {
    values[0] = after;
    return [{ id: '', path: [], depth: 0, label: '', kind: 'same' }];
  }

  // An explicit stack, children pushed in reverse, so depth never touches the call stack.
  const stack: Task[] = [{ kind: 'node', value: after, path: [], id: '' }];
  while (stack.length > 0) {
    const task = stack.pop() as Task;
    if (task.kind === 'removed') {
      for (const i of index.removedUnder.get(task.id) ?? []) {
        const entry = entries[i] as DiffEntry;
        rows.push(entryRow(entry, i, formatPath(entry.path)));
      }
      continue;
    }
    const { value, path, id } = task;
    const depth = path.length - 1;
    const last = path[depth] as string | number;
    const entryIndex = index.atPath.get(id);
    if (entryIndex !== undefined) {
      rows.push(entryRow(entries[entryIndex] as DiffEntry, entryIndex, id));
      continue;
    }
    const label = typeof last === 'number' ? (index.labels.get(id) ?? `[${last}]`) : last;
    if (!isContainer(value) || (depth >= 0 && !index.ancestors.has(id))) {
      values[rows.length] = value;
      rows.push({ id, path, depth, label, kind: 'same' });
      continue;
    }
    if (depth >= 0) rows.push({ id, path, depth, label, kind: 'same', open: openKind(value) });
    stack.push({ kind: 'removed', id });
    const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    for (let k = keys.length - 1; k >= 0; k--) {
      const segment = keys[k] as string | number;
      stack.push({
        kind: 'node',
        value: child(value, segment),
        path: [...path, segment],
        id: appendPath(id, segment),
      });
    }
  }
  return rows;
}

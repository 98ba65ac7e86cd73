import { compactJson } from '../compact-json';
import { appendPath, type JsonPath } from '../format-path';
import { matchLabel, segmentLabel } from './diff-path';
import type { DiffEntry, NumericChange } from './diff-types';
import { wantsInlineDiff } from './inline-text-diff';

export type DiffRowKind = 'added' | 'removed' | 'changed' | 'type-changed' | 'same' | 'collapsed';

export type DiffRow = {
  /** Unique within one result: the React and virtualizer key. A removed item's id starts with `-`. */
  id: string;
  path: JsonPath;
  depth: number;
  /** The last segment as shown: `phi`, `[3]`, or `[name=Clay]` for an item matched by key. */
  label: string;
  kind: DiffRowKind;
  /** Set on an unchanged row that opens an object/array whose (changed) children follow. */
  open?: 'object' | 'array';
  /** Short previews (long values are cut); absent on the side where the value does not exist. */
  left?: string;
  right?: string;
  /** Index into the entries the rows were built from. */
  entryIndex?: number;
  numeric?: NumericChange;
  /** Both full strings when a long text changed: the input for `inlineTextDiff`. */
  text?: { from: string; to: string };
  /** On a 'collapsed' row: how many unchanged rows it stands for. */
  hiddenCount?: number;
};

const PREVIEW_MAX = 120;

export const preview = (value: unknown) => compactJson(value, PREVIEW_MAX);

export const isContainer = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** Where each entry belongs in the tree, looked up by formatted path, so building rows stays linear. */
export type EntryIndex = {
  /** Added, changed and type-changed entries by their (after-side) path. */
  atPath: Map<string, number>;
  /** Removed entries by their parent's path: shown after the parent's other children. */
  removedUnder: Map<string, number[]>;
  /** Strict ancestors of any entry: the only containers worth opening. */
  ancestors: Set<string>;
  /** `[name=Clay]` labels for keyed items on the way to a change. */
  labels: Map<string, string>;
};

export function indexEntries(entries: DiffEntry[]): EntryIndex {
  const index: EntryIndex = {
    atPath: new Map(),
    removedUnder: new Map(),
    ancestors: new Set(),
    labels: new Map(),
  };
  entries.forEach((entry, i) => {
    let id = '';
    const last = entry.path.length - 1;
    for (let d = 0; d < last; d++) {
      id = appendPath(id, entry.path[d] as string | number);
      index.ancestors.add(id);
      const match = entry.matchedBy?.find((m) => m.at === d);
      if (match) index.labels.set(id, matchLabel(match));
    }
    if (entry.kind !== 'removed') {
      index.atPath.set(last < 0 ? id : appendPath(id, entry.path[last] as string | number), i);
      return;
    }
    const siblings = index.removedUnder.get(id);
    if (siblings) siblings.push(i);
    else index.removedUnder.set(id, [i]);
  });
  return index;
}

export function entryRow(entry: DiffEntry, entryIndex: number, id: string): DiffRow {
  const { path } = entry;
  const last = path[path.length - 1];
  const match = entry.matchedBy?.find((m) => m.at === path.length - 1);
  const row: DiffRow = {
    id: entry.kind === 'removed' ? `-${id}` : id,
    path,
    depth: Math.max(0, path.length - 1),
    label: last === undefined ? '' : segmentLabel(last, match),
    kind: entry.kind,
    entryIndex,
  };
  if (entry.kind === 'added') row.right = preview(entry.value);
  else if (entry.kind === 'removed') row.left = preview(entry.value);
  else {
    row.left = preview(entry.from);
    row.right = preview(entry.to);
    if (entry.kind === 'changed' && entry.numeric) row.numeric = entry.numeric;
    if (wantsInlineDiff(entry.from, entry.to)) row.text = { from: entry.from, to: entry.to as string };
  }
  return row;
}

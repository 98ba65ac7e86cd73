import type { JsonPath } from '../format-path';
import { MergeWalker } from './merge-walker';
import { updateAt } from './update-at';

/**
 * One place both sides changed differently. `pathText` names it by identity
 * (`soil.layers[name=Clay].phi`, the revision diff's notation), which stays true in all three versions
 * even when items moved; it is the key of a resolution. `path` is where the value sits in `merged`, or,
 * when mine is absent there, where another choice inserts it. base/mine/theirs: undefined = absent.
 */
export type MergeConflict = {
  path: JsonPath;
  pathText: string;
  base: unknown;
  mine: unknown;
  theirs: unknown;
};

export type MergeResult = {
  /** Both sides' non-overlapping changes, and MINE at every conflict until it is resolved. */
  merged: Record<string, unknown>;
  /** In document order; no conflict lies inside another. */
  conflicts: MergeConflict[];
  /** Paths changed only by them, taken automatically. */
  theirsApplied: string[];
  /** Paths changed only by me, kept. */
  mineKept: string[];
};

export type Resolution = 'mine' | 'theirs' | { custom: unknown };

type Rec = Record<string, unknown>;

/**
 * Merges my edits of `base` with theirs (another save of the same `base`), never dropping a change of
 * theirs silently: what cannot be combined becomes a conflict, reported at the smallest path covering it.
 *
 * At every node: the same value on both sides (changed alike, or not at all) is kept; a side equal to
 * base takes the other side (so one-sided deletions delete); otherwise two objects merge key by key, two
 * arrays item by item (items by key; scalars by position when both only replaced values in place; an
 * array of objects without a key, never: see `MergeWalker.arrayChildren`), and anything else (both
 * changed a leaf, a type changed, one side removed what the other changed inside) is a conflict.
 * Objects keep their keys in theirs' order, with keys only I have placed after their predecessor in
 * mine (`mergeOrder`).
 *
 * Pure: inputs are never mutated; the result shares unchanged subtrees with them (treat it as immutable).
 */
export function threeWayMerge(base: Rec, mine: Rec, theirs: Rec): MergeResult {
  const walker = new MergeWalker();
  const merged = walker.run(base, mine, theirs);
  return {
    // Only documents that are not objects at all (never params) could merge to something else.
    merged: (typeof merged === 'object' && merged !== null ? merged : {}) as Rec,
    conflicts: walker.conflicts,
    theirsApplied: walker.theirsApplied,
    mineKept: walker.mineKept,
  };
}

/**
 * The merged document with a choice made at every conflict. Throws when a conflict has none, so an
 * unresolved conflict can never be saved as "mine" by accident.
 */
export function applyResolutions(result: MergeResult, resolutions: Record<string, Resolution>): Rec {
  const open = result.conflicts.filter((c) => !Object.hasOwn(resolutions, c.pathText));
  if (open.length > 0) throw new Error(`Unresolved conflicts: ${open.map((c) => c.pathText).join(', ')}`);
  let doc: unknown = result.merged;
  // Last first: an insertion or removal in an array only shifts the paths after it.
  for (let i = result.conflicts.length - 1; i >= 0; i--) {
    const conflict = result.conflicts[i] as MergeConflict;
    const choice = resolutions[conflict.pathText] as Resolution;
    if (choice === 'mine') continue;
    const value = choice === 'theirs' ? conflict.theirs : choice.custom;
    doc = updateAt(doc, conflict.path, value, conflict.mine !== undefined);
  }
  return doc as Rec;
}

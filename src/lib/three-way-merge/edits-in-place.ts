import { diffArrays } from 'diff';

// A minimal script never removes more than the values replaced in place, so 2 × replaced always
// suffices; past this bound (hundreds of values replaced) its cost is not worth it: one conflict.
const MAX_EDIT_LENGTH = 400;

/**
 * Did `side` (as long as `base`) only replace values where they stood? A list of scalars may also
 * have lost one value and gained another elsewhere, so that everything between moved by one: then
 * index i no longer holds what base had at i, and merging by position would pair my change of one
 * value with their neighbour of it. Reading the change as replacements in place must keep as many
 * values as the best reading does (a minimal edit script): `[10, 20, 30]` → `[20, 30, 40]` replaces
 * all three in place but keeps two as a shift, so it is a shift; `[0, 0, 5]` → `[1, 0, 7]` keeps one
 * value either way, so it is read in place.
 */
export function editsInPlace(base: readonly unknown[], side: readonly unknown[]): boolean {
  if (base.length !== side.length) return false;
  let replaced = 0;
  for (let i = 0; i < base.length; i++) if (base[i] !== side[i]) replaced++;
  if (replaced <= 1) return true;
  const changes = diffArrays(base as unknown[], side as unknown[], {
    maxEditLength: Math.min(2 * replaced, MAX_EDIT_LENGTH),
  });
  if (!changes) return false;
  let removed = 0;
  for (const change of changes) if (change.removed) removed += change.count;
  return removed === replaced;
}

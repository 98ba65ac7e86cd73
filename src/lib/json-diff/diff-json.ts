import { DEFAULT_ARRAY_KEYS } from './array-match';
import type { DiffCounts, DiffEntry, DiffOptions } from './diff-types';
import { DiffWalker } from './diff-walker';

export type {
  DiffCounts,
  DiffEntry,
  DiffKind,
  DiffOptions,
  JsonPath,
  MatchedSegment,
  NumericChange,
} from './diff-types';

/**
 * The differences between two JSON documents, smallest changed unit first-class: a whole added object is
 * one entry, a changed number is one entry with its delta. Order is document order (keys in `after`
 * order, then keys only in `before`; keyed array items in `after` order, then the removed ones).
 * Identical references are skipped without a look inside, so re-saved revisions that share structure
 * (or an unchanged document) cost next to nothing.
 */
export function diffJson(before: unknown, after: unknown, options: DiffOptions = {}): DiffEntry[] {
  const tolerance = options.tolerance && options.tolerance > 0 ? options.tolerance : 0;
  const keys = options.arrayKeys === 'position' ? null : (options.arrayKeys ?? DEFAULT_ARRAY_KEYS);
  return new DiffWalker(tolerance, keys).run(before, after);
}

export function countByKind(entries: DiffEntry[]): DiffCounts {
  const counts: DiffCounts = { added: 0, removed: 0, changed: 0, typeChanged: 0 };
  for (const entry of entries) {
    if (entry.kind === 'type-changed') counts.typeChanged++;
    else counts[entry.kind]++;
  }
  return counts;
}

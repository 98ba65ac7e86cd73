import { countByKind, diffJson } from './diff-json';
import { buildDiffRows, type DiffRow } from './diff-rows';
import type { DiffCounts, DiffEntry, DiffOptions } from './diff-types';

export type DiffMode = 'changed' | 'full';

export type DiffRequest = {
  id: number;
  before: unknown;
  after: unknown;
  options: DiffOptions;
  mode: DiffMode;
};

export type DiffResult = { entries: DiffEntry[]; rows: DiffRow[]; counts: DiffCounts; ms: number };

export type DiffReply = ({ id: number } & DiffResult) | { id: number; error: string };

/** Everything the revision diff page needs from one pair, in one call: the worker and its fallback share it. */
export function computeDiff(
  before: unknown,
  after: unknown,
  options: DiffOptions,
  mode: DiffMode,
): DiffResult {
  const start = performance.now();
  const entries = diffJson(before, after, options);
  const rows = buildDiffRows(before, after, entries, { mode });
  return { entries, rows, counts: countByKind(entries), ms: performance.now() - start };
}

/** Never throws: a failure goes back as `{ id, error }` so the caller's promise settles. */
export function handleDiffRequest(request: DiffRequest): DiffReply {
  try {
    return { id: request.id, ...computeDiff(request.before, request.after, request.options, request.mode) };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}

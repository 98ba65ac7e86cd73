import { countByKind, diffJson } from './diff-json';
import { buildDiffRows, type DiffRow } from './diff-rows';
import type { DiffCounts, DiffEntry, DiffOptions } from './diff-types';
import { inlineTextDiff, type TextPart } from './inline-text-diff';

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

/** The word-level parts of one long text change, asked for by a row once it is on screen. */
export type InlineRequest = { id: number; inline: { from: string; to: string } };

export type InlineReply = { id: number; parts: TextPart[] } | { id: number; error: string };

export type WorkerRequest = DiffRequest | InlineRequest;

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

export function handleInlineRequest(request: InlineRequest): InlineReply {
  try {
    return { id: request.id, parts: inlineTextDiff(request.inline.from, request.inline.to) };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The worker body: one queue for whole diffs and for the word diffs of rows being looked at. */
export function handleWorkerRequest(request: WorkerRequest): DiffReply | InlineReply {
  return 'inline' in request ? handleInlineRequest(request) : handleDiffRequest(request);
}

import { countByKind, diffJson } from './diff-json';
import { buildDiffRows, type DiffRow } from './diff-rows';
import type { DiffCounts, DiffOptions } from './diff-types';
import { inlineTextDiff, type TextPart } from './inline-text-diff';

export type DiffMode = 'changed' | 'full';

export type DiffRequest = {
  id: number;
  before: unknown;
  after: unknown;
  options: DiffOptions;
  mode: DiffMode;
};

/**
 * What a page gets from a diff. Not the entries the rows were built from: every page reads only the
 * rows and counts (a change row carries its entry's kind and path), and copying both into the page
 * cost it a frozen frame of hundreds of ms for two unrelated 1 MB documents.
 */
export type DiffResult = { rows: DiffRow[]; counts: DiffCounts; ms: number };

/**
 * The rows go back to the page in slices of this many, one message each: the page copies (structured
 * clones) each message in its own task, so a diff of 50,000 rows is some 25 short tasks the browser
 * can paint between, never one long frame. About 10 ms each on a fast machine.
 */
export const ROWS_PER_MESSAGE = 2000;

/** A diff's answer: slices of its rows (`more`), then the last slice with the counts; or its failure. */
export type DiffReply =
  | { id: number; rows: DiffRow[]; more: true }
  | ({ id: number } & DiffResult)
  | { id: number; error: string };

/** The word-level parts of one long text change, asked for by a row once it is on screen. */
export type InlineRequest = { id: number; inline: { from: string; to: string } };

export type InlineReply = { id: number; parts: TextPart[] } | { id: number; error: string };

export type WorkerRequest = DiffRequest | InlineRequest;

/** Everything a diff view needs from one pair, in one call: the worker and its fallback share it. */
export function computeDiff(
  before: unknown,
  after: unknown,
  options: DiffOptions,
  mode: DiffMode,
): DiffResult {
  const start = performance.now();
  const entries = diffJson(before, after, options);
  const rows = buildDiffRows(before, after, entries, { mode });
  return { rows, counts: countByKind(entries), ms: performance.now() - start };
}

/** The messages one result goes back in: full slices of rows, then the rest with the counts. */
export function diffReplies(id: number, result: DiffResult): DiffReply[] {
  const { rows } = result;
  const replies: DiffReply[] = [];
  let start = 0;
  for (; rows.length - start > ROWS_PER_MESSAGE; start += ROWS_PER_MESSAGE)
    replies.push({ id, rows: rows.slice(start, start + ROWS_PER_MESSAGE), more: true });
  replies.push({ id, ...result, rows: start === 0 ? rows : rows.slice(start) });
  return replies;
}

/** Never throws: a failure goes back as `{ id, error }` so the caller's promise settles. */
export function handleDiffRequest(request: DiffRequest): DiffReply[] {
  try {
    return diffReplies(request.id, computeDiff(request.before, request.after, request.options, request.mode));
  } catch (error) {
    return [{ id: request.id, error: error instanceof Error ? error.message : String(error) }];
  }
}

export function handleInlineRequest(request: InlineRequest): InlineReply {
  try {
    return { id: request.id, parts: inlineTextDiff(request.inline.from, request.inline.to) };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The worker body, the messages to post in order: one queue for whole diffs and for the word diffs of rows being looked at. */
export function handleWorkerRequest(request: WorkerRequest): (DiffReply | InlineReply)[] {
  return 'inline' in request ? [handleInlineRequest(request)] : handleDiffRequest(request);
}

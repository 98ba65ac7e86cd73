import { queryOptions } from '@tanstack/react-query';
import { diffInWorker } from '../../lib/json-diff/diff-client';
import type { DiffOptions } from '../../lib/json-diff/diff-json';
import type { Params } from '../../lib/schema-helpers';

/** `id` names the document: a revision id, or e.g. `current@<updated_at>` for unsaved-state comparisons. */
type Side = { id: number | string; properties?: Params };

/**
 * Diffs of revisions never change (revisions are immutable), so results are kept for good and
 * computed in a worker. Keys name revision ids, not documents, to stay small.
 */
export const diffQueries = {
  all: () => ['revision-diffs'] as const,
  pair: (before: Side, after: Side, options: DiffOptions, mode: 'changed' | 'full') =>
    queryOptions({
      queryKey: [...diffQueries.all(), 'pair', before.id, after.id, options, mode] as const,
      queryFn: ({ signal }) =>
        diffInWorker(before.properties ?? {}, after.properties ?? {}, options, mode, signal),
      staleTime: Number.POSITIVE_INFINITY,
      gcTime: 10 * 60_000,
    }),
  /** "+3 −1 ~4" beside each revision: counts only, default options. */
  counts: (before: Side, after: Side) =>
    queryOptions({
      queryKey: [...diffQueries.all(), 'counts', before.id, after.id] as const,
      queryFn: async ({ signal }) =>
        (await diffInWorker(before.properties ?? {}, after.properties ?? {}, {}, 'changed', signal)).counts,
      staleTime: Number.POSITIVE_INFINITY,
    }),
};

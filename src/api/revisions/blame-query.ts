import {
  type InfiniteData,
  InfiniteQueryObserver,
  type QueryClient,
  queryOptions,
} from '@tanstack/react-query';
import {
  attributeStep,
  type BlameSource,
  changedIdentities,
  identityOf,
  leafPaths,
} from '../../lib/json-diff/blame';
import type { JsonPath } from '../../lib/json-diff/diff-types';
import { diffQueries } from './diff-queries';
import {
  type ListedRevision,
  loadedRevisions,
  nextRevisionCursor,
  type RevisionPage,
  revisionQueries,
} from './queries';
import { type EntityRevision, revisionDate } from './schemas';

export type Blame = {
  targetRevisionId: number;
  /** Leaf identity (see `identityOf`) → the revision that last changed it. */
  byIdentity: Map<string, BlameSource>;
  /** False when the walk stopped at MAX_STEPS: unblamed leaves are older than the oldest step read. */
  complete: boolean;
  steps: number;
};

// A 500-revision history of 1 MB documents is minutes of diffing; past this, say "older than…".
const MAX_STEPS = 200;

const sourceOf = (revision: EntityRevision): BlameSource => ({
  revisionId: revision.id,
  date: revisionDate(revision),
  author: revision.created_by,
});

/** Revision `index` (newest first), loading older pages only when the walk reaches them. */
async function revisionAt(client: QueryClient, workspaceId: number, entityId: number, index: number) {
  const options = revisionQueries.infinite(workspaceId, entityId);
  let data: InfiniteData<RevisionPage, unknown> = await client.infiniteQuery(options);
  for (;;) {
    const { revisions } = loadedRevisions(data.pages);
    const lastPage = data.pages.at(-1);
    if (index < revisions.length || !lastPage || !nextRevisionCursor(lastPage)) return revisions[index];
    const result = await new InfiniteQueryObserver(client, options).fetchNextPage();
    if (result.isError) throw result.error;
    if (!result.data) return undefined;
    data = result.data;
  }
}

/**
 * Walks the revision chain from the target towards older revisions, one diff per step (in the diff
 * worker, each cached for good), and stops as soon as every leaf is blamed: usually long before the
 * first revision.
 */
async function computeBlame(client: QueryClient, workspaceId: number, entityId: number, targetId?: number) {
  let index = 0;
  let target = await revisionAt(client, workspaceId, entityId, 0);
  while (target && targetId !== undefined && target.id !== targetId) {
    index += 1;
    target = await revisionAt(client, workspaceId, entityId, index);
  }
  if (!target) throw new Error('This revision is not in the entity’s history.');
  // The list comes without params: each step reads the older revision's, the next one meanwhile.
  const paramsOf = (revision: ListedRevision) =>
    client.fetchQuery(revisionQueries.params(workspaceId, entityId, revision));
  const targetParams = await paramsOf(target);
  if (!targetParams) throw new BlameUnavailableError();
  const pending = new Map<string, JsonPath>(
    leafPaths(targetParams).map((path) => [identityOf(targetParams, path), path]),
  );
  const byIdentity = new Map<string, BlameSource>();
  let newer = { revision: target, params: targetParams };
  let steps = 0;
  let nextOlder = revisionAt(client, workspaceId, entityId, index + 1).then((older) => ({
    older,
    params: older && paramsOf(older),
  }));
  while (pending.size > 0 && steps < MAX_STEPS) {
    const { older, params } = await nextOlder;
    const olderParams = await params;
    // Without an older revision's params the walk cannot go further back: what is left stays "older".
    if (older && !olderParams) break;
    if (!older || !olderParams) {
      // The first revision introduced everything nothing later touched.
      attributeStep(pending, byIdentity, new Set(['']), sourceOf(newer.revision));
      break;
    }
    const after = index + steps + 2;
    nextOlder = revisionAt(client, workspaceId, entityId, after).then((next) => ({
      older: next,
      params: next && paramsOf(next),
    }));
    // Read ahead while this step diffs; a failure is the next step's to report.
    nextOlder.then(({ params: ahead }) => ahead?.catch(() => undefined)).catch(() => undefined);
    const { rows } = await client.query(
      diffQueries.pair(
        { id: older.id, properties: olderParams },
        { id: newer.revision.id, properties: newer.params },
        {},
        'changed',
      ),
    );
    // In 'changed' mode every change has its row (marked by its entry's index); the rest are headers.
    const changes = rows.filter((row) => row.entryIndex !== undefined);
    attributeStep(
      pending,
      byIdentity,
      changedIdentities(olderParams, newer.params, changes),
      sourceOf(newer.revision),
    );
    newer = { revision: older, params: olderParams };
    steps += 1;
  }
  return { targetRevisionId: target.id, byIdentity, complete: pending.size === 0, steps } satisfies Blame;
}

/** Some servers list revisions without their params: then there is nothing to walk. */
export class BlameUnavailableError extends Error {
  constructor() {
    super('This server lists revisions without their parameters, so who changed what cannot be worked out.');
    this.name = 'BlameUnavailableError';
  }
}

export const blameQueries = {
  /** Under the entity's revisions key: a save invalidates it, since the newest revision changes. */
  forRevision: (workspaceId: number, entityId: number, targetId?: number) =>
    queryOptions({
      queryKey: [...revisionQueries.entity(workspaceId, entityId), 'blame', targetId ?? 'newest'] as const,
      queryFn: ({ client }) => computeBlame(client, workspaceId, entityId, targetId),
      staleTime: Number.POSITIVE_INFINITY,
    }),
};

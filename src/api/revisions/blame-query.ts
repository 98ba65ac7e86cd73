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
import { loadedRevisions, nextRevisionCursor, type RevisionPage, revisionQueries } from './queries';
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
  if (!target.properties) throw new BlameUnavailableError();
  const pending = new Map<string, JsonPath>(
    leafPaths(target.properties ?? {}).map((path) => [identityOf(target?.properties, path), path]),
  );
  const byIdentity = new Map<string, BlameSource>();
  let newer = target;
  let steps = 0;
  while (pending.size > 0 && steps < MAX_STEPS) {
    const older = await revisionAt(client, workspaceId, entityId, index + steps + 1);
    // Without an older revision's params the walk cannot go further back: what is left stays "older".
    if (older && !older.properties) break;
    if (!older) {
      // The first revision introduced everything nothing later touched.
      attributeStep(pending, byIdentity, new Set(['']), sourceOf(newer));
      break;
    }
    const { entries } = await client.query(diffQueries.pair(older, newer, {}, 'changed'));
    attributeStep(
      pending,
      byIdentity,
      changedIdentities(older.properties, newer.properties, entries),
      sourceOf(newer),
    );
    newer = older;
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

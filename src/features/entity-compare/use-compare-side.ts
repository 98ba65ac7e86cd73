import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { entityQueries } from '../../api/entities/queries';
import { type ListedRevision, loadedRevisions, revisionQueries } from '../../api/revisions/queries';
import { workspaceQueries } from '../../api/workspaces/queries';
import type { EntityRef } from '../../lib/entity-ref';
import type { Params } from '../../lib/schema-helpers';

/**
 * A revision named in the URL is looked for in the history newest first, a page (10) at a time; past
 * this many pages the side says it was not found rather than read a history of hundreds to the end.
 */
const MAX_PAGES_TO_FIND = 10;

// The params query needs a revision to build its options; disabled, this one is never fetched.
const NO_ENTITY: EntityRef = { workspaceId: 0, entityId: 0 };
const NO_REVISION: ListedRevision = { id: 0, listedAt: { position: 0, count: 0, order: undefined } };

/** The document this side puts into the diff, or why there is none (yet). */
export type SideDocument =
  | { status: 'pending' }
  | { status: 'error'; title: string; error: unknown; retry: () => void }
  | { status: 'unavailable'; reason: string }
  | { status: 'ready'; id: string; params: Params };

/**
 * Everything one side of the comparison reads: its workspace, entity, history and the params of the
 * chosen revision (the current params when none is chosen). Each side has its own queries, so one
 * side failing leaves the other as it is.
 */
export function useCompareSide(ref: EntityRef | undefined, revisionId: number | undefined) {
  // Both sides' hooks always run (a page has two sides, whatever its URL says); a side the URL does
  // not name reads nothing.
  const { workspaceId, entityId } = ref ?? NO_ENTITY;
  const named = ref !== undefined;
  const workspace = useQuery({ ...workspaceQueries.detail(workspaceId), enabled: named });
  const detail = useQuery({ ...entityQueries.detail(workspaceId, entityId), enabled: named });
  // The history is read once it is wanted: a revision named in the URL, or the user reaching for the
  // revision select. Listing it also reads its two newest revisions' params (what the revisions page
  // compares first): for 1 MB documents that is megabytes per side that a comparison of the current
  // params never uses.
  const [historyWanted, setHistoryWanted] = useState(false);
  const history = useInfiniteQuery({
    ...revisionQueries.infinite(workspaceId, entityId),
    enabled: named && detail.isSuccess && (historyWanted || revisionId !== undefined),
  });
  const wantHistory = useCallback(() => setHistoryWanted(true), []);
  const { revisions, total } = loadedRevisions(history.data?.pages);
  const selected = revisionId === undefined ? undefined : revisions.find((r) => r.id === revisionId);
  const pagesRead = history.data?.pages.length ?? 0;
  // Not after a failed page: the side shows the error with a retry instead of asking again and again.
  const stillLooking =
    revisionId !== undefined &&
    !selected &&
    !history.isError &&
    history.hasNextPage &&
    pagesRead < MAX_PAGES_TO_FIND;
  const { fetchNextPage, isFetching } = history;
  useEffect(() => {
    if (stillLooking && !isFetching) void fetchNextPage();
  }, [stillLooking, isFetching, fetchNextPage]);

  const revisionParams = useQuery({
    ...revisionQueries.params(workspaceId, entityId, selected ?? NO_REVISION),
    enabled: selected !== undefined,
  });

  const document = ((): SideDocument => {
    if (detail.isPending) return { status: 'pending' };
    if (detail.isError)
      return { status: 'unavailable', reason: 'This entity could not be read (see above).' };
    if (revisionId === undefined) {
      const { entity, paramsForbidden } = detail.data;
      if (paramsForbidden || !entity.properties)
        return { status: 'unavailable', reason: 'You may not read this entity’s parameters.' };
      const at = entity.updated_at ?? '';
      return { status: 'ready', id: `${workspaceId}:${entityId}@current@${at}`, params: entity.properties };
    }
    if (!selected) {
      if (history.isError)
        return {
          status: 'error',
          title: 'Could not read this entity’s revisions',
          error: history.error,
          retry: () => void history.refetch(),
        };
      if (history.isPending || stillLooking) return { status: 'pending' };
      return {
        status: 'unavailable',
        reason: `Revision #${revisionId} is not in this entity’s recent history.`,
      };
    }
    if (revisionParams.isPending) return { status: 'pending' };
    if (revisionParams.isError)
      return {
        status: 'error',
        title: `Could not read revision #${revisionId}’s parameters`,
        error: revisionParams.error,
        retry: () => void revisionParams.refetch(),
      };
    if (revisionParams.data === null)
      return { status: 'unavailable', reason: `Revision #${revisionId} came without its parameters.` };
    return {
      status: 'ready',
      id: `${workspaceId}:${entityId}@${revisionId}`,
      params: revisionParams.data,
    };
  })();

  return {
    ref: { workspaceId, entityId },
    workspace,
    detail,
    history,
    wantHistory,
    revisions,
    total,
    document,
  };
}

export type CompareSide = ReturnType<typeof useCompareSide>;

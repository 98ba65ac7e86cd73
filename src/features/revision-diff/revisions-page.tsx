import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { EntityDetail } from '../../api/entities/queries';
import { useWriteBlocker } from '../../api/entities/use-write-blocker';
import { type ListedRevision, loadedRevisions, revisionQueries } from '../../api/revisions/queries';
import { useUserName } from '../../api/users/user-names';
import type { Workspace } from '../../api/workspaces/schemas';
import { DiffOptionsBar } from '../../components/diff-view/diff-options-bar';
import { ErrorState } from '../../components/ui/error-state';
import { DiffPanel } from './diff-panel';
import type { DiffSearch } from './diff-search';
import { RestoreDialog } from './restore-dialog';
import { RevisionList } from './revision-list';

type Props = {
  workspace: Workspace;
  detail: EntityDetail;
  search: DiffSearch;
  onSearchChange: (patch: Partial<DiffSearch>) => void;
};

export function RevisionsPage({ workspace, detail, search, onSearchChange }: Props) {
  const { entity } = detail;
  const query = useInfiniteQuery(revisionQueries.infinite(workspace.id, entity.id));
  const pages = query.data?.pages;
  // Newest first whatever order the server lists them in (worked out from ids and dates).
  const { revisions, unreadable, total } = useMemo(() => loadedRevisions(pages), [pages]);
  const userName = useUserName();
  const writeBlocker = useWriteBlocker(workspace, detail);
  const restoreBlocker = writeBlocker && `${writeBlocker.charAt(0).toUpperCase()}${writeBlocker.slice(1)}`;
  const [restoring, setRestoring] = useState<ListedRevision | null>(null);

  // Default pair: the previous revision against the newest.
  const toId = search.to ?? revisions[0]?.id;
  const fromId = search.from ?? revisions.find((revision) => revision.id !== toId)?.id;
  const to = revisions.find((revision) => revision.id === toId);
  const from = revisions.find((revision) => revision.id === fromId);

  // The change sizes beside each revision read two documents each: only once the compared pair shows.
  const [shownPair, setShownPair] = useState<string | undefined>();
  const pairKey = `${fromId}:${toId}`;
  const onPairShown = useCallback(() => setShownPair(pairKey), [pairKey]);

  // A link may name revisions on later pages: load pages until both are in (or there are no more).
  const missing = (toId !== undefined && !to) || (fromId !== undefined && !from);
  const { hasNextPage, isFetching, fetchNextPage } = query;
  useEffect(() => {
    if (missing && hasNextPage && !isFetching) void fetchNextPage();
  }, [missing, hasNextPage, isFetching, fetchNextPage]);

  if (query.isPending) return <p className="p-4 text-sm text-slate-600">Loading revisions…</p>;
  if (query.isError && !query.data) {
    return (
      <div className="p-4">
        <ErrorState
          title="Could not load the revisions"
          error={query.error}
          onRetry={() => query.refetch()}
        />
      </div>
    );
  }

  return (
    // Side by side only when the pane (not the window: the tree takes part of it) is wide enough.
    <div className="@container">
      <div className="flex flex-col gap-4 p-4 @6xl:flex-row">
        <div className="max-h-[50vh] overflow-auto @6xl:max-h-none @6xl:w-[30rem] @6xl:shrink-0">
          <RevisionList
            workspaceId={workspace.id}
            entityId={entity.id}
            changeSizesEnabled={shownPair === pairKey || !(from && to)}
            query={query}
            revisions={revisions}
            unreadable={unreadable}
            total={total}
            fromId={fromId}
            toId={toId}
            onPick={(side, id) => onSearchChange({ [side]: id })}
            onRestore={setRestoring}
            restoreDisabledReason={restoreBlocker}
            userName={userName}
          />
          {restoreBlocker && (
            <p className="mt-2 text-xs text-slate-600">Restore is not available: {restoreBlocker}</p>
          )}
        </div>
        <section aria-label="Differences" className="flex min-w-0 flex-1 flex-col gap-3">
          <h2 className="text-base font-semibold">
            {from && to ? `Revision #${from.id} → #${to.id}` : 'Pick two revisions to compare'}
          </h2>
          <DiffOptionsBar search={search} onChange={onSearchChange} />
          {from && to ? (
            <DiffPanel
              workspaceId={workspace.id}
              entityId={entity.id}
              from={from}
              to={to}
              search={search}
              onSearchChange={onSearchChange}
              onShown={onPairShown}
            />
          ) : missing && !hasNextPage ? (
            <p className="text-sm text-slate-600">A revision in this link does not exist for this entity.</p>
          ) : revisions.length < 2 ? (
            <p className="text-sm text-slate-600">
              This entity has only one revision: nothing to compare yet.
            </p>
          ) : (
            <p className="text-sm text-slate-600">Loading the revisions in this link…</p>
          )}
        </section>
        {restoring && (
          <RestoreDialog
            workspaceId={workspace.id}
            entity={entity}
            revision={restoring}
            onClose={() => setRestoring(null)}
            onRestored={() => {
              setRestoring(null);
              onSearchChange({ from: undefined, to: undefined });
            }}
          />
        )}
      </div>
    </div>
  );
}

import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import type { WorkspaceFilters } from '../../api/workspaces/filters';
import { workspaceQueries } from '../../api/workspaces/queries';
import type { Workspace } from '../../api/workspaces/schemas';
import { ErrorState, errorMessage } from '../../components/ui/error-state';
import { SkeletonRows } from '../../components/ui/skeleton';
import { isApiError } from '../../lib/api-error';
import { flattenPages } from '../../lib/pagination';
import { isUnreadable, type Listed, readable } from '../../lib/schema-helpers';
import {
  UnreadableWorkspaceRow,
  WIDE_ONLY,
  WORKSPACE_GRID,
  WORKSPACE_ROW_HEIGHT,
  WorkspaceRow,
} from './workspace-row';

/** Start loading the next page this many rows before the end comes into view. */
const PREFETCH_ROWS = 15;

type Props = {
  filters: WorkspaceFilters;
  onChange: (next: WorkspaceFilters) => void;
  onWorkspacesLoaded: (workspaces: Workspace[]) => void;
};

export function WorkspaceResults({ filters, onChange, onWorkspacesLoaded }: Props) {
  // Previous results stay on screen (dimmed) while a new filter loads, instead of flashing a skeleton.
  const query = useInfiniteQuery({
    ...workspaceQueries.infinite(filters),
    placeholderData: keepPreviousData,
  });
  const pages = query.data?.pages;
  const { items, total } = useMemo(() => flattenPages(pages), [pages]);

  useEffect(() => {
    if (items.length > 0) onWorkspacesLoaded(readable(items));
  }, [items, onWorkspacesLoaded]);

  if (query.isPending) return <SkeletonRows label="Loading workspaces…" />;

  if (query.isError && !query.isFetchNextPageError) {
    if (isApiError(query.error) && query.error.isForbidden && filters.archived) {
      return (
        <div className="p-4">
          <ErrorState
            title="Archived workspaces are not available to you"
            message="Only organisation admins can list archived workspaces."
            onRetry={() => onChange({ ...filters, archived: undefined })}
            retryLabel="Hide archived workspaces"
          />
        </div>
      );
    }
    return (
      <div className="p-4">
        <ErrorState title="Could not load workspaces" error={query.error} onRetry={() => query.refetch()} />
      </div>
    );
  }

  return (
    <div className="flex min-h-0 flex-1 flex-col" aria-busy={query.isFetching}>
      <div className="flex items-center gap-3 px-4 py-2 text-sm text-slate-600">
        <p aria-live="polite">
          <span className="font-medium text-slate-900">{total.toLocaleString()}</span>{' '}
          {total === 1 ? 'workspace' : 'workspaces'}
        </p>
        {query.isPlaceholderData && <span>Updating…</span>}
      </div>
      {items.length === 0 ? (
        <div className="p-8 text-center text-slate-600">
          <p className="font-medium text-slate-900">No workspaces match these filters.</p>
          <button
            type="button"
            className="mt-2 text-sm font-medium text-blue-700 hover:underline"
            onClick={() => onChange({ sort: filters.sort })}
          >
            Clear filters
          </button>
        </div>
      ) : (
        <VirtualWorkspaceList
          items={items}
          total={total}
          dimmed={query.isPlaceholderData}
          hasNextPage={query.hasNextPage}
          isFetchingNextPage={query.isFetchingNextPage}
          nextPageError={query.isFetchNextPageError ? query.error : null}
          fetchNextPage={() => void query.fetchNextPage()}
        />
      )}
    </div>
  );
}

type ListProps = {
  items: Listed<Workspace>[];
  total: number;
  dimmed: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  nextPageError: unknown;
  fetchNextPage: () => void;
};

function VirtualWorkspaceList({
  items,
  total,
  dimmed,
  hasNextPage,
  isFetchingNextPage,
  nextPageError,
  fetchNextPage,
}: ListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => WORKSPACE_ROW_HEIGHT,
    overscan: 10,
    initialRect: { width: 1024, height: 800 },
  });
  const virtualItems = virtualizer.getVirtualItems();
  const lastVisible = virtualItems.at(-1)?.index ?? -1;
  // A failed page is not retried on its own: the user asks, or scrolling would hammer a failing server.
  const shouldFetchMore =
    hasNextPage && !isFetchingNextPage && !nextPageError && lastVisible >= items.length - PREFETCH_ROWS;

  useEffect(() => {
    if (shouldFetchMore) fetchNextPage();
  }, [shouldFetchMore, fetchNextPage]);

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div
        aria-hidden="true"
        className={`${WORKSPACE_GRID} border-y border-slate-200 bg-slate-100 py-1.5 text-xs font-semibold uppercase tracking-wide text-slate-600`}
      >
        <span>Workspace</span>
        <span>Visibility</span>
        <span className={WIDE_ONLY}>App</span>
        <span className={WIDE_ONLY}>Labels</span>
        <span className={WIDE_ONLY}>Updated</span>
        <span className={WIDE_ONLY}>Created</span>
      </div>
      <div ref={scrollRef} data-scroll-container="workspaces" className="min-h-0 flex-1 overflow-auto">
        <ul
          aria-label="Workspaces"
          className={`relative transition-opacity ${dimmed ? 'opacity-60' : ''}`}
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualItems.map((row) => {
            const workspace = items[row.index];
            if (!workspace) return null;
            const place = { index: row.index, total, start: row.start };
            return isUnreadable(workspace) ? (
              <UnreadableWorkspaceRow key={`unreadable:${row.index}`} item={workspace} {...place} />
            ) : (
              <WorkspaceRow key={workspace.id} workspace={workspace} {...place} />
            );
          })}
        </ul>
        <ListFooter
          loaded={items.length}
          total={total}
          hasNextPage={hasNextPage}
          isFetchingNextPage={isFetchingNextPage}
          error={nextPageError}
          onRetry={fetchNextPage}
        />
      </div>
    </div>
  );
}

function ListFooter(props: {
  loaded: number;
  total: number;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  error: unknown;
  onRetry: () => void;
}) {
  if (props.error) {
    return (
      <div className="p-4">
        <ErrorState
          title="Could not load more workspaces"
          message={errorMessage(props.error)}
          onRetry={props.onRetry}
        />
      </div>
    );
  }
  return (
    <p role="status" className="px-4 py-3 text-center text-sm text-slate-500">
      {props.isFetchingNextPage
        ? `Loading more workspaces… (${props.loaded.toLocaleString()} of ${props.total.toLocaleString()})`
        : props.hasNextPage
          ? `${props.loaded.toLocaleString()} of ${props.total.toLocaleString()} loaded`
          : `All ${props.loaded.toLocaleString()} workspaces loaded`}
    </p>
  );
}

import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import type { WorkspaceFilters } from '../../api/workspaces/filters';
import { workspaceQueries } from '../../api/workspaces/queries';
import type { Workspace } from '../../api/workspaces/schemas';
import { Button } from '../../components/ui/button';
import { ErrorState } from '../../components/ui/error-state';
import { SkeletonRows } from '../../components/ui/skeleton';
import { VirtualWorkspaceList } from '../../components/workspace-rows/virtual-workspace-list';
import { isApiError } from '../../lib/api-error';
import { flattenPages } from '../../lib/pagination';
import { readable } from '../../lib/schema-helpers';

type Props = {
  filters: WorkspaceFilters;
  onChange: (next: WorkspaceFilters) => void;
  onWorkspacesLoaded: (workspaces: Workspace[]) => void;
};

/**
 * Memoized: the page renders again when it learns labels from the list (just after the list's first
 * render, in an effect), which must not render the list and its rows again.
 */
export const WorkspaceResults = memo(function WorkspaceResults({
  filters,
  onChange,
  onWorkspacesLoaded,
}: Props) {
  // Previous results stay on screen (dimmed) while a new filter loads, instead of flashing a skeleton.
  const query = useInfiniteQuery({
    ...workspaceQueries.list(filters),
    placeholderData: keepPreviousData,
  });
  // Read once, as the list comes on screen: coming back to a list that went stale refetches its first
  // page only (workspaceQueries.list), so it starts at the top instead of where it was left.
  const [startsOver] = useState(() => query.isStale && (query.data?.pages.length ?? 0) > 1);
  // The list asks again on every render that finds the end near: join a fetch under way, never
  // cancel it and send the same page again (the default `cancelRefetch` would, and would also cancel
  // a refetch under way in favour of a next page after stale ones).
  const { fetchNextPage: fetchNext } = query;
  const fetchNextPage = useCallback(() => void fetchNext({ cancelRefetch: false }), [fetchNext]);
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
          <Button variant="link" className="mt-2" onClick={() => onChange({ sort: filters.sort })}>
            Clear filters
          </Button>
        </div>
      ) : (
        <VirtualWorkspaceList
          label="Workspaces"
          items={items}
          setSize={total}
          dimmed={query.isPlaceholderData}
          // Never page on from the previous filters' results while the new ones load.
          hasNextPage={query.hasNextPage && !query.isPlaceholderData}
          isFetchingNextPage={query.isFetchingNextPage}
          nextPageError={query.isFetchNextPageError ? query.error : null}
          fetchNextPage={fetchNextPage}
          restoreScroll={!startsOver}
          status={loadingStatus(items.length, total, query.hasNextPage, query.isFetchingNextPage)}
          nextPageErrorTitle="Could not load more workspaces"
        />
      )}
    </div>
  );
});

function loadingStatus(loaded: number, total: number, hasNextPage: boolean, isFetchingNextPage: boolean) {
  if (isFetchingNextPage)
    return `Loading more workspaces… (${loaded.toLocaleString()} of ${total.toLocaleString()})`;
  if (hasNextPage) return `${loaded.toLocaleString()} of ${total.toLocaleString()} loaded`;
  return `All ${loaded.toLocaleString()} workspaces loaded`;
}

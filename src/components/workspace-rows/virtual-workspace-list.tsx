import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useEffect, useRef } from 'react';
import type { Workspace } from '../../api/workspaces/schemas';
import { isUnreadable, type Listed } from '../../lib/schema-helpers';
import { ErrorState, errorMessage } from '../ui/error-state';
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
  /** The list's accessible name. */
  label: string;
  items: Listed<Workspace>[];
  /** For `aria-setsize`: the list's full length, or -1 while it is not known. */
  setSize: number;
  dimmed: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  nextPageError: unknown;
  fetchNextPage: () => void;
  /** What the footer says about loading ("50 of 60 loaded"). */
  status: string;
  /** The footer's title when the next page failed. */
  nextPageErrorTitle: string;
  rowActions?: (workspace: Workspace) => ReactNode;
};

/**
 * Workspaces as virtualized rows, loading the next page when the end of what is loaded comes near the
 * viewport. With no rows (or too few to fill it) the end is in view, so it keeps loading: a list that
 * filters pages on the client then scans until it has rows to show, or reaches the end.
 */
export function VirtualWorkspaceList({
  label,
  items,
  setSize,
  dimmed,
  hasNextPage,
  isFetchingNextPage,
  nextPageError,
  fetchNextPage,
  status,
  nextPageErrorTitle,
  rowActions,
}: Props) {
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
          aria-label={label}
          className={`relative transition-opacity ${dimmed ? 'opacity-60' : ''}`}
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualItems.map((row) => {
            const workspace = items[row.index];
            if (!workspace) return null;
            const place = { index: row.index, total: setSize, start: row.start };
            return isUnreadable(workspace) ? (
              <UnreadableWorkspaceRow key={`unreadable:${row.index}`} item={workspace} {...place} />
            ) : (
              <WorkspaceRow
                key={workspace.id}
                workspace={workspace}
                actions={rowActions?.(workspace)}
                {...place}
              />
            );
          })}
        </ul>
        {nextPageError ? (
          <div className="p-4">
            <ErrorState
              title={nextPageErrorTitle}
              message={errorMessage(nextPageError)}
              onRetry={fetchNextPage}
            />
          </div>
        ) : (
          <p role="status" className="px-4 py-3 text-center text-sm text-slate-500">
            {status}
          </p>
        )}
      </div>
    </div>
  );
}

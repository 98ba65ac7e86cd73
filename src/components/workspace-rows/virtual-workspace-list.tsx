import { useRouter } from '@tanstack/react-router';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useEffect, useLayoutEffect, useRef } from 'react';
import type { Workspace } from '../../api/workspaces/schemas';
import { isUnreadable, type Listed } from '../../lib/schema-helpers';
import { ErrorState, errorMessage } from '../ui/error-state';
import { layoutFreeVirtualizerOptions } from './layout-free-virtualizer';
import { useWorkspaceLinks } from './use-workspace-links';
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
  /**
   * Whether the router may put the list back where it was when the user comes back to it (Back):
   * yes by default; no for a list that starts over from its first page.
   */
  restoreScroll?: boolean;
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
  restoreScroll = true,
}: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The router puts an element back where it was once the route has rendered, found by its
  // data-scroll-restoration-id. The id holds how many rows are loaded, so a place is restored only on
  // the list it was left on: a list dropped or refetched from its first page meanwhile is not found
  // (clamped to the end of its first page, it would show rows the user never left and load the next
  // page). A list that starts over (`restoreScroll` false: its first page is being refetched) goes
  // to the top after the router has restored it: this listener is added after the router's own.
  const router = useRouter();
  const startsOver = useRef(!restoreScroll);
  useLayoutEffect(() => {
    if (!startsOver.current) return;
    const unsubscribe = router.subscribe('onRendered', () => {
      unsubscribe();
      startsOver.current = false;
      scrollRef.current?.scrollTo({ top: 0 });
    });
    return unsubscribe;
  }, [router]);
  const links = useWorkspaceLinks();
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => WORKSPACE_ROW_HEIGHT,
    overscan: 10,
    ...layoutFreeVirtualizerOptions(),
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
      <div
        ref={scrollRef}
        data-scroll-container="workspaces"
        data-scroll-restoration-id={`list:${label}:${items.length}`}
        className="min-h-0 flex-1 overflow-auto"
      >
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
                links={links}
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

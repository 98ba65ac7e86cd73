import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { apiRequest, type RequestOptions } from '../../lib/api-client';
import { offsetPaging, pageSearchParams } from '../../lib/pagination';
import { normalizeWorkspaceFilters, type WorkspaceFilters, workspaceFilterSearchParams } from './filters';
import { workspacePageSchema, workspaceSchema } from './schemas';

export function listWorkspaces(
  params: { offset: number; limit?: number; filters: WorkspaceFilters },
  options: RequestOptions = {},
) {
  return apiRequest('get', 'workspaces/', workspacePageSchema, {
    ...options,
    searchParams: {
      ...pageSearchParams(params.offset, params.limit),
      ...workspaceFilterSearchParams(params.filters),
    },
  });
}

export function getWorkspace(workspaceId: number, options: RequestOptions = {}) {
  return apiRequest('get', `workspaces/${workspaceId}/`, workspaceSchema, options);
}

/**
 * How long the workspace list stays fresh. The list is where one goes from workspace to workspace,
 * and workspaces are created and renamed rarely: within this time, coming back to the list costs no
 * request and finds it as it was left, scrolled where it was (row 9,000 stays row 9,000). It matches
 * the default gcTime, after which a list left alone is dropped anyway.
 */
export const WORKSPACE_LIST_STALE_TIME = 5 * 60_000;

export const workspaceQueries = {
  all: () => ['workspaces'] as const,
  infiniteLists: () => [...workspaceQueries.all(), 'infinite'] as const,
  infinite: (filters: WorkspaceFilters) => {
    const normalized = normalizeWorkspaceFilters(filters);
    return infiniteQueryOptions({
      queryKey: [...workspaceQueries.infiniteLists(), normalized] as const,
      queryFn: ({ pageParam, signal }) =>
        listWorkspaces({ offset: pageParam, filters: normalized }, { signal }),
      ...offsetPaging,
    });
  },
  /**
   * The workspace list (`/workspaces`): the pages above, and a refetch fetches only the first page.
   * By default TanStack Query refetches an infinite query page after page, every page loaded so far:
   * a list scrolled to row 9,000 would cost 180 requests one after the other each time it went
   * stale. Here a refetch (coming back after it went stale, Try again) starts the list over with a
   * fresh first page, and the rest loads again as the user scrolls; the list page shows it from the
   * top. `pages` is read by query-core's infinite behaviour from the query's options on every fetch
   * that is not a next page (workspace-list.test.tsx pins it). No refetch on reconnecting either,
   * for the same reason `offsetPaging` has none on focus: it would put a list read far down back at
   * its first page under the user's eyes.
   */
  list: (filters: WorkspaceFilters) => ({
    ...workspaceQueries.infinite(filters),
    staleTime: WORKSPACE_LIST_STALE_TIME,
    refetchOnReconnect: false,
    pages: 1,
  }),
  details: () => [...workspaceQueries.all(), 'detail'] as const,
  detail: (workspaceId: number) =>
    queryOptions({
      queryKey: [...workspaceQueries.details(), workspaceId] as const,
      queryFn: ({ signal }) => getWorkspace(workspaceId, { signal }),
    }),
};

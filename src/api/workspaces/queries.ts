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
  details: () => [...workspaceQueries.all(), 'detail'] as const,
  detail: (workspaceId: number) =>
    queryOptions({
      queryKey: [...workspaceQueries.details(), workspaceId] as const,
      queryFn: ({ signal }) => getWorkspace(workspaceId, { signal }),
    }),
};

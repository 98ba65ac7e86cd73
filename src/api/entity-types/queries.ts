import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { apiRequest, type RequestOptions } from '../../lib/api-client';
import { offsetPaging, pageSearchParams } from '../../lib/pagination';
import { entityTypePageSchema, entityTypeSchema } from './schemas';

type Page = { offset: number; limit?: number };
const base = (workspaceId: number) => `workspaces/${workspaceId}/entity_types/`;

export function listEntityTypes(workspaceId: number, page: Page, options: RequestOptions = {}) {
  return apiRequest('get', base(workspaceId), entityTypePageSchema, {
    ...options,
    searchParams: pageSearchParams(page.offset, page.limit),
  });
}

export function getEntityType(workspaceId: number, entityTypeId: number, options: RequestOptions = {}) {
  return apiRequest('get', `${base(workspaceId)}${entityTypeId}/`, entityTypeSchema, options);
}

/** The types allowed as children of this type. `limit` must be ≥ 1 or the API answers 400. */
export function listChildEntityTypes(
  workspaceId: number,
  entityTypeId: number,
  page: Page,
  options: RequestOptions = {},
) {
  return apiRequest('get', `${base(workspaceId)}${entityTypeId}/entity_types/`, entityTypePageSchema, {
    ...options,
    searchParams: pageSearchParams(page.offset, page.limit),
  });
}

// Entity types belong to the app version, which does not change under a running workspace.
const TYPES_STALE_TIME = 10 * 60_000;

export const entityTypeQueries = {
  all: () => ['entity-types'] as const,
  list: (workspaceId: number) =>
    infiniteQueryOptions({
      queryKey: [...entityTypeQueries.all(), 'infinite', workspaceId] as const,
      queryFn: ({ pageParam, signal }) => listEntityTypes(workspaceId, { offset: pageParam }, { signal }),
      ...offsetPaging,
      staleTime: TYPES_STALE_TIME,
    }),
  detail: (workspaceId: number, entityTypeId: number) =>
    queryOptions({
      queryKey: [...entityTypeQueries.all(), 'detail', workspaceId, entityTypeId] as const,
      queryFn: ({ signal }) => getEntityType(workspaceId, entityTypeId, { signal }),
      staleTime: TYPES_STALE_TIME,
    }),
  childTypes: (workspaceId: number, entityTypeId: number) =>
    infiniteQueryOptions({
      queryKey: [...entityTypeQueries.all(), 'children', workspaceId, entityTypeId] as const,
      queryFn: ({ pageParam, signal }) =>
        listChildEntityTypes(workspaceId, entityTypeId, { offset: pageParam }, { signal }),
      ...offsetPaging,
      staleTime: TYPES_STALE_TIME,
    }),
};

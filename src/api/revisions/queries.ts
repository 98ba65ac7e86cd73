import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiRequest, type RequestOptions } from '../../lib/api-client';
import { offsetPaging, pageSearchParams } from '../../lib/pagination';
import { entityRevisionListSchema } from './schemas';

export function listEntityRevisions(
  workspaceId: number,
  entityId: number,
  page: { offset: number; limit?: number },
  options: RequestOptions = {},
) {
  return apiRequest(
    'get',
    `workspaces/${workspaceId}/entities/${entityId}/revisions/`,
    entityRevisionListSchema,
    {
      ...options,
      searchParams: pageSearchParams(page.offset, page.limit),
    },
  );
}

/**
 * Revisions come with their full params (the contract has no way to leave them out), so a page of
 * 100 revisions of a 1 MB document would be 100 MB: ask for few at a time.
 */
const REVISION_PAGE_SIZE = 10;

export const revisionQueries = {
  all: () => ['revisions'] as const,
  /** Everything about one entity's revisions: what a save invalidates. */
  entity: (workspaceId: number, entityId: number) =>
    [...revisionQueries.all(), workspaceId, entityId] as const,
  // The list grows with every save, so it is not immutable; each revision in it is.
  infinite: (workspaceId: number, entityId: number) =>
    infiniteQueryOptions({
      queryKey: [...revisionQueries.entity(workspaceId, entityId), 'infinite'] as const,
      queryFn: ({ pageParam, signal }) =>
        listEntityRevisions(
          workspaceId,
          entityId,
          { offset: pageParam, limit: REVISION_PAGE_SIZE },
          { signal },
        ),
      ...offsetPaging,
    }),
};

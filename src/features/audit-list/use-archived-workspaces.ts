import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { workspaceQueries } from '../../api/workspaces/queries';
import { scanForArchived } from './archived-only';
import { type AuditListSearch, auditListFilters } from './audit-search';

/** The workspace list with archived ones included, page by page, and the archived ones found in it. */
export function useArchivedWorkspaces(search: AuditListSearch) {
  // Previous results stay on screen (dimmed) while a new search loads, instead of flashing a skeleton.
  const query = useInfiniteQuery({
    ...workspaceQueries.infinite(auditListFilters(search)),
    placeholderData: keepPreviousData,
  });
  const pages = query.data?.pages;
  const scan = useMemo(() => scanForArchived(pages), [pages]);
  return { query, scan };
}

export type ArchivedWorkspacesQuery = ReturnType<typeof useArchivedWorkspaces>['query'];

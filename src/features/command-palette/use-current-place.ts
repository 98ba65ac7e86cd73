import { useQuery } from '@tanstack/react-query';
import { useParams, useRouterState } from '@tanstack/react-router';
import { entityQueries } from '../../api/entities/queries';
import type { WorkspaceFilters } from '../../api/workspaces/filters';
import { workspaceQueries } from '../../api/workspaces/queries';
import type { CurrentPlace } from './palette-types';

/**
 * The workspace and entity of the page the palette was opened on, from the route params, with the
 * names the page has already loaded (the same queries, so no request of their own in the usual case).
 */
export function useCurrentPlace(): CurrentPlace {
  const { workspaceId, entityId } = useParams({ strict: false }) as {
    workspaceId?: number;
    entityId?: number;
  };
  const listFilters = useRouterState({
    select: (state) =>
      state.matches.find((match) => match.routeId === '/workspaces/')?.search as WorkspaceFilters | undefined,
  });
  const validWorkspace = workspaceId !== undefined && Number.isSafeInteger(workspaceId) && workspaceId > 0;
  const validEntity =
    validWorkspace && entityId !== undefined && Number.isSafeInteger(entityId) && entityId > 0;
  const workspace = useQuery({ ...workspaceQueries.detail(workspaceId ?? 0), enabled: validWorkspace });
  const entity = useQuery({ ...entityQueries.detail(workspaceId ?? 0, entityId ?? 0), enabled: validEntity });
  return {
    workspaceId: validWorkspace ? workspaceId : undefined,
    workspaceName: validWorkspace ? workspace.data?.name : undefined,
    entityId: validEntity ? entityId : undefined,
    entityName: validEntity ? entity.data?.entity.name : undefined,
    listFilters,
  };
}

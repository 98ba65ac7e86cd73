import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { entityQueries } from '../../api/entities/queries';
import { findLoadedEntity, useTreeCacheVersion } from '../../api/entities/tree-cache';

type Props = { workspaceId: number; workspaceName: string; entityId: number; entityName: string };

/** Workspace › ancestors › entity, each a link. Names come from the loaded tree when possible. */
export function Breadcrumbs({ workspaceId, workspaceName, entityId, entityName }: Props) {
  const ancestors = useQuery(entityQueries.ancestors(workspaceId, entityId));
  return (
    <nav aria-label="Breadcrumbs" className="text-sm text-slate-600">
      <ol className="flex flex-wrap items-center gap-1">
        <li>
          <Link
            to="/workspaces/$workspaceId"
            params={{ workspaceId }}
            className="text-blue-700 hover:underline"
          >
            {workspaceName}
          </Link>
        </li>
        {ancestors.data?.map((id) => (
          <li key={id} className="flex items-center gap-1">
            <span aria-hidden="true">›</span>
            <AncestorLink workspaceId={workspaceId} entityId={id} />
          </li>
        ))}
        {ancestors.isPending && <li aria-hidden="true">› …</li>}
        <li className="flex items-center gap-1">
          <span aria-hidden="true">›</span>
          <span aria-current="page" className="font-medium text-slate-900">
            {entityName}
          </span>
        </li>
      </ol>
    </nav>
  );
}

function AncestorLink({ workspaceId, entityId }: { workspaceId: number; entityId: number }) {
  const queryClient = useQueryClient();
  useTreeCacheVersion(queryClient, workspaceId);
  const loaded = findLoadedEntity(queryClient, workspaceId, entityId);
  // Only when the tree has not loaded it (rare: revealing a deep link loads every ancestor).
  const fetched = useQuery({ ...entityQueries.detail(workspaceId, entityId), enabled: !loaded });
  const name = loaded?.name ?? fetched.data?.entity.name ?? `Entity ${entityId}`;
  return (
    <Link
      to="/workspaces/$workspaceId/entities/$entityId"
      params={{ workspaceId, entityId }}
      search={(previous) => previous}
      className="text-blue-700 hover:underline"
    >
      {name}
    </Link>
  );
}

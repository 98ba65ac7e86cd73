import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { Entity } from '../../api/entities/schemas';
import { entityTypeQueries } from '../../api/entity-types/queries';
import { nameOf } from '../../api/users/schemas';
import { useUserName } from '../../api/users/user-names';
import { RelativeTime } from '../../components/ui/relative-time';

type Props = { workspaceId: number; entity: Entity; parentId: number | undefined };

export function EntityFacts({ workspaceId, entity, parentId }: Props) {
  const userName = useUserName([entity.locked_by]);
  const type = useQuery(entityTypeQueries.detail(workspaceId, entity.entity_type));
  const typeName = entity.entity_type_name ?? type.data?.name ?? `type #${entity.entity_type}`;
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      <dt className="text-slate-500">Type</dt>
      <dd>
        {typeName}
        {type.data?.class_name && (
          <span className="ml-2 font-mono text-xs text-slate-500">{type.data.class_name}</span>
        )}
      </dd>
      <dt className="text-slate-500">Id</dt>
      <dd className="font-mono">{entity.id}</dd>
      <dt className="text-slate-500">Created</dt>
      <dd>
        <RelativeTime iso={entity.created_at} /> by {userName(entity.created_by)}
      </dd>
      <dt className="text-slate-500">Updated</dt>
      <dd>
        <RelativeTime iso={entity.updated_at} /> by {userName(entity.last_updated_by)}
      </dd>
      <dt className="text-slate-500">Locked</dt>
      <dd>{entity.locked ? `Yes, by ${nameOf(entity.locked_by, 'someone')}` : 'No'}</dd>
      <dt className="text-slate-500">Parent</dt>
      <dd>
        {parentId === undefined ? (
          'None (root entity)'
        ) : (
          <Link
            to="/workspaces/$workspaceId/entities/$entityId"
            params={{ workspaceId, entityId: parentId }}
            search={(previous) => previous}
            className="text-blue-700 hover:underline"
          >
            Open parent
          </Link>
        )}
      </dd>
    </dl>
  );
}

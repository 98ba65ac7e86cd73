import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { entityQueries } from '../../api/entities/queries';
import type { Entity } from '../../api/entities/schemas';
import { Button } from '../../components/ui/button';
import { ErrorState } from '../../components/ui/error-state';
import { flattenPages } from '../../lib/pagination';
import { readable } from '../../lib/schema-helpers';

type Props = { workspaceId: number; onPick: (entity: Entity) => void };

/**
 * A workspace's tree, read one level at a time as it is opened (the tree page's own lists: what it
 * has loaded is not asked for again). Deliberately simple: for picking one entity, not for working.
 */
export function EntityTreePicker({ workspaceId, onPick }: Props) {
  return <TreeLevel workspaceId={workspaceId} parentId={null} onPick={onPick} label="Entities" />;
}

type LevelProps = Props & { parentId: number | null; label: string };

function TreeLevel({ workspaceId, parentId, onPick, label }: LevelProps) {
  const query = useInfiniteQuery(entityQueries.children(workspaceId, parentId));
  if (query.isPending) return <p className="pl-6 text-sm text-slate-500">Loading…</p>;
  if (query.isError && !query.data)
    return (
      <ErrorState
        title="Could not load this level"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  const { items } = flattenPages(query.data.pages);
  const entities = readable(items);
  if (entities.length === 0) return <p className="pl-6 text-sm text-slate-500">No children.</p>;
  return (
    <ul aria-label={label} className="flex flex-col gap-0.5 text-sm">
      {entities.map((entity) => (
        <TreeNode key={entity.id} workspaceId={workspaceId} entity={entity} onPick={onPick} />
      ))}
      {query.hasNextPage && (
        <li className="pl-6">
          <Button
            variant="link"
            disabled={query.isFetchingNextPage}
            onClick={() => void query.fetchNextPage()}
          >
            {query.isFetchingNextPage ? 'Loading…' : 'Show more'}
          </Button>
        </li>
      )}
    </ul>
  );
}

function TreeNode({ workspaceId, entity, onPick }: Props & { entity: Entity }) {
  const [open, setOpen] = useState(false);
  return (
    <li>
      <div className="flex items-center gap-1">
        <Button
          variant="disclosure"
          className="w-5"
          aria-expanded={open}
          aria-label={`${open ? 'Collapse' : 'Expand'} ${entity.name}`}
          onClick={() => setOpen((was) => !was)}
        >
          {open ? '▾' : '▸'}
        </Button>
        {/* The name is cut in its own span: an ellipsis does not work on the button's flex box. */}
        <Button
          variant="link"
          className="min-w-0"
          aria-label={`Compare with ${entity.name}`}
          onClick={() => onPick(entity)}
        >
          <span className="truncate">{entity.name}</span>
        </Button>
        {entity.entity_type_name && <span className="text-xs text-slate-500">{entity.entity_type_name}</span>}
      </div>
      {open && (
        <div className="pl-5">
          <TreeLevel
            workspaceId={workspaceId}
            parentId={entity.id}
            onPick={onPick}
            label={`Children of ${entity.name}`}
          />
        </div>
      )}
    </li>
  );
}

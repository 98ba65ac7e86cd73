import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { entityQueries } from '../../api/entities/queries';
import type { Entity } from '../../api/entities/schemas';
import type { Workspace } from '../../api/workspaces/schemas';
import { Button } from '../../components/ui/button';
import { ErrorState } from '../../components/ui/error-state';
import type { EntityRef } from '../../lib/entity-ref';
import { flattenPages } from '../../lib/pagination';
import { readable } from '../../lib/schema-helpers';
import { EntityTreePicker } from './entity-tree-picker';
import { WorkspaceSwitch } from './workspace-switch';

type Props = {
  of: Entity;
  workspace: Workspace | undefined;
  workspaceId: number;
  onPick: (ref: EntityRef) => void;
};

/**
 * What to compare `of` with. Its siblings of the same type come first (piles of one group, the
 * usual question); the tree and another workspace are for everything else, such as the same
 * structure in a copy of the project.
 */
export function PickOther({ of, workspace, workspaceId, onPick }: Props) {
  const [browsing, setBrowsing] = useState<Pick<Workspace, 'id' | 'name'> | undefined>(undefined);
  const browsed = browsing ?? { id: workspaceId, name: workspace?.name ?? `Workspace ${workspaceId}` };
  return (
    <section
      aria-label="Pick what to compare with"
      className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-3"
    >
      <h3 className="font-semibold">Compare {of.name} with…</h3>
      <SameTypeSiblings of={of} workspaceId={workspaceId} onPick={onPick} />
      <div className="flex flex-col gap-2">
        <h4 className="text-sm font-semibold">Or browse {browsed.name}</h4>
        {browsing && (
          <Button size="sm" className="self-start" onClick={() => setBrowsing(undefined)}>
            Back to {workspace?.name ?? 'this workspace'}
          </Button>
        )}
        <section aria-label={`Browse ${browsed.name}`} className="max-h-96 overflow-auto">
          <EntityTreePicker
            key={browsed.id}
            workspaceId={browsed.id}
            onPick={(entity) => onPick({ workspaceId: browsed.id, entityId: entity.id })}
          />
        </section>
        <WorkspaceSwitch onPick={(picked: Workspace) => setBrowsing({ id: picked.id, name: picked.name })} />
      </div>
      <p className="text-xs text-slate-500">
        Tip: <kbd>Ctrl</kbd>+<kbd>K</kbd> on any entity’s page offers “Compare with {'<entity>'}” too.
      </p>
    </section>
  );
}

function SameTypeSiblings({
  of,
  workspaceId,
  onPick,
}: {
  of: Entity;
  workspaceId: number;
  onPick: Props['onPick'];
}) {
  const siblings = useInfiniteQuery(entityQueries.siblings(workspaceId, of.id));
  if (siblings.isPending) return <p className="text-sm text-slate-500">Loading siblings…</p>;
  if (siblings.isError && !siblings.data)
    return (
      <ErrorState
        title="Could not load the siblings"
        error={siblings.error}
        onRetry={() => void siblings.refetch()}
      />
    );
  const sameType = readable(flattenPages(siblings.data.pages).items).filter(
    (entity) => entity.id !== of.id && entity.entity_type === of.entity_type,
  );
  return (
    <div className="flex flex-col gap-1">
      <h4 className="text-sm font-semibold">
        Siblings of the same type{of.entity_type_name ? ` (${of.entity_type_name})` : ''}
      </h4>
      {sameType.length === 0 ? (
        <p className="text-sm text-slate-500">None{siblings.hasNextPage ? ' among those loaded' : ''}.</p>
      ) : (
        <ul aria-label="Siblings of the same type" className="flex flex-wrap gap-2">
          {sameType.map((entity) => (
            <li key={entity.id}>
              <Button
                size="sm"
                aria-label={`Compare with ${entity.name}`}
                onClick={() => onPick({ workspaceId, entityId: entity.id })}
              >
                {entity.name}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {siblings.hasNextPage && (
        <Button
          size="sm"
          className="self-start"
          disabled={siblings.isFetchingNextPage}
          onClick={() => void siblings.fetchNextPage()}
        >
          More siblings
        </Button>
      )}
    </div>
  );
}

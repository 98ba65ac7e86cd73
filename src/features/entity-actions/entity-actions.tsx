import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import type { Entity } from '../../api/entities/schemas';
import { Button } from '../../components/ui/button';
import { CreateChildDialog } from './create-child-dialog';
import { DeleteDialog } from './delete-dialog';
import { RenameDialog } from './rename-dialog';

type Props = {
  workspaceId: number;
  entity: Entity;
  parentId: number | null | undefined;
  /** Why the entity cannot be changed (archived, locked by someone else, no rights), if so. */
  readOnlyReason: string | undefined;
};

export function EntityActions({ workspaceId, entity, parentId, readOnlyReason }: Props) {
  const navigate = useNavigate();
  const [open, setOpen] = useState<'rename' | 'create' | 'delete' | null>(null);
  const close = () => setOpen(null);
  const disabled = Boolean(readOnlyReason);
  const goTo = (entityId: number | null) =>
    entityId === null
      ? navigate({ to: '/workspaces/$workspaceId', params: { workspaceId } })
      : navigate({ to: '/workspaces/$workspaceId/entities/$entityId', params: { workspaceId, entityId } });

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button disabled={disabled} title={readOnlyReason} onClick={() => setOpen('rename')}>
        Rename
      </Button>
      <Button disabled={disabled} title={readOnlyReason} onClick={() => setOpen('create')}>
        Add child
      </Button>
      <Button
        variant="danger-outline"
        disabled={disabled || parentId === undefined}
        title={readOnlyReason}
        onClick={() => setOpen('delete')}
      >
        Delete
      </Button>
      {readOnlyReason && <span className="text-xs text-slate-600">Read-only: {readOnlyReason}</span>}
      {open === 'rename' && <RenameDialog workspaceId={workspaceId} entity={entity} onClose={close} />}
      {open === 'create' && (
        <CreateChildDialog
          workspaceId={workspaceId}
          parent={entity}
          onClose={close}
          onCreated={(child) => {
            close();
            void goTo(child.id);
          }}
        />
      )}
      {open === 'delete' && parentId !== undefined && (
        <DeleteDialog
          workspaceId={workspaceId}
          entity={entity}
          parentId={parentId}
          onClose={close}
          onDeleted={() => {
            close();
            void goTo(parentId);
          }}
        />
      )}
    </div>
  );
}

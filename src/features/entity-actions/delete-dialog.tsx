import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDeleteEntityMutation } from '../../api/entities/mutations';
import { entityQueries } from '../../api/entities/queries';
import type { Entity } from '../../api/entities/schemas';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { ErrorState } from '../../components/ui/error-state';
import { TextField } from '../../components/ui/text-field';

type Props = {
  workspaceId: number;
  entity: Entity;
  parentId: number | null;
  onClose: () => void;
  onDeleted: () => void;
};

/** Deleting takes every descendant along: the user types the name to confirm, knowing how many go. */
export function DeleteDialog({ workspaceId, entity, parentId, onClose, onDeleted }: Props) {
  const [typed, setTyped] = useState('');
  const remove = useDeleteEntityMutation(workspaceId, entity.id, parentId);
  const children = useInfiniteQuery(entityQueries.children(workspaceId, entity.id));
  const childCount = children.data?.pages.at(-1)?.count;
  return (
    <Dialog title={`Delete ${entity.name}`} onClose={onClose}>
      <p className="text-sm">
        {childCount === undefined
          ? 'Counting its children…'
          : childCount === 0
            ? 'It has no children.'
            : `Its ${childCount.toLocaleString()} ${childCount === 1 ? 'child' : 'children'} and everything below them will be deleted too.`}{' '}
        This cannot be undone.
      </p>
      <TextField
        label="Type the entity’s name to confirm"
        value={typed}
        autoComplete="off"
        onChange={(event) => setTyped(event.target.value)}
      />
      {remove.isError && <ErrorState title="Not deleted" error={remove.error} />}
      <div className="flex justify-end gap-2">
        <Button onClick={onClose}>Cancel</Button>
        <Button
          variant="danger"
          disabled={typed !== entity.name || remove.isPending}
          onClick={() => remove.mutate(undefined, { onSuccess: onDeleted })}
        >
          {remove.isPending ? 'Deleting…' : 'Delete'}
        </Button>
      </div>
    </Dialog>
  );
}

import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDeleteEntityMutation } from '../../api/entities/mutations';
import { entityQueries } from '../../api/entities/queries';
import type { Entity } from '../../api/entities/schemas';
import { ErrorState } from '../../components/ui/error-state';
import { Dialog, dangerButton, inputClass, secondaryButton } from './dialog';

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
      <label htmlFor="delete-confirm" className="text-sm font-medium">
        Type the entity’s name to confirm
      </label>
      <input
        id="delete-confirm"
        className={inputClass}
        value={typed}
        autoComplete="off"
        onChange={(event) => setTyped(event.target.value)}
      />
      {remove.isError && <ErrorState title="Not deleted" error={remove.error} />}
      <div className="flex justify-end gap-2">
        <button type="button" className={secondaryButton} onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className={dangerButton}
          disabled={typed !== entity.name || remove.isPending}
          onClick={() => remove.mutate(undefined, { onSuccess: onDeleted })}
        >
          {remove.isPending ? 'Deleting…' : 'Delete'}
        </button>
      </div>
    </Dialog>
  );
}

import { useState } from 'react';
import { useRenameEntityMutation } from '../../api/entities/mutations';
import type { Entity } from '../../api/entities/schemas';
import { ErrorState } from '../../components/ui/error-state';
import { isApiError } from '../../lib/api-error';
import { Dialog, inputClass, primaryButton, secondaryButton } from './dialog';

type Props = { workspaceId: number; entity: Entity; onClose: () => void };

export function RenameDialog({ workspaceId, entity, onClose }: Props) {
  const [name, setName] = useState(entity.name);
  const rename = useRenameEntityMutation(workspaceId, entity.id);
  const trimmed = name.trim();
  const nameError = isApiError(rename.error) ? rename.error.fieldErrors.name : undefined;
  return (
    <Dialog title={`Rename ${entity.name}`} onClose={onClose}>
      <form
        className="flex flex-col gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          rename.mutate(trimmed, { onSuccess: onClose });
        }}
      >
        <label htmlFor="rename-name" className="text-sm font-medium">
          New name
        </label>
        <input
          id="rename-name"
          className={inputClass}
          value={name}
          aria-invalid={Boolean(nameError)}
          aria-describedby={nameError ? 'rename-name-error' : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        {nameError && (
          <p id="rename-name-error" className="text-sm text-red-700">
            {nameError.join(' ')}
          </p>
        )}
        <p className="text-xs text-slate-600">
          Renaming saves a new revision; the parameters stay as they are.
        </p>
        {rename.isError && !nameError && <ErrorState title="Not renamed" error={rename.error} />}
        <div className="flex justify-end gap-2">
          <button type="button" className={secondaryButton} onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className={primaryButton}
            disabled={!trimmed || trimmed === entity.name || rename.isPending}
          >
            {rename.isPending ? 'Renaming…' : 'Rename'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

import { useState } from 'react';
import { useRenameEntityMutation } from '../../api/entities/mutations';
import type { Entity } from '../../api/entities/schemas';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { ErrorState } from '../../components/ui/error-state';
import { TextField } from '../../components/ui/text-field';
import { isApiError } from '../../lib/api-error';

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
        <TextField
          label="New name"
          error={nameError?.join(' ')}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <p className="text-xs text-slate-600">
          Renaming saves a new revision; the parameters stay as they are.
        </p>
        {rename.isError && !nameError && <ErrorState title="Not renamed" error={rename.error} />}
        <div className="flex justify-end gap-2">
          <Button onClick={onClose}>Cancel</Button>
          <Button
            type="submit"
            variant="primary"
            disabled={!trimmed || trimmed === entity.name || rename.isPending}
          >
            {rename.isPending ? 'Renaming…' : 'Rename'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

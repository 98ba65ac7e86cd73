import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useRestoreRevisionMutation } from '../../api/entities/mutations';
import type { Entity } from '../../api/entities/schemas';
import { diffQueries } from '../../api/revisions/diff-queries';
import { type ListedRevision, revisionQueries } from '../../api/revisions/queries';
import { DiffView } from '../../components/diff-view/diff-view';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { ErrorState } from '../../components/ui/error-state';
import { TextField } from '../../components/ui/text-field';

type Props = {
  workspaceId: number;
  entity: Entity;
  revision: ListedRevision;
  onClose: () => void;
  onRestored: () => void;
};

/**
 * Restoring writes a new revision with the old params (nothing is rewritten). The user sees exactly
 * what will change from the current params first, and gives the revision a message.
 */
export function RestoreDialog({ workspaceId, entity, revision, onClose, onRestored }: Props) {
  const id = useId();
  const [message, setMessage] = useState(`Restore revision #${revision.id}`);
  const save = useRestoreRevisionMutation(workspaceId, entity);
  const current = { id: `current@${entity.updated_at ?? ''}`, properties: entity.properties };
  // The list comes without params: the revision's are read for the preview and the save.
  const params = useQuery(revisionQueries.params(workspaceId, entity.id, revision));
  const properties = params.data;
  const preview = useQuery({
    ...diffQueries.pair(current, { id: revision.id, properties: properties ?? undefined }, {}, 'changed'),
    enabled: Boolean(properties),
  });

  return (
    <Dialog
      title={`Restore revision #${revision.id}`}
      onClose={onClose}
      width="max-w-4xl"
      describedBy={`${id}-summary`}
    >
      <p id={`${id}-summary`} className="text-sm text-slate-600">
        Saves revision #{revision.id}’s parameters as a new revision of {entity.name}. These are the changes
        from the current parameters:
      </p>
      <div className="min-h-0 overflow-auto rounded border border-slate-200">
        {params.isError && (
          <ErrorState
            title="Could not read this revision’s parameters"
            error={params.error}
            onRetry={() => params.refetch()}
          />
        )}
        {properties === null && (
          <p className="p-2 text-sm">This revision came without its parameters: nothing to restore.</p>
        )}
        {(params.isPending || (properties && preview.isPending)) && <p className="p-2 text-sm">Comparing…</p>}
        {preview.isError && <ErrorState title="Could not compare" error={preview.error} />}
        {preview.data && <DiffView rows={preview.data.rows} view="unified" />}
      </div>
      <TextField
        label="Revision message"
        value={message}
        onChange={(event) => setMessage(event.target.value)}
      />
      {save.isError && <ErrorState title="The restore was not saved" error={save.error} />}
      <div className="flex justify-end gap-2">
        <Button onClick={onClose}>Cancel</Button>
        <Button
          variant="primary"
          disabled={save.isPending || !properties}
          onClick={() =>
            properties &&
            save.mutate({ properties, message: message.trim() || undefined }, { onSuccess: onRestored })
          }
        >
          {save.isPending ? 'Restoring…' : 'Restore'}
        </Button>
      </div>
    </Dialog>
  );
}

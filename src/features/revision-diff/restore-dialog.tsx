import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useRestoreRevisionMutation } from '../../api/entities/mutations';
import type { Entity } from '../../api/entities/schemas';
import { diffQueries } from '../../api/revisions/diff-queries';
import { type ListedRevision, revisionQueries } from '../../api/revisions/queries';
import { DiffView } from '../../components/diff-view/diff-view';
import { ErrorState } from '../../components/ui/error-state';

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
  const dialogRef = useRef<HTMLDivElement>(null);
  useEffect(() => dialogRef.current?.focus(), []);

  return (
    <div className="fixed inset-0 z-20 flex items-center justify-center bg-slate-900/40 p-4">
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        tabIndex={-1}
        onKeyDown={(event) => event.key === 'Escape' && onClose()}
        className="flex max-h-[90vh] w-full max-w-4xl flex-col gap-3 rounded-lg bg-white p-4 shadow-xl"
      >
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          Restore revision #{revision.id}
        </h2>
        <p className="text-sm text-slate-600">
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
          {(params.isPending || (properties && preview.isPending)) && (
            <p className="p-2 text-sm">Comparing…</p>
          )}
          {preview.isError && <ErrorState title="Could not compare" error={preview.error} />}
          {preview.data && <DiffView rows={preview.data.rows} view="unified" />}
        </div>
        <label htmlFor={`${id}-message`} className="text-sm font-medium">
          Revision message
        </label>
        <input
          id={`${id}-message`}
          className="rounded-md border border-slate-300 px-2 py-1.5 text-sm"
          value={message}
          onChange={(event) => setMessage(event.target.value)}
        />
        {save.isError && <ErrorState title="The restore was not saved" error={save.error} />}
        <div className="flex justify-end gap-2">
          <button type="button" className="rounded-md border px-3 py-1.5 text-sm" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60"
            disabled={save.isPending || !properties}
            onClick={() =>
              properties &&
              save.mutate({ properties, message: message.trim() || undefined }, { onSuccess: onRestored })
            }
          >
            {save.isPending ? 'Restoring…' : 'Restore'}
          </button>
        </div>
      </div>
    </div>
  );
}

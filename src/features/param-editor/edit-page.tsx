import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useBlocker } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useSaveEntityMutation } from '../../api/entities/mutations';
import type { EntityDetail } from '../../api/entities/queries';
import {
  EditConflictError,
  SavedOverConcurrentEditError,
  SaveUnverifiedError,
} from '../../api/entities/save-entity';
import type { Entity } from '../../api/entities/schemas';
import { diffQueries } from '../../api/revisions/diff-queries';
import type { Workspace } from '../../api/workspaces/schemas';
import { DiffView } from '../../components/diff-view/diff-view';
import { MergeConflicts } from '../../components/merge-conflicts/merge-conflicts';
import { ParamsEditor } from '../../components/params-editor/params-editor';
import { Button } from '../../components/ui/button';
import { FieldRow, fieldControlClass } from '../../components/ui/field-row';
import { commandShortcut } from '../../lib/platform-shortcut';
import { type MergeResult, threeWayMerge } from '../../lib/three-way-merge/merge';
import { DraftOffer } from './draft-offer';
import { paramFieldErrors, SaveError, SaveWarning } from './edit-status';
import { LeaveGuard } from './leave-guard';
import { baseOf, useEditSession } from './use-edit-session';
import { useSaveShortcut } from './use-save-shortcut';
import { useSettled } from './use-settled';

type Props = { workspace: Workspace; detail: EntityDetail; readOnlyReason: string | undefined };

export function EditPage({ workspace, detail, readOnlyReason }: Props) {
  const { entity } = detail;
  const session = useEditSession(workspace.id, entity);
  const save = useSaveEntityMutation(workspace.id, entity.id);
  const [message, setMessage] = useState('');
  const [conflict, setConflict] = useState<{ latest: Entity; result: MergeResult } | null>(null);
  // Save and Discard disable themselves when pressed (the merge's buttons go away with it), which
  // drops keyboard focus on <body>: it goes to the heading that says what became of the changes.
  const changesHeading = useRef<HTMLHeadingElement>(null);
  const focusChangesHeading = () => changesHeading.current?.focus({ preventScroll: true });
  const saveActions = useRef<HTMLDivElement>(null);
  const blocker = useBlocker({
    shouldBlockFn: () => session.dirty,
    enableBeforeUnload: () => session.dirty,
    withResolver: true,
  });
  const draft = useSettled({ version: session.version, properties: session.properties }, 250);
  const changes = useQuery({
    ...diffQueries.pair(
      { id: `base@${session.base.updatedAt ?? ''}`, properties: session.base.properties },
      { id: `edit#${entity.id}#${draft.version}`, properties: draft.properties },
      {},
      'changed',
    ),
    enabled: session.dirty,
    gcTime: 0,
    // While the next diff is computed, the last one stays on screen.
    placeholderData: keepPreviousData,
  });

  const submit = (base = session.base, properties = session.properties, name = session.base.name) => {
    session.flushDraft();
    save.mutate(
      { base, name, properties, message: message.trim() || undefined },
      {
        onSuccess: (saved) => {
          session.markSaved(saved);
          setConflict(null);
          setMessage('');
        },
        onError: (error) => {
          if (error instanceof EditConflictError) {
            setConflict({
              latest: error.latest,
              result: threeWayMerge(base.properties, properties, error.latest.properties ?? {}),
            });
          } else if (error instanceof SavedOverConcurrentEditError) {
            // Ours is saved, next to theirs: merge their changes back in on top of ours.
            session.markSaved(error.saved);
            setConflict({
              latest: error.saved,
              result: threeWayMerge(base.properties, properties, error.theirs),
            });
          } else if (error instanceof SaveUnverifiedError) {
            session.markSaved(error.saved);
            setMessage('');
          }
        },
      },
    );
  };

  // What Save's disabled state says; the read-only view and the draft offer have no Save at all.
  const canSave = !readOnlyReason && !session.offeredDraft && session.dirty && !save.isPending && !conflict;
  const shortcut = commandShortcut('s');
  useSaveShortcut(() => {
    if (!canSave) return;
    // Save and Discard disable while saving, so from them (or from nowhere) focus goes to the heading
    // as when Save is pressed; from a field, which stays usable, the user keeps their place (the
    // status says it was saved, and a merge, if one is needed, takes focus itself).
    const focused = document.activeElement;
    if (!focused || focused === document.body || saveActions.current?.contains(focused)) {
      focusChangesHeading();
    }
    submit();
  });

  if (readOnlyReason) {
    return (
      <div className="flex flex-col gap-3 p-4">
        <p role="note" className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-800">
          Read-only: {readOnlyReason}
        </p>
        {/* Leaving still asks while there is an edit: without it a blocked navigation went nowhere. */}
        <LeaveGuard blocker={blocker} />
        {session.dirty && (
          // It became read-only under an edit (locked or archived meanwhile): the values below are
          // the user's, not the saved ones, and they stay a draft until it can be edited again.
          <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            Your unsaved changes are shown below and kept as a draft in this tab: they are offered back once
            this entity can be edited again.
          </p>
        )}
        {!detail.paramsForbidden && (
          <ParamsEditor
            value={session.properties}
            onChange={() => {}}
            readOnly
            label={`Parameters of ${entity.name}`}
          />
        )}
      </div>
    );
  }

  if (session.offeredDraft) {
    return (
      <div className="p-4">
        <DraftOffer
          entity={entity}
          draft={session.offeredDraft}
          onRestore={session.restoreDraft}
          onDiscard={session.discardDraft}
        />
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-4 p-4">
      <LeaveGuard blocker={blocker} />
      {conflict && (
        <MergeConflicts
          result={conflict.result}
          theirsMeta={{ savedAt: conflict.latest.updated_at }}
          onCancel={() => {
            setConflict(null);
            focusChangesHeading();
          }}
          onResolve={(merged) => {
            session.rebase(conflict.latest, merged);
            setConflict(null);
            focusChangesHeading();
            submit(baseOf(conflict.latest), merged, conflict.latest.name);
          }}
        />
      )}
      <ParamsEditor
        value={session.properties}
        onChange={session.setProperties}
        fieldErrors={paramFieldErrors(save.error)}
        label={`Edit parameters of ${entity.name}`}
      />
      {session.draftRefused && (
        <p role="alert" className="text-sm text-amber-800">
          This browser refused to keep a draft (storage full or disabled): save soon.
        </p>
      )}
      <SaveError error={save.error} properties={session.properties} entityName={entity.name} />
      <SaveWarning error={save.error} />
      <section
        aria-label="Your changes"
        className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3"
      >
        <h2 ref={changesHeading} tabIndex={-1} className="text-sm font-semibold">
          {session.dirty
            ? changes.data
              ? `Your changes: ${changes.data.counts.added} added, ${changes.data.counts.removed} removed, ${changes.data.counts.changed + changes.data.counts.typeChanged} changed`
              : 'Your changes'
            : 'No unsaved changes'}
        </h2>
        {session.dirty && changes.data && <DiffView rows={changes.data.rows} view="unified" />}
        <FieldRow label="Revision message (optional)">
          {(control) => (
            <input
              {...control}
              className={fieldControlClass.md}
              value={message}
              onChange={(event) => setMessage(event.target.value)}
            />
          )}
        </FieldRow>
        <div ref={saveActions} className="flex gap-2">
          <Button
            variant="primary"
            disabled={!canSave}
            aria-keyshortcuts={shortcut.keyShortcuts}
            onClick={() => {
              focusChangesHeading();
              submit();
            }}
          >
            {save.isPending ? 'Saving…' : 'Save'}
            {/* Seen, not read out: aria-keyshortcuts announces it, and the name stays "Save". */}
            <span aria-hidden="true" className="ml-1 text-xs font-normal opacity-80">
              {shortcut.label}
            </span>
          </Button>
          <Button
            disabled={!session.dirty || save.isPending}
            onClick={() => {
              focusChangesHeading();
              session.reset();
            }}
          >
            Discard changes
          </Button>
          {save.isSuccess && !session.dirty && (
            <span role="status" className="self-center text-sm text-green-700">
              Saved as a new revision.
            </span>
          )}
        </div>
      </section>
    </div>
  );
}

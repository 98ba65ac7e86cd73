import { useEffect, useId, useRef } from 'react';
import { applyResolutions, type MergeResult } from '../../lib/three-way-merge/merge';
import { Button } from '../ui/button';
import { RelativeTime } from '../ui/relative-time';
import { ConflictChoice } from './conflict-choice';
import { MergeSummary, plural } from './merge-summary';
import { useConflictChoices } from './use-conflict-choices';

type Props = {
  result: MergeResult;
  /** Who saved the revision the merge is based on now: "saved by … 3 minutes ago". */
  theirsMeta?: { revisionId?: number; savedAt?: string; author?: string };
  /** The user confirmed: save this against the new base. */
  onResolve: (merged: Record<string, unknown>) => void;
  /** Keep editing; the draft stays as it is. */
  onCancel: () => void;
};

/**
 * Shown when a save finds that someone else saved first. Their changes that do not touch mine are
 * already merged (and listed); every conflict needs an explicit choice before the save button works, so
 * nobody's change is overwritten without someone deciding it.
 */
export function MergeConflicts({ result, theirsMeta, onResolve, onCancel }: Props) {
  const id = useId();
  const choices = useConflictChoices(result);
  const { conflicts } = result;
  const { resolutions } = choices;
  // It appears in answer to Save, whose press would otherwise leave focus below it: focus goes to
  // its title, as to a dialog's, so a keyboard or screen-reader user meets it first.
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);

  return (
    <section
      aria-labelledby={`${id}-title`}
      className="flex flex-col gap-3 rounded-lg border border-amber-300 bg-white p-4"
    >
      <h2 ref={title} id={`${id}-title`} tabIndex={-1} className="text-lg font-semibold">
        Someone else saved this entity while you were editing
      </h2>
      <p className="text-sm text-slate-700">
        <SavedBy meta={theirsMeta} /> Changes to different values have been combined. Where you both changed
        the same value, choose what to keep. Nothing is saved until you confirm, and the merged version is
        saved on top of their revision.
      </p>
      <MergeSummary
        theirsApplied={result.theirsApplied}
        mineKept={result.mineKept}
        conflicts={conflicts.length}
      />
      {conflicts.length > 0 && (
        <div className="flex flex-wrap gap-2">
          <Button onClick={() => choices.chooseAll('mine')}>Keep all mine</Button>
          <Button onClick={() => choices.chooseAll('theirs')}>Take all theirs</Button>
        </div>
      )}
      {conflicts.map((conflict) => (
        <ConflictChoice
          key={conflict.pathText}
          conflict={conflict}
          choice={choices.choiceOf(conflict.pathText)}
          draft={choices.draftOf(conflict)}
          check={choices.checkOf(conflict.pathText)}
          onChoose={(choice) => choices.choose(conflict.pathText, choice)}
          onDraftChange={(text) => choices.editDraft(conflict.pathText, text)}
        />
      ))}
      <div className="flex flex-wrap items-center justify-end gap-2">
        {conflicts.length > 0 && (
          <p role="status" className="mr-auto text-sm text-slate-600">
            {choices.unresolved === 0
              ? 'Every conflict has a choice.'
              : `${plural(choices.unresolved, 'conflict', 'conflicts')} still without a valid choice`}
          </p>
        )}
        <Button onClick={onCancel}>Cancel</Button>
        <Button
          variant="primary"
          disabled={!resolutions}
          onClick={() => resolutions && onResolve(applyResolutions(result, resolutions))}
        >
          Save merged version
        </Button>
      </div>
    </section>
  );
}

function SavedBy({ meta }: { meta: Props['theirsMeta'] }) {
  if (!meta?.author && !meta?.savedAt && meta?.revisionId === undefined) return null;
  return (
    <>
      {meta.revisionId !== undefined ? `Revision #${meta.revisionId} was saved` : 'It was saved'}
      {meta.author && <> by {meta.author}</>}
      {meta.savedAt && (
        <>
          {' '}
          <RelativeTime iso={meta.savedAt} />
        </>
      )}
      .
    </>
  );
}

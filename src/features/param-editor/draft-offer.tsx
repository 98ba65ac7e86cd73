import { useQuery } from '@tanstack/react-query';
import type { Entity } from '../../api/entities/schemas';
import { diffQueries } from '../../api/revisions/diff-queries';
import { DiffView } from '../../components/diff-view/diff-view';
import { Button } from '../../components/ui/button';
import { RelativeTime } from '../../components/ui/relative-time';
import type { Draft } from './draft-storage';

type Props = { entity: Entity; draft: Draft; onRestore: () => void; onDiscard: () => void };

/** A draft left in this tab (reload, expired token, failed save): shown with what it changes. */
export function DraftOffer({ entity, draft, onRestore, onDiscard }: Props) {
  const diff = useQuery(
    diffQueries.pair(
      { id: `entity@${entity.updated_at ?? ''}`, properties: entity.properties },
      { id: `draft@${draft.savedAt}`, properties: draft.properties },
      {},
      'changed',
    ),
  );
  const savedSince = draft.base.updatedAt !== entity.updated_at;
  return (
    <section
      aria-label="Unsaved draft"
      className="flex flex-col gap-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm"
    >
      <p className="font-medium text-amber-950">
        You have unsaved changes to this entity from <RelativeTime iso={draft.savedAt} />.
      </p>
      {savedSince && (
        <p className="text-amber-900">
          The entity was saved by someone since you started: saving your draft will ask you to merge.
        </p>
      )}
      <div className="rounded border border-amber-200 bg-white">
        {diff.data ? <DiffView rows={diff.data.rows} view="unified" /> : <p className="p-2">Comparing…</p>}
      </div>
      <div className="flex gap-2">
        <Button variant="primary" onClick={onRestore}>
          Restore draft
        </Button>
        <Button onClick={onDiscard}>Discard draft</Button>
      </div>
    </section>
  );
}

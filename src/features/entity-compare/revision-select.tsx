import { revisionDate } from '../../api/revisions/schemas';
import { Button } from '../../components/ui/button';
import { SelectField } from '../../components/ui/select-field';
import { formatExact } from '../../lib/format-date';
import type { CompareSide } from './use-compare-side';

type Props = {
  side: CompareSide;
  value: number | undefined;
  onChange: (revisionId: number | undefined) => void;
};

/** "Current params" first, then the history newest first (worked out from dates and ids, whatever the server's order). */
export function RevisionSelect({ side, value, onChange }: Props) {
  const { history, revisions, total } = side;
  const listed = value === undefined || revisions.some((revision) => revision.id === value);
  return (
    <div className="flex flex-wrap items-end gap-2">
      <SelectField
        label="Revision"
        size="sm"
        className="max-w-full"
        value={value ?? ''}
        onFocus={side.wantHistory}
        onPointerEnter={side.wantHistory}
        aria-busy={history.isFetching}
        onChange={(event) => onChange(event.target.value ? Number(event.target.value) : undefined)}
      >
        <option value="">Current params</option>
        {history.isPending && history.fetchStatus === 'fetching' && (
          <option disabled>Loading revisions…</option>
        )}
        {!listed && <option value={value}>Revision #{value}</option>}
        {revisions.map((revision) => (
          <option key={revision.id} value={revision.id}>
            {revisionLabel(revision)}
          </option>
        ))}
      </SelectField>
      {history.hasNextPage && (
        <Button size="sm" disabled={history.isFetchingNextPage} onClick={() => void history.fetchNextPage()}>
          {history.isFetchingNextPage ? 'Loading…' : `Older revisions (${revisions.length} of ${total})`}
        </Button>
      )}
      {history.isError && !history.data && (
        <span role="status" className="text-xs text-amber-800">
          Revisions unavailable: {history.error.message}
        </span>
      )}
    </div>
  );
}

function revisionLabel(revision: CompareSide['revisions'][number]): string {
  const date = revisionDate(revision);
  return [`#${revision.id}`, date && formatExact(date), revision.message].filter(Boolean).join(' · ');
}

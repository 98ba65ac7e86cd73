import { useIsFetching, useQuery } from '@tanstack/react-query';
import { diffQueries } from '../../api/revisions/diff-queries';
import type { EntityRevision } from '../../api/revisions/schemas';

/** "+3 −1 ~4" against the previous revision; computed in the worker when the row is shown. */
type Props = {
  revision: EntityRevision;
  /** The revision saved just before, when it is loaded. */
  previous: EntityRevision | undefined;
  /** The entity's first revision: nothing before it to compare with. */
  isFirst: boolean;
};

export function ChangeSize({ revision, previous, isFirst }: Props) {
  // The diff being looked at goes first: these counts wait until no pair diff is running.
  const pairBusy = useIsFetching({ queryKey: [...diffQueries.all(), 'pair'] }) > 0;
  const counts = useQuery({
    ...diffQueries.counts(
      { id: previous?.id ?? 0, properties: previous?.properties },
      { id: revision.id, properties: revision.properties },
    ),
    enabled: !pairBusy && Boolean(previous && revision.properties && previous.properties),
  });
  if (isFirst) return <span className="text-slate-400">first</span>;
  if (!previous) return <span className="text-slate-400">…</span>;
  if (!revision.properties || !previous.properties) return <span className="text-slate-400">—</span>;
  if (!counts.data) return <span className="text-slate-400">…</span>;
  const { added, removed, changed, typeChanged } = counts.data;
  const label = `${added} added, ${removed} removed, ${changed + typeChanged} changed`;
  return (
    <span title={label} className="font-mono text-xs tabular-nums">
      <span className="sr-only">{label}</span>
      <span aria-hidden="true">
        <span className="text-green-700">+{added}</span> <span className="text-red-700">−{removed}</span>{' '}
        <span className="text-amber-700">~{changed + typeChanged}</span>
      </span>
    </span>
  );
}

import { useQuery } from '@tanstack/react-query';
import { diffQueries } from '../../api/revisions/diff-queries';
import { type ListedRevision, revisionQueries } from '../../api/revisions/queries';

/** "+3 −1 ~4" against the previous revision; computed in the worker when the row is shown. */
type Props = {
  workspaceId: number;
  entityId: number;
  revision: ListedRevision;
  /** The revision saved just before, when it is loaded. */
  previous: ListedRevision | undefined;
  /** The entity's first revision: nothing before it to compare with. */
  isFirst: boolean;
  /** False while the pair being looked at is still read and diffed: it goes first. */
  enabled: boolean;
};

export function ChangeSize({ workspaceId, entityId, revision, previous, isFirst, enabled }: Props) {
  // Both documents are read only for this (the list comes without params), after the compared pair.
  const afterParams = useQuery({
    ...revisionQueries.params(workspaceId, entityId, revision),
    enabled: enabled && Boolean(previous),
  });
  const beforeParams = useQuery({
    // `previous` is only undefined when disabled; the key then names a revision never fetched.
    ...revisionQueries.params(workspaceId, entityId, previous ?? revision),
    enabled: enabled && Boolean(previous),
  });
  const before = previous ? beforeParams.data : undefined;
  const after = afterParams.data;
  const counts = useQuery({
    ...diffQueries.counts(
      { id: previous?.id ?? 0, properties: before ?? undefined },
      { id: revision.id, properties: after ?? undefined },
    ),
    enabled: Boolean(before && after),
  });
  if (isFirst) return <span className="text-slate-600">first</span>;
  if (!previous) return <span className="text-slate-600">…</span>;
  if (before === null || after === null) return <span className="text-slate-600">—</span>;
  if (!counts.data) return <span className="text-slate-600">…</span>;
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

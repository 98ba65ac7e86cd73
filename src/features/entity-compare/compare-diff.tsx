import { useQuery } from '@tanstack/react-query';
import { diffQueries } from '../../api/revisions/diff-queries';
import { type DiffOptionsSearch, diffOptionsFrom } from '../../components/diff-view/diff-options';
import { DiffView } from '../../components/diff-view/diff-view';
import { ErrorState } from '../../components/ui/error-state';
import type { SideDocument } from './use-compare-side';

type Props = { a: SideDocument; b: SideDocument; search: DiffOptionsSearch };

/**
 * The two documents through the revision diff engine. It runs in its worker (a 1 MB document takes
 * long enough to freeze a page on the main thread); the query key names the documents, not their
 * contents, so picking a side back reuses the diff already computed.
 */
export function CompareDiff({ a, b, search }: Props) {
  const mode = search.scope ?? 'changed';
  const ready = a.status === 'ready' && b.status === 'ready';
  const diff = useQuery({
    ...diffQueries.pair(
      { id: a.status === 'ready' ? a.id : 'a', properties: a.status === 'ready' ? a.params : undefined },
      { id: b.status === 'ready' ? b.id : 'b', properties: b.status === 'ready' ? b.params : undefined },
      diffOptionsFrom(search),
      mode,
    ),
    enabled: ready,
  });

  for (const [label, side] of [['A', a] as const, ['B', b] as const]) {
    if (side.status === 'error')
      return <ErrorState title={`${label}: ${side.title}`} error={side.error} onRetry={side.retry} />;
    if (side.status === 'unavailable')
      return (
        <p className="text-sm text-slate-600">
          Nothing to compare: {label}: {side.reason}
        </p>
      );
  }
  if (!ready || diff.isPending) {
    return (
      <p role="status" className="text-sm text-slate-600">
        Comparing…
      </p>
    );
  }
  if (diff.isError) {
    return (
      <ErrorState
        title="Could not compare these entities"
        error={diff.error}
        onRetry={() => void diff.refetch()}
      />
    );
  }
  const { counts, rows } = diff.data;
  return (
    <div className="flex min-h-0 flex-col gap-2">
      <fieldset className="text-sm" aria-label="Change counts">
        <span className="text-green-700">{counts.added} added</span> ·{' '}
        <span className="text-red-700">{counts.removed} removed</span> ·{' '}
        <span className="text-amber-700">{counts.changed} changed</span> ·{' '}
        <span className="text-purple-700">{counts.typeChanged} type changed</span>
      </fieldset>
      <div className="rounded-lg border border-slate-200 bg-white">
        <DiffView rows={rows} view={search.view ?? 'split'} />
      </div>
    </div>
  );
}

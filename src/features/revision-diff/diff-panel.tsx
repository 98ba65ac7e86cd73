import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { blameQueries } from '../../api/revisions/blame-query';
import { diffQueries } from '../../api/revisions/diff-queries';
import { type ListedRevision, revisionQueries } from '../../api/revisions/queries';
import { diffOptionsFrom } from '../../components/diff-view/diff-options';
import { DiffView } from '../../components/diff-view/diff-view';
import { BlameCell } from '../../components/ui/blame-cell';
import { ErrorState } from '../../components/ui/error-state';
import { identityOf } from '../../lib/json-diff/blame';
import type { DiffRow } from '../../lib/json-diff/row-parts';
import type { DiffSearch } from './diff-search';

type Props = {
  workspaceId: number;
  entityId: number;
  from: ListedRevision;
  to: ListedRevision;
  search: DiffSearch;
  onSearchChange: (patch: Partial<DiffSearch>) => void;
  /** Once this pair's outcome is on the screen (the per-revision change sizes wait for it). */
  onShown?: () => void;
};

/**
 * The two revisions' params are read on their own (the list comes without them), then diffed in the
 * worker.
 */
export function DiffPanel({ workspaceId, entityId, from, to, search, onSearchChange, onShown }: Props) {
  const mode = search.scope ?? 'changed';
  const fromParams = useQuery(revisionQueries.params(workspaceId, entityId, from));
  const toParams = useQuery(revisionQueries.params(workspaceId, entityId, to));
  const before = fromParams.data;
  const after = toParams.data;
  const diff = useQuery({
    ...diffQueries.pair(
      { id: from.id, properties: before ?? undefined },
      { id: to.id, properties: after ?? undefined },
      diffOptionsFrom(search),
      mode,
    ),
    enabled: Boolean(before && after),
  });
  const wantsBlame = mode === 'full' && Boolean(search.blame);
  const blame = useQuery({ ...blameQueries.forRevision(workspaceId, entityId, to.id), enabled: wantsBlame });
  const blameData = wantsBlame ? blame.data : undefined;
  const aside = blameData
    ? (row: DiffRow) =>
        row.kind === 'removed' || row.kind === 'collapsed' ? null : (
          <BlameCell
            source={blameData.byIdentity.get(identityOf(after, row.path))}
            incomplete={!blameData.complete}
          />
        )
    : undefined;
  const withoutParams = before === null || after === null;
  const paramsError = fromParams.isError ? fromParams : toParams.isError ? toParams : undefined;
  const shown = withoutParams || Boolean(paramsError) || diff.isSuccess || diff.isError;
  useEffect(() => {
    if (shown) onShown?.();
  }, [shown, onShown]);

  if (withoutParams) {
    return (
      <p className="text-sm text-slate-600">
        These revisions came without their parameters: nothing to compare.
      </p>
    );
  }
  if (paramsError) {
    return (
      <ErrorState
        title="Could not read these revisions’ parameters"
        error={paramsError.error}
        onRetry={() => paramsError.refetch()}
      />
    );
  }
  if (diff.isPending) {
    return (
      <p role="status" className="text-sm text-slate-600">
        Comparing #{from.id} with #{to.id}…
      </p>
    );
  }
  if (diff.isError) {
    return (
      <ErrorState
        title="Could not compare these revisions"
        error={diff.error}
        onRetry={() => diff.refetch()}
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
        <span className="ml-2 text-xs text-slate-500">({Math.round(diff.data.ms)} ms)</span>
      </fieldset>
      {mode === 'full' && (
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={Boolean(search.blame)}
            onChange={(event) => onSearchChange({ blame: event.target.checked || undefined })}
          />
          Show blame (which revision last changed each value)
          {wantsBlame && blame.isPending && <span className="text-xs text-slate-500">reading history…</span>}
          {wantsBlame && blame.isError && (
            <span role="status" className="text-xs text-amber-800">
              Blame unavailable: {blame.error.message}
            </span>
          )}
        </label>
      )}
      <div className="rounded-lg border border-slate-200 bg-white">
        <DiffView rows={rows} view={search.view ?? 'split'} aside={aside} />
      </div>
    </div>
  );
}

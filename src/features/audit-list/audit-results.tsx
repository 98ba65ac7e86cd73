import { Link } from '@tanstack/react-router';
import type { Workspace } from '../../api/workspaces/schemas';
import { Button } from '../../components/ui/button';
import { ErrorState } from '../../components/ui/error-state';
import { SkeletonRows } from '../../components/ui/skeleton';
import { VirtualWorkspaceList } from '../../components/workspace-rows/virtual-workspace-list';
import type { ArchivedScan } from './archived-only';
import type { AuditListSearch } from './audit-search';
import { LeftOutNote } from './left-out-note';
import type { ArchivedWorkspacesQuery } from './use-archived-workspaces';

type Props = {
  query: ArchivedWorkspacesQuery;
  scan: ArchivedScan;
  search: AuditListSearch;
  onSearchChange: (next: AuditListSearch) => void;
};

const n = (count: number) => count.toLocaleString();

export function AuditResults({ query, scan, search, onSearchChange }: Props) {
  if (query.isPending) return <SkeletonRows label="Loading archived workspaces…" />;
  if (query.isError && !query.isFetchNextPageError) {
    return (
      <div className="p-4">
        <ErrorState
          title="Could not load archived workspaces"
          error={query.error}
          onRetry={() => query.refetch()}
        />
      </div>
    );
  }

  const found = scan.archived.length;
  const complete = !query.hasNextPage;
  const noun = found === 1 ? 'workspace' : 'workspaces';
  return (
    <div className="flex min-h-0 flex-1 flex-col" aria-busy={query.isFetching}>
      <div className="flex items-center gap-3 px-4 py-2 text-sm text-slate-600">
        <p aria-live="polite" className="font-medium text-slate-900">
          {complete ? `${n(found)} archived ${noun}` : `${n(found)} archived ${noun} found so far`}
        </p>
        {query.isPlaceholderData && <span>Updating…</span>}
      </div>
      <LeftOutNote notSaid={scan.notSaid} unreadable={scan.unreadable} />
      {complete && found === 0 ? (
        <NoneArchived scan={scan} search={search} onSearchChange={onSearchChange} />
      ) : (
        <VirtualWorkspaceList
          label="Archived workspaces"
          items={scan.archived}
          setSize={complete ? found : -1}
          dimmed={query.isPlaceholderData}
          // Never page on from the previous search's results while the new search loads.
          hasNextPage={query.hasNextPage && !query.isPlaceholderData}
          isFetchingNextPage={query.isFetchingNextPage}
          nextPageError={query.isFetchNextPageError ? query.error : null}
          // The list asks again after every page that added no row: join a fetch under way, never restart it.
          fetchNextPage={() => void query.fetchNextPage({ cancelRefetch: false })}
          status={scanStatus(scan, query.hasNextPage, query.isFetchingNextPage)}
          nextPageErrorTitle="Could not check more workspaces"
          rowActions={(workspace) => <AuditLink workspace={workspace} />}
        />
      )}
    </div>
  );
}

function AuditLink({ workspace }: { workspace: Workspace }) {
  return (
    <Link
      to="/audit/$workspaceId"
      params={{ workspaceId: workspace.id }}
      aria-label={`Audit ${workspace.name}`}
      className="shrink-0 rounded border border-blue-300 px-1.5 py-0.5 text-xs font-medium text-blue-800 hover:bg-blue-50"
    >
      Audit
    </Link>
  );
}

/** Archived workspaces are found among all of them: the footer says how far that search has come. */
function scanStatus(scan: ArchivedScan, hasNextPage: boolean, isFetchingNextPage: boolean): string {
  const progress = `${n(scan.checked)} of ${n(scan.total)}`;
  if (isFetchingNextPage) return `Checking more workspaces for archived ones… (${progress} checked)`;
  if (hasNextPage) return `${progress} workspaces checked`;
  return `All ${n(scan.checked)} workspaces checked`;
}

function noneArchivedDetail(checked: number, q: string | undefined): string {
  const which = q ? `matching “${q}”` : 'in this environment';
  if (checked === 0) return q ? `No workspace matches “${q}”.` : 'This environment has no workspaces.';
  if (checked === 1) return `The one workspace ${which} is not archived.`;
  return `None of the ${n(checked)} workspaces ${which} is archived.`;
}

function NoneArchived({ scan, search, onSearchChange }: Omit<Props, 'query'>) {
  return (
    <div className="p-8 text-center text-slate-600">
      <p className="font-medium text-slate-900">No archived workspaces</p>
      <p className="mt-1 text-sm">{noneArchivedDetail(scan.checked, search.q)}</p>
      {search.q && (
        <Button variant="link" className="mt-2" onClick={() => onSearchChange({})}>
          Clear search
        </Button>
      )}
    </div>
  );
}

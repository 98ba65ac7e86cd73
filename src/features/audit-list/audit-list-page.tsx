import { Main } from '../../components/ui/main-landmark';
import { SearchField } from '../../components/ui/search-field';
import { isApiError } from '../../lib/api-error';
import { AdminOnly } from './admin-only';
import { AuditResults } from './audit-results';
import type { AuditListSearch } from './audit-search';
import { useArchivedWorkspaces } from './use-archived-workspaces';

type Props = { search: AuditListSearch; onSearchChange: (next: AuditListSearch) => void };

/** `/audit`: the archived workspaces (organisation admins only), each leading to its audit. */
export function AuditListPage({ search, onSearchChange }: Props) {
  const { query, scan } = useArchivedWorkspaces(search);
  const forbidden =
    query.isError && !query.isFetchNextPageError && isApiError(query.error) && query.error.isForbidden;
  return (
    <Main className="flex min-h-0 flex-1 flex-col">
      <div className="border-b border-slate-200 bg-white px-4 py-3">
        <h1 className="text-lg font-semibold">Archived workspaces</h1>
        <p className="text-sm text-slate-600">
          Archived workspaces are read-only. Audit one to check what it holds, or open it to look around.
        </p>
      </div>
      {forbidden ? (
        <AdminOnly error={query.error} />
      ) : (
        <>
          <search className="flex flex-wrap items-end gap-3 border-b border-slate-200 bg-white px-4 py-3">
            <SearchField
              label="Search archived workspaces"
              placeholder="Name or description"
              value={search.q ?? ''}
              onCommit={(q) => onSearchChange({ q: q || undefined })}
            />
          </search>
          <AuditResults query={query} scan={scan} search={search} onSearchChange={onSearchChange} />
        </>
      )}
    </Main>
  );
}

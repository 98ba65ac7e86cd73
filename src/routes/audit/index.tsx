import { createFileRoute } from '@tanstack/react-router';
import { workspaceQueries } from '../../api/workspaces/queries';
import { AuditListPage } from '../../features/audit-list/audit-list-page';
import { auditListFilters, auditListSearchSchema } from '../../features/audit-list/audit-search';

export const Route = createFileRoute('/audit/')({
  validateSearch: auditListSearchSchema,
  loaderDeps: ({ search }) => search,
  // Warm the cache only; the page reads the same query options and renders its own loading state.
  loader: ({ context, deps }) => {
    void context.queryClient
      .infiniteQuery(workspaceQueries.infinite(auditListFilters(deps)))
      .catch(() => undefined);
  },
  component: AuditRoute,
});

function AuditRoute() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  return (
    <AuditListPage search={search} onSearchChange={(next) => navigate({ search: next, replace: true })} />
  );
}

import { createFileRoute, stripSearchParams } from '@tanstack/react-router';
import { workspaceFiltersSchema } from '../../api/workspaces/filters';
import { workspaceQueries } from '../../api/workspaces/queries';
import { WorkspaceListPage } from '../../features/workspace-list/workspace-list-page';

export const Route = createFileRoute('/workspaces/')({
  validateSearch: workspaceFiltersSchema,
  search: { middlewares: [stripSearchParams({ sort: 'name:asc' })] },
  loaderDeps: ({ search }) => search,
  // Warm the cache only; the page reads the same query options and renders its own loading state.
  loader: ({ context, deps }) => {
    void context.queryClient.infiniteQuery(workspaceQueries.list(deps)).catch(() => undefined);
  },
  component: WorkspacesRoute,
});

function WorkspacesRoute() {
  const filters = Route.useSearch();
  const navigate = Route.useNavigate();
  return (
    <WorkspaceListPage
      filters={filters}
      onFiltersChange={(next) => navigate({ search: next, replace: true })}
    />
  );
}

import { createFileRoute, Link, notFound, Outlet } from '@tanstack/react-router';
import { entityQueries } from '../../../../api/entities/queries';
import { NotFound } from '../../../../components/ui/not-found';
import { isApiError } from '../../../../lib/api-error';

export const Route = createFileRoute('/workspaces/$workspaceId/entities/$entityId')({
  params: {
    parse: ({ entityId }) => ({ entityId: Number(entityId) }),
    stringify: ({ entityId }) => ({ entityId: String(entityId) }),
  },
  loader: async ({ context, params }) => {
    if (!Number.isInteger(params.entityId) || params.entityId <= 0) throw notFound();
    try {
      await context.queryClient.query(entityQueries.detail(params.workspaceId, params.entityId));
    } catch (error) {
      if (isApiError(error) && error.isNotFound) throw notFound();
      // Other failures reach this pane's error boundary through the component's query, with retry.
    }
  },
  notFoundComponent: () => <NotFound what="entity" />,
  component: EntityLayout,
});

const tabClass = 'border-b-2 px-3 py-2 text-sm font-medium';
const activeTab = { className: `${tabClass} border-blue-700 text-blue-800` };
const inactiveTab = { className: `${tabClass} border-transparent text-slate-600 hover:text-slate-900` };

function EntityLayout() {
  const { workspaceId, entityId } = Route.useParams();
  return (
    <div className="flex min-h-full flex-col">
      <nav aria-label="Entity views" className="flex gap-1 border-b border-slate-200 bg-white px-4">
        <Link
          to="/workspaces/$workspaceId/entities/$entityId"
          params={{ workspaceId, entityId }}
          search={(previous) => ({ types: (previous as { types?: number[] }).types })}
          activeOptions={{ exact: true, includeSearch: false }}
          activeProps={activeTab}
          inactiveProps={inactiveTab}
        >
          Details
        </Link>
        <Link
          to="/workspaces/$workspaceId/entities/$entityId/revisions"
          params={{ workspaceId, entityId }}
          search={(previous) => ({ types: (previous as { types?: number[] }).types })}
          activeOptions={{ includeSearch: false }}
          activeProps={activeTab}
          inactiveProps={inactiveTab}
        >
          Revisions
        </Link>
        <Link
          to="/workspaces/$workspaceId/entities/$entityId/edit"
          params={{ workspaceId, entityId }}
          search={(previous) => ({ types: (previous as { types?: number[] }).types })}
          activeOptions={{ includeSearch: false }}
          activeProps={activeTab}
          inactiveProps={inactiveTab}
        >
          Edit
        </Link>
      </nav>
      <Outlet />
    </div>
  );
}

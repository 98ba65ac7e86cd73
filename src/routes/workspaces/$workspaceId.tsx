import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute, Link, notFound } from '@tanstack/react-router';
import { workspaceQueries } from '../../api/workspaces/queries';
import { NotFound } from '../../components/ui/not-found';
import { isApiError } from '../../lib/api-error';

export const Route = createFileRoute('/workspaces/$workspaceId')({
  params: {
    parse: ({ workspaceId }) => ({ workspaceId: Number(workspaceId) }),
    stringify: ({ workspaceId }) => ({ workspaceId: String(workspaceId) }),
  },
  loader: async ({ context, params }) => {
    if (!Number.isInteger(params.workspaceId) || params.workspaceId <= 0) throw notFound();
    try {
      await context.queryClient.query(workspaceQueries.detail(params.workspaceId));
    } catch (error) {
      if (isApiError(error) && error.isNotFound) throw notFound();
      // Anything else: the component's query surfaces it to the error boundary with a retry.
    }
  },
  notFoundComponent: () => <NotFound what="workspace" />,
  component: WorkspaceRoute,
});

function WorkspaceRoute() {
  const { workspaceId } = Route.useParams();
  const { data: workspace } = useSuspenseQuery(workspaceQueries.detail(workspaceId));
  return (
    <main className="mx-auto w-full max-w-5xl p-6">
      <Link to="/workspaces" className="text-sm font-medium text-blue-700 hover:underline">
        ← All workspaces
      </Link>
      <h1 className="mt-2 text-xl font-semibold">{workspace.name}</h1>
      {workspace.description && <p className="mt-1 text-slate-600">{workspace.description}</p>}
      <p className="mt-6 text-slate-500">The entity tree of this workspace comes here.</p>
    </main>
  );
}

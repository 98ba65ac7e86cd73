import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute, notFound } from '@tanstack/react-router';
import { userQueries } from '../../api/users/queries';
import { workspaceQueries } from '../../api/workspaces/queries';
import { AuditNotFound } from '../../features/audit-run/audit-not-found';
import { AuditPage } from '../../features/audit-run/audit-page';
import { isApiError } from '../../lib/api-error';
import { runtimeConfigQuery } from '../../lib/runtime-config';

export const Route = createFileRoute('/audit/$workspaceId')({
  params: {
    parse: ({ workspaceId }) => ({ workspaceId: Number(workspaceId) }),
    stringify: ({ workspaceId }) => ({ workspaceId: String(workspaceId) }),
  },
  loader: async ({ context, params }) => {
    if (!Number.isInteger(params.workspaceId) || params.workspaceId <= 0) throw notFound();
    // The audit's scope: warmed alongside the workspace, read by the page.
    void context.queryClient.query(runtimeConfigQuery()).catch(() => undefined);
    void context.queryClient.query(userQueries.current()).catch(() => undefined);
    try {
      await context.queryClient.query(workspaceQueries.detail(params.workspaceId));
    } catch (error) {
      // Archived workspaces are a 404 to anyone but an organisation admin.
      if (isApiError(error) && error.isNotFound) throw notFound();
      // Other failures: the component's query raises them to the route's error boundary, with retry.
    }
  },
  notFoundComponent: AuditNotFound,
  component: AuditRoute,
});

function AuditRoute() {
  const { workspaceId } = Route.useParams();
  const { data: workspace } = useSuspenseQuery(workspaceQueries.detail(workspaceId));
  // Keyed: another workspace is another audit.
  return <AuditPage key={workspaceId} workspace={workspace} />;
}

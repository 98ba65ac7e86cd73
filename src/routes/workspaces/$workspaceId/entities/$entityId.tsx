import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute, notFound } from '@tanstack/react-router';
import { entityQueries } from '../../../../api/entities/queries';
import { workspaceQueries } from '../../../../api/workspaces/queries';
import { NotFound } from '../../../../components/ui/not-found';
import { ComputePanel } from '../../../../features/entity-compute/compute-panel';
import { EntityDetailPage } from '../../../../features/entity-detail/entity-detail-page';
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
  component: EntityRoute,
});

function EntityRoute() {
  const { workspaceId, entityId } = Route.useParams();
  const { data: workspace } = useSuspenseQuery(workspaceQueries.detail(workspaceId));
  const { data: detail } = useSuspenseQuery(entityQueries.detail(workspaceId, entityId));
  const readOnlyReason = workspace.is_archived
    ? 'This workspace is archived: methods cannot be run.'
    : detail.paramsForbidden
      ? 'You may not read this entity’s parameters, so you cannot run its methods.'
      : undefined;
  return (
    <EntityDetailPage
      workspace={workspace}
      detail={detail}
      computePanel={
        <ComputePanel
          workspaceId={workspaceId}
          entityId={entityId}
          entityParams={detail.entity.properties}
          readOnlyReason={readOnlyReason}
        />
      }
    />
  );
}

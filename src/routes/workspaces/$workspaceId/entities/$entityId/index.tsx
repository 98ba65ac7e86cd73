import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { entityQueries } from '../../../../../api/entities/queries';
import { useComputeBlocker, useWriteBlocker } from '../../../../../api/entities/use-write-blocker';
import { workspaceQueries } from '../../../../../api/workspaces/queries';
import { EntityActions } from '../../../../../features/entity-actions/entity-actions';
import { ComputePanel } from '../../../../../features/entity-compute/compute-panel';
import { EntityDetailPage } from '../../../../../features/entity-detail/entity-detail-page';

export const Route = createFileRoute('/workspaces/$workspaceId/entities/$entityId/')({
  component: EntityRoute,
});

function EntityRoute() {
  const { workspaceId, entityId } = Route.useParams();
  const { data: workspace } = useSuspenseQuery(workspaceQueries.detail(workspaceId));
  const { data: detail } = useSuspenseQuery(entityQueries.detail(workspaceId, entityId));
  const writeBlocker = useWriteBlocker(workspace, detail);
  const computeBlocker = useComputeBlocker(workspace, detail);
  return (
    <EntityDetailPage
      workspace={workspace}
      detail={detail}
      renderActions={(parentId) => (
        <EntityActions
          workspaceId={workspaceId}
          entity={detail.entity}
          parentId={parentId}
          readOnlyReason={writeBlocker}
        />
      )}
      computePanel={
        <ComputePanel
          workspaceId={workspaceId}
          entityId={entityId}
          entityParams={detail.entity.properties}
          readOnlyReason={computeBlocker}
        />
      }
    />
  );
}

import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { entityQueries } from '../../../../../api/entities/queries';
import { useWriteBlocker } from '../../../../../api/entities/use-write-blocker';
import { workspaceQueries } from '../../../../../api/workspaces/queries';
import { EditPage } from '../../../../../features/param-editor/edit-page';

export const Route = createFileRoute('/workspaces/$workspaceId/entities/$entityId/edit')({
  component: EditRoute,
});

function EditRoute() {
  const { workspaceId, entityId } = Route.useParams();
  const { data: workspace } = useSuspenseQuery(workspaceQueries.detail(workspaceId));
  const { data: detail } = useSuspenseQuery(entityQueries.detail(workspaceId, entityId));
  const writeBlocker = useWriteBlocker(workspace, detail);
  // Keyed: a new entity is a new edit session (its own base and draft).
  return <EditPage key={entityId} workspace={workspace} detail={detail} readOnlyReason={writeBlocker} />;
}

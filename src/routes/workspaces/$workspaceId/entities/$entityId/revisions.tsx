import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { entityQueries } from '../../../../../api/entities/queries';
import { revisionQueries } from '../../../../../api/revisions/queries';
import { workspaceQueries } from '../../../../../api/workspaces/queries';
import { diffSearchSchema } from '../../../../../features/revision-diff/diff-search';
import { RevisionsPage } from '../../../../../features/revision-diff/revisions-page';

export const Route = createFileRoute('/workspaces/$workspaceId/entities/$entityId/revisions')({
  validateSearch: diffSearchSchema,
  loader: ({ context, params }) => {
    void context.queryClient
      .infiniteQuery(revisionQueries.infinite(params.workspaceId, params.entityId))
      .catch(() => undefined);
  },
  component: RevisionsRoute,
});

function RevisionsRoute() {
  const { workspaceId, entityId } = Route.useParams();
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  const { data: workspace } = useSuspenseQuery(workspaceQueries.detail(workspaceId));
  const { data: detail } = useSuspenseQuery(entityQueries.detail(workspaceId, entityId));
  return (
    <RevisionsPage
      key={entityId}
      workspace={workspace}
      detail={detail}
      search={search}
      onSearchChange={(patch) =>
        navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true })
      }
    />
  );
}

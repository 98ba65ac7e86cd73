import { createFileRoute } from '@tanstack/react-router';
import { z } from 'zod/mini';
import { DriftPage } from '../../../features/params-drift/drift-page';

const driftSearchSchema = z.object({
  type: z.catch(z.optional(z.coerce.number().check(z.int(), z.positive())), undefined),
});

export const Route = createFileRoute('/workspaces/$workspaceId/drift')({
  validateSearch: driftSearchSchema,
  component: DriftRoute,
});

function DriftRoute() {
  const { workspaceId } = Route.useParams();
  const { type } = Route.useSearch();
  const navigate = Route.useNavigate();
  return (
    <DriftPage
      workspaceId={workspaceId}
      entityTypeId={type}
      onTypeChange={(next) => navigate({ search: (previous) => ({ ...previous, type: next }) })}
    />
  );
}

import { createFileRoute } from '@tanstack/react-router';
import { entityQueries } from '../api/entities/queries';
import { workspaceQueries } from '../api/workspaces/queries';
import { ComparePage } from '../features/entity-compare/compare-page';
import { compareSearchSchema } from '../features/entity-compare/compare-search';
import { parseEntityRef } from '../lib/entity-ref';

export const Route = createFileRoute('/compare')({
  validateSearch: compareSearchSchema,
  loaderDeps: ({ search }) => ({ a: search.a, b: search.b }),
  // Only warms the cache: each side reads on its own, so one failing never blocks the page.
  loader: ({ context: { queryClient }, deps }) => {
    for (const ref of [parseEntityRef(deps.a), parseEntityRef(deps.b)]) {
      if (!ref) continue;
      void queryClient.query(workspaceQueries.detail(ref.workspaceId)).catch(() => undefined);
      void queryClient.query(entityQueries.detail(ref.workspaceId, ref.entityId)).catch(() => undefined);
    }
  },
  component: CompareRoute,
});

function CompareRoute() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  return (
    <ComparePage
      search={search}
      onSearchChange={(patch) =>
        navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true })
      }
    />
  );
}

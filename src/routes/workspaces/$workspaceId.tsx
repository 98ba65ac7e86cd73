import { useInfiniteQuery, useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute, notFound, Outlet, useParams } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { z } from 'zod/mini';
import { entityTypeQueries } from '../../api/entity-types/queries';
import { workspaceQueries } from '../../api/workspaces/queries';
import { Main } from '../../components/ui/main-landmark';
import { NotFound } from '../../components/ui/not-found';
import { EntityTree } from '../../features/entity-tree/entity-tree';
import { TypeFilter } from '../../features/entity-tree/type-filter';
import { useRevealEntity } from '../../features/entity-tree/use-reveal-entity';
import { WorkspaceHeader } from '../../features/workspace-header/workspace-header';
import { isApiError } from '../../lib/api-error';
import { flattenPages } from '../../lib/pagination';
import { readable } from '../../lib/schema-helpers';

const workspaceSearchSchema = z.object({
  types: z.catch(z.optional(z.array(z.coerce.number().check(z.int(), z.positive()))), undefined),
});

export const Route = createFileRoute('/workspaces/$workspaceId')({
  params: {
    parse: ({ workspaceId }) => ({ workspaceId: Number(workspaceId) }),
    stringify: ({ workspaceId }) => ({ workspaceId: String(workspaceId) }),
  },
  validateSearch: workspaceSearchSchema,
  loader: async ({ context, params }) => {
    if (!Number.isInteger(params.workspaceId) || params.workspaceId <= 0) throw notFound();
    void context.queryClient.infiniteQuery(entityTypeQueries.list(params.workspaceId)).catch(() => undefined);
    try {
      await context.queryClient.query(workspaceQueries.detail(params.workspaceId));
    } catch (error) {
      if (isApiError(error) && error.isNotFound) throw notFound();
      // Other failures: the component's query raises them to the route's error boundary, with retry.
    }
  },
  notFoundComponent: () => <NotFound what="workspace" />,
  component: WorkspaceRoute,
});

function WorkspaceRoute() {
  const { workspaceId } = Route.useParams();
  const { data: workspace } = useSuspenseQuery(workspaceQueries.detail(workspaceId));
  return (
    <Main className="flex min-h-0 flex-1 flex-col">
      <WorkspaceHeader workspace={workspace} />
      {/* Keyed: expand state belongs to one workspace and survives moving between its entities. */}
      <WorkspaceBody key={workspaceId} workspaceId={workspaceId} workspaceName={workspace.name} />
    </Main>
  );
}

function WorkspaceBody({ workspaceId, workspaceName }: { workspaceId: number; workspaceName: string }) {
  const { types = [] } = Route.useSearch();
  const navigate = Route.useNavigate();
  const { entityId } = useParams({ strict: false }) as { entityId?: number };
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(() => new Set());
  useRevealEntity(workspaceId, entityId, setExpanded);

  const typesQuery = useInfiniteQuery(entityTypeQueries.list(workspaceId));
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = typesQuery;
  // The child-type rules need every type; a workspace has tens of types, so all pages are few.
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const typePages = typesQuery.data?.pages;
  // The tree's rules and filter need readable types; an unreadable one is simply not known here.
  const entityTypes = useMemo(
    () => (typePages ? readable(flattenPages(typePages).items) : undefined),
    [typePages],
  );

  return (
    <div className="flex min-h-0 flex-1 flex-col md:flex-row">
      <nav
        aria-label="Entity tree"
        className="flex max-h-[45vh] min-h-48 flex-col border-slate-200 bg-white md:max-h-none md:w-80 md:resize-x md:overflow-auto md:border-r lg:w-96"
      >
        {entityTypes && entityTypes.length > 0 && (
          <TypeFilter
            entityTypes={entityTypes}
            selected={types}
            onChange={(next) =>
              navigate({
                search: (previous) => ({ ...previous, types: next.length ? next : undefined }),
                replace: true,
              })
            }
          />
        )}
        <EntityTree
          workspaceId={workspaceId}
          workspaceName={workspaceName}
          selectedEntityId={entityId}
          expanded={expanded}
          setExpanded={setExpanded}
          typeFilter={types}
          entityTypes={entityTypes}
        />
      </nav>
      <section aria-label="Entity detail" className="min-h-0 min-w-0 flex-1 overflow-auto">
        <Outlet />
      </section>
    </div>
  );
}

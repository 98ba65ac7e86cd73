import { type InfiniteData, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Paginated } from '../../lib/schema-helpers';
import { revisionQueries } from '../revisions/queries';
import { updateEntity } from './endpoints';
import { entityQueries } from './queries';
import type { Entity, EntityWrite } from './schemas';

/**
 * PUT `{name, properties, message}`: a new revision (set params, rename and restore are all this).
 * The answer is the saved entity: it goes straight into the detail cache; the revision list is
 * refetched; the tree lists get the new name in place (membership does not change) and are marked
 * stale so their next read asks the server.
 */
export function useUpdateEntityMutation(workspaceId: number, entityId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    // Edits of one entity run one after another, so a rename cannot overtake a params save.
    scope: { id: `entity-${workspaceId}-${entityId}` },
    mutationFn: (body: EntityWrite) => updateEntity(workspaceId, entityId, body),
    onSuccess: (entity) => {
      queryClient.setQueryData(entityQueries.detail(workspaceId, entityId).queryKey, {
        entity,
        paramsForbidden: false,
      });
      queryClient.setQueriesData<InfiniteData<Paginated<Entity>>>(
        { queryKey: entityQueries.treeLists(workspaceId) },
        (data) => renameInPages(data, entity),
      );
      void queryClient.invalidateQueries({
        queryKey: entityQueries.treeLists(workspaceId),
        refetchType: 'none',
      });
      return queryClient.invalidateQueries({ queryKey: revisionQueries.entity(workspaceId, entityId) });
    },
  });
}

function renameInPages(data: InfiniteData<Paginated<Entity>> | undefined, saved: Entity) {
  if (!data?.pages.some((page) => page.results.some((entity) => entity.id === saved.id))) return data;
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      results: page.results.map((entity) =>
        entity.id === saved.id ? { ...entity, name: saved.name, updated_at: saved.updated_at } : entity,
      ),
    })),
  };
}

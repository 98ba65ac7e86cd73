import { type InfiniteData, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Paginated } from '../../lib/schema-helpers';
import { revisionQueries } from '../revisions/queries';
import { createChildEntity, createRootEntity, deleteEntity, updateEntity } from './endpoints';
import { type EntityDetail, entityQueries, getEntityDetail } from './queries';
import { SavedOverConcurrentEditError, type SaveRequest, saveEntityChecked } from './save-entity';
import type { Entity, EntityCreate } from './schemas';

/** Edits of one entity run one after another: a rename cannot overtake (or clobber) a params save. */
const entityScope = (workspaceId: number, entityId: number) => ({ id: `entity-${workspaceId}-${entityId}` });

/**
 * The saved entity goes straight into the detail cache; its revisions are refetched; tree lists get
 * the new name in place (membership does not change) and are marked stale.
 */
function applySaved(queryClient: QueryClient, workspaceId: number, entity: Entity) {
  queryClient.setQueryData<EntityDetail>(entityQueries.detail(workspaceId, entity.id).queryKey, {
    entity,
    paramsForbidden: false,
  });
  queryClient.setQueriesData<InfiniteData<Paginated<Entity>>>(
    { queryKey: entityQueries.treeLists(workspaceId) },
    (data) => renameInPages(data, entity),
  );
  void queryClient.invalidateQueries({ queryKey: entityQueries.treeLists(workspaceId), refetchType: 'none' });
  return queryClient.invalidateQueries({ queryKey: revisionQueries.entity(workspaceId, entity.id) });
}

/**
 * Save params (a PUT, so a new revision), checked for concurrent saves on both sides of the PUT (see
 * saveEntityChecked). Optimistic: the detail view shows the new params at once and rolls back if the
 * save fails; a save that landed just after someone else's is kept (it is saved) and reported.
 */
export function useSaveEntityMutation(workspaceId: number, entityId: number) {
  const queryClient = useQueryClient();
  const detailKey = entityQueries.detail(workspaceId, entityId).queryKey;
  return useMutation({
    scope: entityScope(workspaceId, entityId),
    mutationFn: (request: SaveRequest) => saveEntityChecked(workspaceId, entityId, request),
    onMutate: async ({ name, properties }) => {
      await queryClient.cancelQueries({ queryKey: detailKey });
      const previous = queryClient.getQueryData<EntityDetail>(detailKey);
      if (previous) {
        queryClient.setQueryData<EntityDetail>(detailKey, {
          ...previous,
          entity: { ...previous.entity, name, properties },
        });
      }
      return { previous };
    },
    onError: (error, _variables, context) => {
      if (error instanceof SavedOverConcurrentEditError)
        void applySaved(queryClient, workspaceId, error.saved);
      else if (context?.previous) queryClient.setQueryData(detailKey, context.previous);
    },
    onSuccess: (entity) => applySaved(queryClient, workspaceId, entity),
  });
}

/**
 * Rename is a PUT too, so it must carry params: the latest ones, read when the rename runs (after any
 * pending save of the same entity, thanks to the scope), never the ones on screen.
 */
export function useRenameEntityMutation(workspaceId: number, entityId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    scope: entityScope(workspaceId, entityId),
    mutationFn: async (name: string) => {
      const latest = await getEntityDetail(workspaceId, entityId);
      if (latest.paramsForbidden)
        throw new Error('You may not read this entity’s parameters, so it cannot be renamed.');
      return updateEntity(workspaceId, entityId, {
        name,
        properties: latest.entity.properties ?? {},
        message: `Renamed from “${latest.entity.name}” to “${name}”`,
      });
    },
    onSuccess: (entity) => applySaved(queryClient, workspaceId, entity),
  });
}

/** Restore: a plain PUT of an old revision's params under the current name. */
export function useUpdateEntityMutation(workspaceId: number, entityId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    scope: entityScope(workspaceId, entityId),
    mutationFn: (body: { name: string; properties: Record<string, unknown>; message?: string }) =>
      updateEntity(workspaceId, entityId, body),
    onSuccess: (entity) => applySaved(queryClient, workspaceId, entity),
  });
}

/** A new child (or root, `parentId` null). The parent's list changes membership: refetch it. */
export function useCreateEntityMutation(workspaceId: number, parentId: number | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EntityCreate) =>
      parentId === null
        ? createRootEntity(workspaceId, body)
        : createChildEntity(workspaceId, parentId, body),
    onSuccess: () =>
      // The tree reads its lists without observers: `all`, or nothing would refetch.
      queryClient.invalidateQueries({
        queryKey: entityQueries.children(workspaceId, parentId).queryKey,
        refetchType: 'all',
      }),
  });
}

/** Delete takes the subtree with it: drop the entity's caches, refetch its parent's list. */
export function useDeleteEntityMutation(workspaceId: number, entityId: number, parentId: number | null) {
  const queryClient = useQueryClient();
  return useMutation({
    scope: entityScope(workspaceId, entityId),
    mutationFn: () => deleteEntity(workspaceId, entityId),
    onSuccess: async () => {
      await queryClient.cancelQueries({ queryKey: entityQueries.detail(workspaceId, entityId).queryKey });
      queryClient.removeQueries({ queryKey: entityQueries.detail(workspaceId, entityId).queryKey });
      queryClient.removeQueries({ queryKey: entityQueries.children(workspaceId, entityId).queryKey });
      queryClient.removeQueries({ queryKey: revisionQueries.entity(workspaceId, entityId) });
      queryClient.removeQueries({ queryKey: entityQueries.ancestors(workspaceId, entityId).queryKey });
      await queryClient.invalidateQueries({
        queryKey: entityQueries.children(workspaceId, parentId).queryKey,
        refetchType: 'all',
      });
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

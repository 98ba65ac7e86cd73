import { type InfiniteData, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../lib/api-error';
import { isUnreadable, type Listed, type Paginated } from '../../lib/schema-helpers';
import { revisionQueries } from '../revisions/queries';
import { createChildEntity, createRootEntity, deleteEntity } from './endpoints';
import { type EntityDetail, entityQueries, getEntityDetail } from './queries';
import {
  EmptyParamsRefusedError,
  SavedOverConcurrentEditError,
  type SaveRequest,
  SaveUnverifiedError,
  saveEntityChecked,
} from './save-entity';
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

/** The entity a failed-looking save did write: the PUT went in, only the check after it had news. */
export function savedDespite(error: unknown): Entity | undefined {
  if (error instanceof SavedOverConcurrentEditError || error instanceof SaveUnverifiedError)
    return error.saved;
  return undefined;
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
      const saved = savedDespite(error);
      if (saved) void applySaved(queryClient, workspaceId, saved);
      else if (context?.previous) queryClient.setQueryData(detailKey, context.previous);
      // Deleted meanwhile: the tree should stop listing it. The detail stays as it is, so the editor
      // keeps showing the values it could not save.
      if (isApiError(error) && error.isNotFound) {
        void queryClient.invalidateQueries({ queryKey: entityQueries.treeLists(workspaceId) });
      }
    },
    onSuccess: (entity) => applySaved(queryClient, workspaceId, entity),
  });
}

/**
 * Rename is a PUT too, so it must carry params: the latest ones, read when the rename runs (after any
 * pending save of the same entity, thanks to the scope), never the ones on screen, and never `{}` for
 * params the server did not send. Checked like a save, so a save landing at the same moment is reported.
 */
export function useRenameEntityMutation(workspaceId: number, entityId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    scope: entityScope(workspaceId, entityId),
    mutationFn: async (name: string) => {
      const { entity: latest, paramsForbidden } = await getEntityDetail(workspaceId, entityId);
      if (paramsForbidden || latest.properties === undefined)
        throw new EmptyParamsRefusedError(
          paramsForbidden
            ? 'You may not read this entity’s parameters, so it cannot be renamed without risking them.'
            : 'The server did not send this entity’s parameters, so it cannot be renamed without risking them.',
        );
      return saveEntityChecked(workspaceId, entityId, {
        base: { name: latest.name, properties: latest.properties, updatedAt: latest.updated_at },
        name,
        properties: latest.properties,
        message: `Renamed from “${latest.name}” to “${name}”`,
      });
    },
    onError: (error) => {
      const saved = savedDespite(error);
      if (saved) void applySaved(queryClient, workspaceId, saved);
    },
    onSuccess: (entity) => applySaved(queryClient, workspaceId, entity),
  });
}

/**
 * Restore: an old revision's params saved as a new revision under the current name, checked like a
 * save against the entity as the user saw it when choosing to restore.
 */
export function useRestoreRevisionMutation(workspaceId: number, entity: Entity) {
  const queryClient = useQueryClient();
  return useMutation({
    scope: entityScope(workspaceId, entity.id),
    mutationFn: ({ properties, message }: { properties: Record<string, unknown>; message?: string }) => {
      if (entity.properties === undefined)
        throw new EmptyParamsRefusedError(
          'The current parameters were not sent, so a restore cannot be checked.',
        );
      return saveEntityChecked(workspaceId, entity.id, {
        base: { name: entity.name, properties: entity.properties, updatedAt: entity.updated_at },
        name: entity.name,
        properties,
        message,
      });
    },
    onError: (error) => {
      const saved = savedDespite(error);
      if (saved) void applySaved(queryClient, workspaceId, saved);
    },
    onSuccess: (saved) => applySaved(queryClient, workspaceId, saved),
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
  // An item the list could not read stays as it was: the next refetch reads it afresh.
  const isSaved = (item: Listed<Entity>): item is Entity => !isUnreadable(item) && item.id === saved.id;
  if (!data?.pages.some((page) => page.results.some(isSaved))) return data;
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      results: page.results.map((item) =>
        isSaved(item) ? { ...item, name: saved.name, updated_at: saved.updated_at } : item,
      ),
    })),
  };
}

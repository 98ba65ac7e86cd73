import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { isApiError } from '../../lib/api-error';
import { offsetPaging } from '../../lib/pagination';
import {
  getEntity,
  getEntityParent,
  listEntityChildren,
  listEntitySiblings,
  listRootEntities,
} from './endpoints';
import type { Entity } from './schemas';

/** An entity as a page shows it: with its params, unless the user may only navigate it. */
export type EntityDetail = { entity: Entity; paramsForbidden: boolean };

/**
 * One request in the usual case. A user with read-navigate/read-basic rights gets 403 on params;
 * then the entity is fetched without them, so the page can still show everything else.
 */
export async function getEntityDetail(
  workspaceId: number,
  entityId: number,
  signal?: AbortSignal,
): Promise<EntityDetail> {
  try {
    return {
      entity: await getEntity(workspaceId, entityId, { properties: true }, { signal }),
      paramsForbidden: false,
    };
  } catch (error) {
    if (!(isApiError(error) && error.isForbidden)) throw error;
    return { entity: await getEntity(workspaceId, entityId, {}, { signal }), paramsForbidden: true };
  }
}

// Tree lists are read straight from the cache by the tree (no observer per node), so keep them
// around well beyond the default five minutes of an unobserved query.
const TREE_GC_TIME = 30 * 60_000;

export const entityQueries = {
  all: () => ['entities'] as const,
  workspace: (workspaceId: number) => [...entityQueries.all(), workspaceId] as const,
  details: (workspaceId: number) => [...entityQueries.workspace(workspaceId), 'detail'] as const,
  detail: (workspaceId: number, entityId: number) =>
    queryOptions({
      queryKey: [...entityQueries.details(workspaceId), entityId] as const,
      queryFn: ({ signal }) => getEntityDetail(workspaceId, entityId, signal),
    }),
  parent: (workspaceId: number, entityId: number) =>
    queryOptions({
      queryKey: [...entityQueries.workspace(workspaceId), 'parent', entityId] as const,
      queryFn: ({ signal }) => getEntityParent(workspaceId, entityId, { signal }),
    }),
  /**
   * Ancestor ids, root first. From the entity's `path` when the server sends it (inferred field),
   * else by walking `parent/` until a root answers 404/403.
   */
  ancestors: (workspaceId: number, entityId: number) =>
    queryOptions({
      queryKey: [...entityQueries.workspace(workspaceId), 'ancestors', entityId] as const,
      queryFn: async ({ client }) => {
        const { entity } = await client.query(entityQueries.detail(workspaceId, entityId));
        if (entity.path) return entity.path.filter((id) => id !== entityId);
        const chain: number[] = [];
        for (let id = entityId; chain.length < 100; ) {
          try {
            id = (await client.query(entityQueries.parent(workspaceId, id))).id;
          } catch (error) {
            if (isApiError(error) && (error.isNotFound || error.isForbidden)) break;
            throw error;
          }
          chain.unshift(id);
        }
        return chain;
      },
      staleTime: 5 * 60_000,
    }),
  /** Key prefix of every tree list (roots and children) of a workspace. */
  treeLists: (workspaceId: number) => [...entityQueries.workspace(workspaceId), 'tree'] as const,
  /** One level of the tree: the roots (`parentId` null) or an entity's children. */
  children: (workspaceId: number, parentId: number | null) =>
    infiniteQueryOptions({
      queryKey: [...entityQueries.treeLists(workspaceId), 'children', parentId] as const,
      queryFn: ({ pageParam, signal }) => {
        const params = { page: { offset: pageParam } };
        return parentId === null
          ? listRootEntities(workspaceId, params, { signal })
          : listEntityChildren(workspaceId, parentId, params, { signal });
      },
      ...offsetPaging,
      gcTime: TREE_GC_TIME,
    }),
  siblings: (workspaceId: number, entityId: number) =>
    infiniteQueryOptions({
      queryKey: [...entityQueries.workspace(workspaceId), 'siblings', entityId] as const,
      queryFn: ({ pageParam, signal }) =>
        listEntitySiblings(workspaceId, entityId, { page: { offset: pageParam } }, { signal }),
      ...offsetPaging,
    }),
};

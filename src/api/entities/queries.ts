import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { offsetPaging } from '../../lib/pagination';
import {
  getEntity,
  getEntityParent,
  listEntityChildren,
  listEntitySiblings,
  listRootEntities,
} from './endpoints';

export const entityQueries = {
  all: () => ['entities'] as const,
  details: () => [...entityQueries.all(), 'detail'] as const,
  /** The entity with its params: what every page that shows an entity needs. */
  detail: (workspaceId: number, entityId: number) =>
    queryOptions({
      queryKey: [...entityQueries.details(), workspaceId, entityId] as const,
      queryFn: ({ signal }) => getEntity(workspaceId, entityId, { properties: true }, { signal }),
    }),
  parent: (workspaceId: number, entityId: number) =>
    queryOptions({
      queryKey: [...entityQueries.all(), 'parent', workspaceId, entityId] as const,
      queryFn: ({ signal }) => getEntityParent(workspaceId, entityId, { signal }),
    }),
  roots: (workspaceId: number) =>
    infiniteQueryOptions({
      queryKey: [...entityQueries.all(), 'roots', workspaceId] as const,
      queryFn: ({ pageParam, signal }) =>
        listRootEntities(workspaceId, { page: { offset: pageParam } }, { signal }),
      ...offsetPaging,
    }),
  children: (workspaceId: number, parentId: number) =>
    infiniteQueryOptions({
      queryKey: [...entityQueries.all(), 'children', workspaceId, parentId] as const,
      queryFn: ({ pageParam, signal }) =>
        listEntityChildren(workspaceId, parentId, { page: { offset: pageParam } }, { signal }),
      ...offsetPaging,
    }),
  siblings: (workspaceId: number, entityId: number) =>
    infiniteQueryOptions({
      queryKey: [...entityQueries.all(), 'siblings', workspaceId, entityId] as const,
      queryFn: ({ pageParam, signal }) =>
        listEntitySiblings(workspaceId, entityId, { page: { offset: pageParam } }, { signal }),
      ...offsetPaging,
    }),
};

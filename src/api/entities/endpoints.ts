import { z } from 'zod/mini';
import { apiRequest, type RequestOptions } from '../../lib/api-client';
import { pageSearchParams } from '../../lib/pagination';
import {
  createdEntitySchema,
  downloadSchema,
  type EntityCreate,
  type EntityWrite,
  entityCreateSchema,
  entityListSchema,
  entitySchema,
  entityWriteSchema,
} from './schemas';

type Page = { offset: number; limit?: number };
type ListParams = { page?: Page; properties?: boolean };

const base = (workspaceId: number) => `workspaces/${workspaceId}/entities/`;
const one = (workspaceId: number, entityId: number) => `${base(workspaceId)}${entityId}/`;

/** Without a page the API answers a bare array of everything; with one, `{count, results}`. */
function listSearchParams({ page, properties }: ListParams) {
  return { ...(page ? pageSearchParams(page.offset, page.limit) : {}), properties: properties || undefined };
}

export function listRootEntities(workspaceId: number, params: ListParams, options: RequestOptions = {}) {
  return apiRequest('get', base(workspaceId), entityListSchema, {
    ...options,
    searchParams: listSearchParams(params),
  });
}

export function createRootEntity(workspaceId: number, body: EntityCreate, options: RequestOptions = {}) {
  return apiRequest('post', base(workspaceId), createdEntitySchema, {
    ...options,
    json: entityCreateSchema.parse(body),
  });
}

export function getEntity(
  workspaceId: number,
  entityId: number,
  params: { properties?: boolean } = {},
  options: RequestOptions = {},
) {
  return apiRequest('get', one(workspaceId, entityId), entitySchema, {
    ...options,
    searchParams: { properties: params.properties || undefined },
  });
}

/**
 * "Set params" and "rename" are both this PUT; every call creates a new revision. Whether the reply
 * carries `properties` is not in the contract: when it does not, they are the ones just written
 * (absent means "not sent", never "empty").
 */
export async function updateEntity(
  workspaceId: number,
  entityId: number,
  body: EntityWrite,
  options: RequestOptions = {},
) {
  const written = entityWriteSchema.parse(body);
  const saved = await apiRequest('put', one(workspaceId, entityId), entitySchema, {
    ...options,
    json: written,
  });
  return saved.properties === undefined ? { ...saved, properties: written.properties } : saved;
}

/** Children go with it. The body is empty (204), so nothing is parsed. */
export function deleteEntity(workspaceId: number, entityId: number, options: RequestOptions = {}) {
  return apiRequest('delete', one(workspaceId, entityId), z.unknown(), options);
}

/** A root entity answers 404 (some servers 403 mentioning "parent"). */
export function getEntityParent(workspaceId: number, entityId: number, options: RequestOptions = {}) {
  return apiRequest('get', `${one(workspaceId, entityId)}parent/`, entitySchema, options);
}

export function listEntityChildren(
  workspaceId: number,
  entityId: number,
  params: ListParams,
  options: RequestOptions = {},
) {
  return apiRequest('get', `${one(workspaceId, entityId)}entities/`, entityListSchema, {
    ...options,
    searchParams: listSearchParams(params),
  });
}

export function createChildEntity(
  workspaceId: number,
  parentId: number,
  body: EntityCreate,
  options: RequestOptions = {},
) {
  return apiRequest('post', `${one(workspaceId, parentId)}entities/`, createdEntitySchema, {
    ...options,
    json: entityCreateSchema.parse(body),
  });
}

export function listEntitySiblings(
  workspaceId: number,
  entityId: number,
  params: ListParams,
  options: RequestOptions = {},
) {
  return apiRequest('get', `${one(workspaceId, entityId)}siblings/`, entityListSchema, {
    ...options,
    searchParams: listSearchParams(params),
  });
}

/** File entities: a short-lived URL to the file itself. */
export function getEntityDownload(workspaceId: number, entityId: number, options: RequestOptions = {}) {
  return apiRequest('get', `${one(workspaceId, entityId)}download/`, downloadSchema, options);
}

export function listEntitiesOfType(
  workspaceId: number,
  entityTypeId: number,
  page: Page,
  options: RequestOptions = {},
) {
  return apiRequest(
    'get',
    `workspaces/${workspaceId}/entity_types/${entityTypeId}/entities/`,
    entityListSchema,
    {
      ...options,
      searchParams: pageSearchParams(page.offset, page.limit),
    },
  );
}

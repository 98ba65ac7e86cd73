import { z } from 'zod/mini';
import { apiRequest, type RequestOptions } from '../../lib/api-client';
import { PAGE_SIZE } from '../../lib/pagination';
import { pageOrArraySchema } from '../../lib/schema-helpers';
import { entityRevisionListSchema } from '../revisions/schemas';
import type { AuditEntity } from './audit-types';

/**
 * The audit reads list items leniently: only a numeric `id` is required, every other field is taken
 * when it has the right type and is otherwise "not sent". Timestamps are kept as the exact strings the
 * server sent (the export must repeat them verbatim).
 */
const auditEntityItemSchema = z.looseObject({ id: z.number() });
const auditEntityListSchema = pageOrArraySchema(auditEntityItemSchema);

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const integer = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

export function toAuditEntity(item: Record<string, unknown> & { id: number }, parentId: number | null) {
  const entity: AuditEntity = { id: item.id, parentId };
  const fields: Partial<AuditEntity> = {
    name: text(item.name),
    entityTypeId: integer(item.entity_type),
    entityTypeName: text(item.entity_type_name),
    created_at: text(item.created_at),
    created_by: integer(item.created_by),
    updated_at: text(item.updated_at),
    last_updated_by: integer(item.last_updated_by),
  };
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) Object.assign(entity, { [key]: value });
  }
  return entity;
}

const entitiesPath = (workspaceId: number, parentId: number | null) =>
  parentId === null
    ? `workspaces/${workspaceId}/entities/`
    : `workspaces/${workspaceId}/entities/${parentId}/entities/`;

/** One page of the root entities or of an entity's children (no params: `properties` left out). */
export function listAuditEntities(
  workspaceId: number,
  parentId: number | null,
  offset: number,
  options: RequestOptions,
) {
  return apiRequest('get', entitiesPath(workspaceId, parentId), auditEntityListSchema, {
    ...options,
    searchParams: { limit: PAGE_SIZE, offset },
  });
}

/**
 * One revision at `offset` of the server's list, whatever order it lists them in, and the count.
 * `properties=false` asks a server that knows it to leave the params out (others ignore it): an audit
 * needs dates, not documents.
 */
export function listOneRevision(
  workspaceId: number,
  entityId: number,
  offset: number,
  options: RequestOptions,
) {
  return apiRequest(
    'get',
    `workspaces/${workspaceId}/entities/${entityId}/revisions/`,
    entityRevisionListSchema,
    {
      ...options,
      searchParams: { limit: 1, offset, properties: false },
    },
  );
}

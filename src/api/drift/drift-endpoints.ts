import { z } from 'zod/mini';
import { apiRequest, type RequestOptions } from '../../lib/api-client';
import { PAGE_SIZE } from '../../lib/pagination';
import { pageOrArraySchema, paramsSchema } from '../../lib/schema-helpers';

/**
 * The drift crawl reads list items leniently, like the audit: it needs an id, takes a name when sent,
 * and params when the server happened to send them. An item without a numeric id is unreadable and
 * listed as a failure; one whose `properties` are not an object has its params fetched on its own.
 */
const driftItemSchema = z.looseObject({ id: z.number() });
const driftListSchema = pageOrArraySchema(driftItemSchema);
const entityParamsSchema = z.looseObject({ id: z.number(), properties: z.optional(paramsSchema) });

export type DriftItem = { id: number; name?: string; params?: Record<string, unknown> };

export function toDriftItem(item: Record<string, unknown> & { id: number }): DriftItem {
  const params = paramsSchema.safeParse(item.properties);
  return {
    id: item.id,
    ...(typeof item.name === 'string' ? { name: item.name } : {}),
    ...(params.success ? { params: params.data } : {}),
  };
}

/**
 * One page of every entity of a type, without params: a page of 100 documents of 1 MB would be one
 * 100 MB answer parsed in one frame, while one entity at a time keeps each parse small.
 */
export function listEntitiesOfTypePage(
  workspaceId: number,
  entityTypeId: number,
  offset: number,
  options: RequestOptions,
) {
  return apiRequest(
    'get',
    `workspaces/${workspaceId}/entity_types/${entityTypeId}/entities/`,
    driftListSchema,
    {
      ...options,
      searchParams: { limit: PAGE_SIZE, offset },
    },
  );
}

/** One entity's last saved params. An answer without `properties` is "not sent", never `{}`. */
export async function getEntityParams(workspaceId: number, entityId: number, options: RequestOptions) {
  const entity = await apiRequest(
    'get',
    `workspaces/${workspaceId}/entities/${entityId}/`,
    entityParamsSchema,
    {
      ...options,
      searchParams: { properties: true },
    },
  );
  return entity.properties;
}

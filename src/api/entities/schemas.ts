import { z } from 'zod/mini';
import { type Paginated, pageOrArraySchema, paramsSchema, timestampSchema } from '../../lib/schema-helpers';
import { readEntityFast, readEntityPageFast } from './read-entity-fast';

export const entitySchema = z.looseObject({
  id: z.number(),
  name: z.string(),
  entity_type: z.number(),
  entity_type_name: z.optional(z.string()),
  /** The last saved params; only present when asked for with `?properties=true`. */
  properties: z.optional(paramsSchema),
  summary: z.optional(z.unknown()),
  locked: z._default(z.boolean(), false),
  locked_by: z.nullish(z.looseObject({})),
  created_at: z.optional(timestampSchema),
  created_by: z.nullish(z.number()),
  updated_at: z.optional(timestampSchema),
  last_updated_by: z.nullish(z.number()),
  parent_count: z.optional(z.number()),
  /** Ancestor ids, root first (inferred field: may be absent, then walk `parent/`). */
  path: z.optional(z.array(z.number())),
  deleted: z.nullish(z.string()),
  show_on_dashboard: z.optional(z.boolean()),
});
export type Entity = z.infer<typeof entitySchema>;

/**
 * One entity of a list: read by {@link readEntityFast} when it has VIKTOR's usual shape, else by
 * `entitySchema`, whose issues are this schema's (the list words them as the item's reason).
 */
const listedEntitySchema = z.pipe(
  z.unknown(),
  z.transform((value, context): Entity => {
    const fast = readEntityFast(value);
    if (fast) return fast;
    return passOn(entitySchema.safeParse(value), context);
  }),
);

/** Children, siblings and roots come as a page or, without limit+offset, as a bare array. */
const checkedEntityListSchema = pageOrArraySchema(listedEntitySchema);

/**
 * The same lists, without zod for a page whose every item has the usual shape ({@link
 * readEntityPageFast}); any other page is read item by item as above, so one odd item costs its
 * page the checked path and never hides its neighbours.
 */
export const entityListSchema = z.pipe(
  z.unknown(),
  z.transform((value, context): Paginated<Entity> => {
    const fast = readEntityPageFast(value);
    if (fast) return fast;
    return passOn(checkedEntityListSchema.safeParse(value), context);
  }),
);

/** A schema's result as this transform's: its data, or its issues as this schema's own. */
function passOn<T>(parsed: z.util.SafeParseResult<T>, context: { issues: unknown[] }): T {
  if (parsed.success) return parsed.data;
  // Finalised issues no longer carry their input; reasons are worded from the value itself.
  for (const issue of parsed.error.issues) context.issues.push({ ...issue, input: undefined });
  return z.NEVER;
}

/** Creating a child answers `[Entity]`; accept a single object as well. */
export const createdEntitySchema = z.pipe(
  z.union([z.array(entitySchema).check(z.minLength(1)), entitySchema]),
  z.transform((value) => (Array.isArray(value) ? (value[0] as Entity) : value)),
);

export const downloadSchema = z.looseObject({ temporary_download_url: z.string() });

export const entityWriteSchema = z.object({
  name: z.string().check(z.minLength(1, 'A name is required')),
  properties: paramsSchema,
  message: z.optional(z.string()),
});
export type EntityWrite = z.infer<typeof entityWriteSchema>;

export const entityCreateSchema = z.object({
  entity_type: z.number(),
  name: z.string().check(z.minLength(1, 'A name is required')),
  properties: z._default(paramsSchema, {}),
});
export type EntityCreate = z.input<typeof entityCreateSchema>;

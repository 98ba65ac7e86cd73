import { z } from 'zod/mini';
import { pageOrArraySchema, paramsSchema, timestampSchema } from '../../lib/schema-helpers';

// Field names beyond `id` are inferred: some servers say `created_at`, author and message may appear.
export const entityRevisionSchema = z.looseObject({
  id: z.number(),
  created_date: z.optional(timestampSchema),
  created_at: z.optional(timestampSchema),
  properties: z.optional(paramsSchema),
  message: z.nullish(z.string()),
  created_by: z.nullish(z.number()),
});
export type EntityRevision = z.infer<typeof entityRevisionSchema>;

export const entityRevisionListSchema = pageOrArraySchema(entityRevisionSchema);

export function revisionDate(revision: EntityRevision): string | undefined {
  return revision.created_date ?? revision.created_at;
}

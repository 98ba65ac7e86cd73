import { z } from 'zod/mini';
import { paginatedSchema } from '../../lib/schema-helpers';

export const entityTypeSchema = z.looseObject({
  id: z.number(),
  name: z.string(),
  class_name: z.optional(z.string()),
  is_file: z._default(z.boolean(), false),
  child_entity_type_ids: z._default(z.array(z.number()), []),
  show_children_as: z.nullish(z.string()),
});
export type EntityType = z.infer<typeof entityTypeSchema>;

export const entityTypePageSchema = paginatedSchema(entityTypeSchema);

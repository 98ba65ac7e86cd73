import { z } from 'zod/mini';
import { paginatedSchema } from '../../lib/schema-helpers';

export const entityTypeSchema = z.looseObject({
  id: z.number(),
  name: z.string(),
  class_name: z.optional(z.string()),
  /** Absent: not known whether entities of this type are files (the entity's own answer decides). */
  is_file: z.optional(z.boolean()),
  /**
   * Absent means unknown, not "no children": an entity of this type stays expandable and opening it
   * asks the server. An empty list is the app saying this type never has children.
   */
  child_entity_type_ids: z.optional(z.array(z.number())),
  show_children_as: z.nullish(z.string()),
});
export type EntityType = z.infer<typeof entityTypeSchema>;

export const entityTypePageSchema = paginatedSchema(entityTypeSchema);

import { z } from 'zod/mini';
import { paginatedSchema, timestampSchema } from '../../lib/schema-helpers';
import { appSchema, appVersionSchema } from '../apps/schemas';

export const labelSchema = z.looseObject({
  id: z.number(),
  name: z.string(),
  description: z.nullish(z.string()),
  color: z.nullish(z.string()),
});
export type Label = z.infer<typeof labelSchema>;

export const VISIBILITIES = ['INTERNAL', 'PRIVATE', 'PUBLIC', 'DEVELOPMENT'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const workspaceSchema = z.looseObject({
  id: z.number(),
  name: z.string(),
  slug: z.nullish(z.string()),
  description: z.nullish(z.string()),
  // A string, not an enum: a visibility we have never seen must still render.
  visibility: z.string(),
  created_at: timestampSchema,
  updated_at: timestampSchema,
  is_archived: z._default(z.boolean(), false),
  app: z.nullish(appSchema),
  app_version: z.nullish(appVersionSchema),
  labels: z._default(z.array(labelSchema), []),
});
export type Workspace = z.infer<typeof workspaceSchema>;

export const workspacePageSchema = paginatedSchema(workspaceSchema);

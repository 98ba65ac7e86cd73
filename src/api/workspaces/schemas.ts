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

// Only `id` and `name` are needed to show and open a workspace; every other field may be absent on
// some server, and absent means "not sent" (unknown), never "empty": no default fills it in.
// `app: null` is a development workspace; an absent `app` is unknown.
export const workspaceSchema = z.looseObject({
  id: z.number(),
  name: z.string(),
  slug: z.nullish(z.string()),
  description: z.nullish(z.string()),
  // A string, not an enum: a visibility we have never seen must still render.
  visibility: z.optional(z.string()),
  created_at: z.optional(timestampSchema),
  updated_at: z.optional(timestampSchema),
  is_archived: z.optional(z.boolean()),
  app: z.nullish(appSchema),
  app_version: z.nullish(appVersionSchema),
  labels: z.optional(z.array(labelSchema)),
});
export type Workspace = z.infer<typeof workspaceSchema>;

export const workspacePageSchema = paginatedSchema(workspaceSchema);

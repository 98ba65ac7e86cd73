import { z } from 'zod/mini';
import { paginatedSchema, timestampSchema } from '../../lib/schema-helpers';

export const appSchema = z.looseObject({
  id: z.number(),
  /** Shown as "App <id>" when absent: a workspace's app without a name must not hide the workspace. */
  name: z.optional(z.string()),
});
export type App = z.infer<typeof appSchema>;

export const APP_VERSION_STATUSES = [
  'CREATED',
  'UPLOADING',
  'PACKING',
  'CHECKING',
  'PUBLISHING',
  'PUBLISHED',
  'ERROR',
  'ERROR_WITH_ACTION_REQUIRED',
] as const;

export const APP_TYPES = ['tree', 'simple', 'editor'] as const;

// Status and app type are closed lists in the docs, but a newer server may add values: keep them as
// strings so an unknown one renders instead of failing the whole workspace list. A workspace embeds
// its version, so a partial one (any field absent) must still let the workspace be read.
export const appVersionSchema = z.looseObject({
  id: z.optional(z.number()),
  tag: z.optional(z.string()),
  created_at: z.optional(timestampSchema),
  sdk_version: z.nullish(z.string()),
  python_version: z.nullish(z.string()),
  status: z.optional(z.string()),
  app_type: z.optional(z.string()),
});
export type AppVersion = z.infer<typeof appVersionSchema>;

export const appPageSchema = paginatedSchema(appSchema);

import { z } from 'zod/mini';
import { VISIBILITIES } from './schemas';

export const WORKSPACE_SORTS = [
  'name:asc',
  'name:desc',
  'updated_at:desc',
  'updated_at:asc',
  'created_at:desc',
  'created_at:asc',
] as const;
export type WorkspaceSort = (typeof WORKSPACE_SORTS)[number];

/**
 * The workspace list's filters as they live in the dashboard URL. Every field `.catch()`es so a
 * hand-edited or outdated link still opens, with the bad part dropped.
 */
export const workspaceFiltersSchema = z.object({
  q: z.catch(z.optional(z.string().check(z.trim(), z.maxLength(200))), undefined),
  visibility: z.catch(z.optional(z.enum(VISIBILITIES)), undefined),
  app: z.catch(z.optional(z.coerce.number().check(z.int(), z.positive())), undefined),
  label: z.catch(z.optional(z.coerce.number().check(z.int(), z.positive())), undefined),
  archived: z.catch(z.optional(z.boolean()), undefined),
  sort: z.catch(z.optional(z.enum(WORKSPACE_SORTS)), undefined),
});
export type WorkspaceFilters = z.infer<typeof workspaceFiltersSchema>;

export const DEFAULT_WORKSPACE_SORT: WorkspaceSort = 'name:asc';

/**
 * The API's names for these filters. Only `include_archived` and `app` are attested; the others are
 * inferred from DRF conventions, so they are kept here and nowhere else.
 */
export const WORKSPACE_FILTER_WIRE_NAMES = {
  q: 'search',
  visibility: 'visibility',
  app: 'app',
  label: 'label',
  archived: 'include_archived',
  sort: 'sort',
} as const satisfies Record<keyof WorkspaceFilters, string>;

export function workspaceFilterSearchParams(filters: WorkspaceFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.q) params[WORKSPACE_FILTER_WIRE_NAMES.q] = filters.q;
  if (filters.visibility) params[WORKSPACE_FILTER_WIRE_NAMES.visibility] = filters.visibility;
  if (filters.app) params[WORKSPACE_FILTER_WIRE_NAMES.app] = String(filters.app);
  if (filters.label) params[WORKSPACE_FILTER_WIRE_NAMES.label] = String(filters.label);
  if (filters.archived) params[WORKSPACE_FILTER_WIRE_NAMES.archived] = 'true';
  params[WORKSPACE_FILTER_WIRE_NAMES.sort] = filters.sort ?? DEFAULT_WORKSPACE_SORT;
  return params;
}

/** A stable query-key part: unset filters and defaults do not make a different cache entry. */
export function normalizeWorkspaceFilters(filters: WorkspaceFilters): WorkspaceFilters {
  const normalized: WorkspaceFilters = {};
  if (filters.q) normalized.q = filters.q;
  if (filters.visibility) normalized.visibility = filters.visibility;
  if (filters.app) normalized.app = filters.app;
  if (filters.label) normalized.label = filters.label;
  if (filters.archived) normalized.archived = true;
  if (filters.sort && filters.sort !== DEFAULT_WORKSPACE_SORT) normalized.sort = filters.sort;
  return normalized;
}

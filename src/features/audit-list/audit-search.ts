import { z } from 'zod/mini';
import { type WorkspaceFilters, workspaceFiltersSchema } from '../../api/workspaces/filters';

/** The audit list's URL state: a search, validated as the workspace list's (a bad value is dropped). */
export const auditListSearchSchema = z.object({ q: workspaceFiltersSchema.shape.q });
export type AuditListSearch = z.infer<typeof auditListSearchSchema>;

/**
 * The API has no "archived only" filter: the list asks for every workspace, archived ones included
 * (organisation admins only), and keeps the archived ones itself. Loader and page both use this, so
 * they share one cache entry (the same one as the workspace list with "Include archived" ticked).
 */
export function auditListFilters(search: AuditListSearch): WorkspaceFilters {
  return { archived: true, q: search.q };
}

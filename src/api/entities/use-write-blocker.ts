import { useQuery } from '@tanstack/react-query';
import { userQueries } from '../users/queries';
import type { Workspace } from '../workspaces/schemas';
import type { EntityDetail } from './queries';

type Holder = { id?: number; first_name?: string; last_name?: string; email?: string } | null | undefined;

/**
 * Why this user cannot change this entity, or undefined. The server decides in the end (a 403 is
 * still shown where it happens); this says it up front so nobody edits for nothing.
 */
export function useWriteBlocker(workspace: Workspace, detail: EntityDetail): string | undefined {
  const { data: me } = useQuery(userQueries.current());
  if (workspace.is_archived) return 'this workspace is archived.';
  if (detail.paramsForbidden)
    return 'your rights let you navigate this entity, not read or change its parameters.';
  const holder = detail.entity.locked_by as Holder;
  if (detail.entity.locked && (!holder?.id || holder.id !== me?.id)) {
    const name = [holder?.first_name, holder?.last_name].filter(Boolean).join(' ') || holder?.email;
    return `it is locked by ${name || 'another user'}.`;
  }
  return undefined;
}

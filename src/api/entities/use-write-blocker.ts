import { useQuery } from '@tanstack/react-query';
import { userQueries } from '../users/queries';
import { nameOf } from '../users/schemas';
import type { Workspace } from '../workspaces/schemas';
import type { EntityDetail } from './queries';

/**
 * Why this user cannot change this entity, or undefined. The server decides in the end (a 403 is
 * still shown where it happens); this says it up front so nobody edits for nothing.
 */
export function useWriteBlocker(workspace: Workspace, detail: EntityDetail): string | undefined {
  const { data: me } = useQuery(userQueries.current());
  if (workspace.is_archived) return 'this workspace is archived.';
  if (detail.paramsForbidden)
    return 'your rights let you navigate this entity, not read or change its parameters.';
  // Absent means "not sent": editing from nothing would write an empty document over them.
  if (detail.entity.properties === undefined) return 'the server did not send this entity’s parameters.';
  const holder = detail.entity.locked_by as { id?: unknown } | null | undefined;
  if (detail.entity.locked && (!holder?.id || holder.id !== me?.id)) {
    return `it is locked by ${nameOf(holder)}.`;
  }
  return undefined;
}

import { useQuery } from '@tanstack/react-query';
import { userQueries } from '../users/queries';
import { nameOf, type User } from '../users/schemas';
import type { Workspace } from '../workspaces/schemas';
import type { EntityDetail } from './queries';

/** Why a change cannot be made, as a code; `describeWriteBlock` and `describeComputeBlock` word it. */
export type WriteBlock =
  | { code: 'archived' }
  | { code: 'params-forbidden' }
  | { code: 'params-not-sent' }
  | { code: 'locked'; holder: string };

/**
 * The one set of read-only rules, for every control that writes (save, rename, add child, delete,
 * restore). The server decides in the end (a 403 is still shown where it happens); this says it up
 * front so nobody edits for nothing, and holds even where a server would let the write through.
 *
 * An archived workspace is read-only whatever else is true. Only `is_archived: true` counts: absent
 * means the server did not say, and then the server decides, as for any other workspace.
 */
export function writeBlockOf(
  workspace: Workspace,
  detail: EntityDetail,
  me: User | undefined,
): WriteBlock | undefined {
  if (workspace.is_archived === true) return { code: 'archived' };
  if (detail.paramsForbidden) return { code: 'params-forbidden' };
  // Absent means "not sent": editing from nothing would write an empty document over them.
  if (detail.entity.properties === undefined) return { code: 'params-not-sent' };
  const holder = detail.entity.locked_by as { id?: unknown } | null | undefined;
  if (detail.entity.locked && (!holder?.id || holder.id !== me?.id)) {
    return { code: 'locked', holder: nameOf(holder) };
  }
  return undefined;
}

/**
 * Running a controller method writes no revision: a lock or unsent params do not stop it, but an
 * archived workspace does, and so does not being allowed to read the params the method is given.
 */
export function computeBlockOf(workspace: Workspace, detail: EntityDetail): WriteBlock | undefined {
  if (workspace.is_archived === true) return { code: 'archived' };
  if (detail.paramsForbidden) return { code: 'params-forbidden' };
  return undefined;
}

/** Ends a sentence that starts "Read-only: " (or "Restore is not available: "). */
export function describeWriteBlock(block: WriteBlock): string {
  switch (block.code) {
    case 'archived':
      return 'this workspace is archived.';
    case 'params-forbidden':
      return 'your rights let you navigate this entity, not read or change its parameters.';
    case 'params-not-sent':
      return 'the server did not send this entity’s parameters.';
    case 'locked':
      return `it is locked by ${block.holder}.`;
  }
}

export function describeComputeBlock(block: WriteBlock): string {
  if (block.code === 'archived') return 'This workspace is archived: methods cannot be run.';
  if (block.code === 'params-forbidden')
    return 'You may not read this entity’s parameters, so you cannot run its methods.';
  return `Methods cannot be run: ${describeWriteBlock(block)}`;
}

/** Why this user cannot change this entity, in words, or undefined. */
export function useWriteBlocker(workspace: Workspace, detail: EntityDetail): string | undefined {
  const { data: me } = useQuery(userQueries.current());
  const block = writeBlockOf(workspace, detail, me);
  return block && describeWriteBlock(block);
}

/** Why this user cannot run this entity's controller methods, in words, or undefined. */
export function useComputeBlocker(workspace: Workspace, detail: EntityDetail): string | undefined {
  const block = computeBlockOf(workspace, detail);
  return block && describeComputeBlock(block);
}

import type { Context } from 'hono';
import type { AppEnv, DemoContext } from '../context';
import type { EntityRow } from '../store/entities-store';
import { canReadParams, canWrite, displayNameOf, isAdmin, type UserRow } from '../store/users-store';
import type { WorkspaceRow } from '../store/workspaces-store';
import { forbidden, notFound } from './errors';
import { pathId } from './query';

/**
 * The checks every workspace-scoped route shares, in DRF's order: 404 for what the user cannot
 * see, then 403 for what they may not do.
 */
export function loadWorkspace(c: Context<AppEnv>, ctx: DemoContext): WorkspaceRow {
  const workspace = ctx.workspaces.get(pathId(c, 'ws'));
  // Archived workspaces are only listed for organisation admins; for everyone else they are gone.
  if (!workspace || (workspace.is_archived === 1 && !isAdmin(c.get('user')))) throw notFound();
  return workspace;
}

export function loadEntity(
  c: Context<AppEnv>,
  ctx: DemoContext,
  workspace: WorkspaceRow,
  withProperties = false,
): EntityRow {
  const entity = ctx.entities.get(pathId(c, 'id'), withProperties);
  if (!entity || entity.workspace_id !== workspace.id) throw notFound();
  return entity;
}

export function requireParamsAccess(user: UserRow): void {
  if (!canReadParams(user)) throw forbidden('You do not have permission to view the params of this entity.');
}

/** Viewer, then archived workspace, then lock: the order DRF's permission classes would run in. */
export function requireWriteAccess(
  ctx: DemoContext,
  user: UserRow,
  workspace: WorkspaceRow,
  entity?: EntityRow,
): void {
  if (!canWrite(user)) throw forbidden();
  if (workspace.is_archived === 1) throw forbidden('This workspace is archived and read-only.');
  if (entity && entity.locked_by !== null && entity.locked_by !== user.id) {
    const holder = ctx.users.byId(entity.locked_by);
    throw forbidden(`Entity is locked by ${holder ? displayNameOf(holder) : 'another user'}.`);
  }
}

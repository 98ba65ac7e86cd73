import { listEntityRevisions } from '../revisions/queries';
import { updateEntity } from './endpoints';
import { getEntityDetail } from './queries';
import type { Entity } from './schemas';

/** What an edit started from: the saved state it will be compared with around the save. */
export type EditBase = { name: string; properties: Record<string, unknown>; updatedAt: string | undefined };
export type SaveRequest = {
  base: EditBase;
  name: string;
  properties: Record<string, unknown>;
  message?: string;
};

/** Someone saved after the edit started: checked before writing, so nothing was written. */
export class EditConflictError extends Error {
  constructor(readonly latest: Entity) {
    super('This entity was changed by someone else while you were editing.');
    this.name = 'EditConflictError';
  }
}

/**
 * Someone saved in the instant between our check and our write: ours went in on top of theirs.
 * Nothing is lost (both are revisions), but theirs is no longer the current state: the user must
 * merge it back in. `theirs` is their params, `saved` our saved entity.
 */
export class SavedOverConcurrentEditError extends Error {
  constructor(
    readonly saved: Entity,
    readonly theirs: Record<string, unknown>,
  ) {
    super('Someone saved this entity at the same moment as you: your save went in after theirs.');
    this.name = 'SavedOverConcurrentEditError';
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function hasMoved(base: EditBase, latest: Entity): boolean {
  if (base.updatedAt && latest.updated_at) return base.updatedAt !== latest.updated_at;
  // No timestamps to compare: compare what the edit would overwrite.
  return base.name !== latest.name || !same(base.properties, latest.properties ?? {});
}

/**
 * Save params as a new revision without overwriting anyone. VIKTOR has no precondition header
 * (If-Match), so the check cannot be atomic; instead it is done on both sides of the PUT:
 * - before: fetch the latest; if it moved since `base`, write nothing (EditConflictError);
 * - after: read the newest revisions; the one just below ours must be our base. If another save
 *   slipped in between, report it (SavedOverConcurrentEditError) so it is merged back, not lost.
 */
export async function saveEntityChecked(
  workspaceId: number,
  entityId: number,
  { base, name, properties, message }: SaveRequest,
  signal?: AbortSignal,
): Promise<Entity> {
  const latest = await getEntityDetail(workspaceId, entityId, signal);
  if (hasMoved(base, latest.entity)) throw new EditConflictError(latest.entity);
  const saved = await updateEntity(workspaceId, entityId, { name, properties, message });
  const theirs = await concurrentSaveBefore(workspaceId, entityId, base, properties);
  if (theirs) throw new SavedOverConcurrentEditError(saved, theirs);
  return saved;
}

/** The params of a save that landed between our base and our revision, if any. */
async function concurrentSaveBefore(
  workspaceId: number,
  entityId: number,
  base: EditBase,
  mine: Record<string, unknown>,
): Promise<Record<string, unknown> | null> {
  const { results } = await listEntityRevisions(workspaceId, entityId, { offset: 0, limit: 10 });
  const ours = results.findIndex((revision) => revision.properties && same(revision.properties, mine));
  const below = results[ours + 1];
  // Revisions without params (or ours not found among the newest): nothing to compare, trust the pre-check.
  if (ours < 0 || !below?.properties) return null;
  return same(below.properties, base.properties) ? null : below.properties;
}

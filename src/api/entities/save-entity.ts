import { deepEqual } from '../../lib/three-way-merge/deep-equal';
import { fetchNewestRevisions, listEntityRevisions } from '../revisions/queries';
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
type Params = Record<string, unknown>;

/** Someone saved after the edit started: checked before writing, so nothing was written. */
export class EditConflictError extends Error {
  constructor(readonly latest: Entity) {
    super('This entity was changed by someone else while you were editing.');
    this.name = 'EditConflictError';
  }
}

/**
 * Someone saved in the instant between our check and our write: ours went in on top of theirs (or
 * theirs on top of ours). Nothing is lost (both are revisions), but the user must merge theirs back
 * in. `theirs` is their params, `saved` our saved entity.
 */
export class SavedOverConcurrentEditError extends Error {
  constructor(
    readonly saved: Entity,
    readonly theirs: Params,
  ) {
    super('Someone saved this entity at the same moment as you: both saves are in its history.');
    this.name = 'SavedOverConcurrentEditError';
  }
}

/**
 * The PUT succeeded, but whether someone else saved at the same moment could not be ruled out: the
 * check after it failed, or the history did not say enough. Saved, never to be reported as "not saved".
 */
export class SaveUnverifiedError extends Error {
  constructor(
    readonly saved: Entity,
    readonly why: string,
  ) {
    super(`Saved, but a concurrent save could not be ruled out: ${why}`);
    this.name = 'SaveUnverifiedError';
  }
}

/** A write that would replace existing (or unknown) params with an empty document. */
export class EmptyParamsRefusedError extends Error {
  constructor(why: string) {
    super(why);
    this.name = 'EmptyParamsRefusedError';
  }
}

const isEmpty = (params: Params) => Object.keys(params).length === 0;

/**
 * An absent `properties` means "not sent", never "empty": writing `{}` over params we have not seen,
 * or over params that are not empty, would wipe them. Refused before any request is made.
 */
export function refuseWipe(current: Params | undefined, next: Params): void {
  if (!isEmpty(next)) return;
  if (current === undefined)
    throw new EmptyParamsRefusedError(
      'The server did not send this entity’s parameters, so writing it could wipe them: nothing was written.',
    );
  if (!isEmpty(current))
    throw new EmptyParamsRefusedError(
      'This would replace all of the entity’s parameters with an empty document: nothing was written.',
    );
}

/** Did the entity change since the edit began? The server's `updated_at` decides; else name and params. */
export function hasMoved(base: EditBase, latest: Entity): boolean {
  if (base.updatedAt && latest.updated_at) return base.updatedAt !== latest.updated_at;
  if (latest.properties === undefined) return true;
  return base.name !== latest.name || !deepEqual(base.properties, latest.properties);
}

function holdsExactly(entity: Entity, name: string, properties: Params): boolean {
  return entity.properties !== undefined && entity.name === name && deepEqual(entity.properties, properties);
}

/** Revisions are counted once before the write; how many to read after it, at most. */
const AFTER_CHECK_WINDOW = 10;

/**
 * Save params as a new revision without overwriting anyone. VIKTOR has no precondition header
 * (If-Match), so the check cannot be atomic; instead it is done on both sides of the PUT:
 * - before: count the revisions, then fetch the latest; if it moved since `base`, write nothing
 *   (EditConflictError);
 * - after: count again. Exactly one more revision is ours alone; more means someone else saved
 *   between the check and the write (SavedOverConcurrentEditError with their params, so they are
 *   merged back; or SaveUnverifiedError when the history does not give them).
 * Counting works whatever order the server lists revisions in, however it orders JSON keys and
 * whether or not it sends revisions with their params; a rename by someone else counts too.
 */
export async function saveEntityChecked(
  workspaceId: number,
  entityId: number,
  { base, name, properties, message }: SaveRequest,
  signal?: AbortSignal,
): Promise<Entity> {
  // Counted first: a save landing after this count but before the check below is caught by the
  // check; one landing after the check is caught by the count.
  const { count: countBefore } = await listEntityRevisions(
    workspaceId,
    entityId,
    { offset: 0, limit: 1 },
    { signal },
  );
  const latest = await getEntityDetail(workspaceId, entityId, signal);
  if (hasMoved(base, latest.entity)) {
    // A save whose answer the network lost (a dropped connection, a 502 from the proxy) may still
    // have gone in. Saving again then finds the entity "moved", but holding exactly what we are
    // about to write: that is no one else's change to merge, and writing it again adds nothing.
    if (holdsExactly(latest.entity, name, properties)) return latest.entity;
    throw new EditConflictError(latest.entity);
  }
  refuseWipe(latest.entity.properties, properties);
  const saved = await updateEntity(workspaceId, entityId, { name, properties, message });
  await checkAfterSave(workspaceId, entityId, saved, properties, countBefore);
  return saved;
}

async function checkAfterSave(
  workspaceId: number,
  entityId: number,
  saved: Entity,
  mine: Params,
  countBefore: number,
): Promise<void> {
  let after: Awaited<ReturnType<typeof fetchNewestRevisions>>;
  try {
    after = await fetchNewestRevisions(workspaceId, entityId, AFTER_CHECK_WINDOW);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'the revision history could not be read';
    throw new SaveUnverifiedError(saved, `the revision history could not be read (${reason}).`);
  }
  const added = after.count - countBefore;
  if (added === 1) return;
  if (added < 1) throw new SaveUnverifiedError(saved, 'the revision history does not show this save yet.');
  const theirs = theirParams(after.revisions.slice(0, added), mine);
  if (theirs) throw new SavedOverConcurrentEditError(saved, theirs);
  throw new SaveUnverifiedError(
    saved,
    `${added - 1} other save(s) landed at the same moment, and the history does not show their parameters. Compare them on the Revisions tab.`,
  );
}

/**
 * Of the revisions added since the count, the newest that is not ours (ours: the params we sent,
 * compared structurally, since a server may return keys in another order). Undefined when the
 * revisions came without params.
 */
function theirParams(added: { properties?: Params }[], mine: Params): Params | undefined {
  if (added.some((revision) => !revision.properties)) return undefined;
  const ours = added.findIndex((revision) => deepEqual(revision.properties, mine));
  if (ours < 0) return undefined;
  return added.find((_, index) => index !== ours)?.properties;
}

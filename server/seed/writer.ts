import type Database from 'better-sqlite3';
import { buildHistory, type RevisionRow, revisionCount } from './history';
import type { Doc, ParamsFactory } from './params/common';
import { paramsFor } from './params/registry';
import { createRng, deriveSeed } from './prng';

/** What the tree builders need to know about an inserted entity to hang children under it. */
export type EntityNode = { id: number; workspaceId: number; path: number[]; createdMs: number };

export type AddEntity = {
  workspaceId: number;
  parent: EntityNode | null;
  typeId: number;
  name: string;
  index: number;
  startMs: number;
  /** Explicit id for fixtures; everything else is numbered from FIRST_GENERATED_ENTITY_ID. */
  id?: number;
  bulk?: boolean;
  revisions?: number;
  lockedBy?: number | null;
  owner?: number;
  /** Latest save allowed (see buildHistory). */
  endMs?: number;
  doc?: Doc;
  factory?: ParamsFactory;
};

export const FIRST_GENERATED_ENTITY_ID = 1000;

export type SeedWriter = ReturnType<typeof createSeedWriter>;

/** Prepared inserts plus the entity id counter, shared by all seeders. */
export function createSeedWriter(db: Database.Database) {
  const insertEntity = db.prepare(
    `INSERT INTO entities (id, workspace_id, parent_id, entity_type_id, name, path, parent_count, created_at,
       created_by, updated_at, last_updated_by, locked_by, properties, summary)
     VALUES (@id, @workspace_id, @parent_id, @entity_type_id, @name, @path, @parent_count, @created_at,
       @created_by, @updated_at, @last_updated_by, @locked_by, @properties, @summary)`,
  );
  const insertRevision = db.prepare(
    'INSERT INTO revisions (entity_id, created_date, created_by, message, properties) VALUES (?, ?, ?, ?, ?)',
  );
  const saveEntity = db.prepare(
    'UPDATE entities SET properties = ?, updated_at = ?, last_updated_by = ? WHERE id = ?',
  );
  let nextId = FIRST_GENERATED_ENTITY_ID;
  let entityCount = 0;
  let revisionTotal = 0;

  function addEntity(options: AddEntity): EntityNode {
    const id = options.id ?? nextId++;
    const rng = createRng(deriveSeed(id, options.typeId, options.index));
    const factory = options.factory ?? paramsFor(options.typeId);
    const doc = options.doc ?? factory.create(rng, { name: options.name, index: options.index });
    const count = options.revisions ?? revisionCount(rng, options.bulk ?? false);
    // Revisions go in before their entity row: seeding runs with foreign keys off (see seed.ts), and
    // streaming them keeps a 500 x 1 MB history out of memory.
    const history = buildHistory({
      rng,
      factory,
      doc,
      count,
      startMs: options.startMs,
      owner: options.owner,
      endMs: options.endMs,
      onRevision: (row) => {
        insertRevision.run(id, row.created_date, row.created_by, row.message, row.properties);
      },
    });
    const path = options.parent ? [...options.parent.path, options.parent.id] : [];
    insertEntity.run({
      id,
      workspace_id: options.workspaceId,
      parent_id: options.parent?.id ?? null,
      entity_type_id: options.typeId,
      name: options.name,
      path: JSON.stringify(path),
      parent_count: path.length,
      created_at: history.createdAt,
      created_by: history.createdBy,
      updated_at: history.updatedAt,
      last_updated_by: history.lastUpdatedBy,
      locked_by: options.lockedBy ?? null,
      properties: history.properties,
      summary: history.summary,
    });
    entityCount++;
    revisionTotal += history.revisionCount;
    return { id, workspaceId: options.workspaceId, path, createdMs: Date.parse(history.createdAt) };
  }

  /** One more save of an entity already added: the newest revision, and the entity row follows it. */
  function appendRevision(entityId: number, revision: RevisionRow): void {
    insertRevision.run(
      entityId,
      revision.created_date,
      revision.created_by,
      revision.message,
      revision.properties,
    );
    saveEntity.run(revision.properties, revision.created_date, revision.created_by, entityId);
    revisionTotal++;
  }

  return {
    addEntity,
    appendRevision,
    stats: () => ({ entities: entityCount, revisions: revisionTotal }),
  };
}

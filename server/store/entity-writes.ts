import type Database from 'better-sqlite3';
import { nowTimestamp } from '../seed/timestamps';
import type { EntityRow } from './entities-store';
import type { Statements } from './statements';

/**
 * Every change to params goes through a new revision, as on VIKTOR: the entity row keeps a copy of
 * the newest params so reads never have to find the latest revision.
 */
export type EntityWrites = ReturnType<typeof createEntityWrites>;

export type NewEntity = {
  workspaceId: number;
  parent: EntityRow | null;
  typeId: number;
  name: string;
  properties: string;
  userId: number;
};

export function createEntityWrites(db: Database.Database, sql: Statements) {
  const addRevision = (
    entityId: number,
    timestamp: string,
    userId: number,
    message: string | null,
    properties: string,
  ) =>
    sql(
      'INSERT INTO revisions (entity_id, created_date, created_by, message, properties) VALUES (?, ?, ?, ?, ?)',
    ).run(entityId, timestamp, userId, message, properties);
  const touchWorkspace = (workspaceId: number, timestamp: string) =>
    sql('UPDATE workspaces SET updated_at = ? WHERE id = ?').run(timestamp, workspaceId);

  const update = db.transaction(
    (
      entity: EntityRow,
      change: { name: string; properties: string; message: string | null; userId: number },
    ) => {
      const timestamp = nowTimestamp();
      addRevision(entity.id, timestamp, change.userId, change.message, change.properties);
      sql(
        'UPDATE entities SET name = ?, properties = ?, updated_at = ?, last_updated_by = ? WHERE id = ?',
      ).run(change.name, change.properties, timestamp, change.userId, entity.id);
      touchWorkspace(entity.workspace_id, timestamp);
    },
  );

  const create = db.transaction((entity: NewEntity): number => {
    const timestamp = nowTimestamp();
    const path = entity.parent ? [...(JSON.parse(entity.parent.path) as number[]), entity.parent.id] : [];
    const result = sql(
      `INSERT INTO entities (workspace_id, parent_id, entity_type_id, name, path, parent_count, created_at, created_by,
         updated_at, last_updated_by, locked_by, properties, summary)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, NULL)`,
    ).run(
      entity.workspaceId,
      entity.parent?.id ?? null,
      entity.typeId,
      entity.name,
      JSON.stringify(path),
      path.length,
      timestamp,
      entity.userId,
      timestamp,
      entity.userId,
      entity.properties,
    );
    const id = Number(result.lastInsertRowid);
    addRevision(id, timestamp, entity.userId, null, entity.properties);
    touchWorkspace(entity.workspaceId, timestamp);
    return id;
  });

  /** Descendants and all their revisions go with it (ON DELETE CASCADE on parent_id and entity_id). */
  const remove = db.transaction((entity: EntityRow) => {
    sql('DELETE FROM entities WHERE id = ?').run(entity.id);
    touchWorkspace(entity.workspace_id, nowTimestamp());
  });

  return {
    update,
    create,
    remove,
    setLock: (entityId: number, userId: number | null) =>
      sql('UPDATE entities SET locked_by = ? WHERE id = ?').run(userId, entityId),
  };
}

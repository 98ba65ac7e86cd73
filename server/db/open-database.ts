import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Scale } from '../seed/fixtures';
import { type SeedReport, seedDatabase } from '../seed/seed';
import { SCHEMA_SQL, SEED_VERSION } from './schema';

export type OpenOptions = { dbPath: string; scale: Scale; reset?: boolean };
export type OpenedDatabase = { db: Database.Database; seeded: SeedReport | null };

const IN_MEMORY = ':memory:';

function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}

/** A database seeded by another seed version or scale is stale: start again rather than mix data. */
function isCurrent(db: Database.Database, scale: Scale): boolean {
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
  if (!hasMeta) return false;
  const rows = db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[];
  const meta = Object.fromEntries(rows.map((row) => [row.key, row.value]));
  return meta.seed_version === SEED_VERSION && meta.scale === scale;
}

function isEmpty(db: Database.Database): boolean {
  return !db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table'").get();
}

/** Case-insensitive substring match that, unlike SQLite's LIKE, also folds non-ASCII (ö, é). */
function registerFunctions(db: Database.Database): void {
  db.function('icontains', { deterministic: true }, (haystack: unknown, needle: unknown) =>
    String(haystack ?? '')
      .toLowerCase()
      .includes(String(needle ?? '').toLowerCase())
      ? 1
      : 0,
  );
}

export function openDemoDatabase({ dbPath, scale, reset = false }: OpenOptions): OpenedDatabase {
  const onDisk = dbPath !== IN_MEMORY;
  if (onDisk) {
    mkdirSync(dirname(dbPath), { recursive: true });
    if (reset) removeDatabaseFiles(dbPath);
  }
  let db = new Database(dbPath);
  if (onDisk && !isEmpty(db) && !isCurrent(db, scale)) {
    db.close();
    removeDatabaseFiles(dbPath);
    db = new Database(dbPath);
  }
  registerFunctions(db);

  let seeded: SeedReport | null = null;
  if (isEmpty(db)) {
    // No journal while bulk-loading a fresh file: a crash mid-seed leaves no meta row, and the next
    // start throws the file away and seeds again.
    if (onDisk) db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.exec(SCHEMA_SQL);
    seeded = seedDatabase(db, scale);
  }
  if (onDisk) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  return { db, seeded };
}

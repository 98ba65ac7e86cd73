import type Database from 'better-sqlite3';
import { SEED_VERSION } from '../db/schema';
import { archivedWorkspaceDates } from './archived-layout';
import { buildArchivedWorkspace } from './archived-workspace';
import { buildBigWorkspace } from './big-workspace';
import { buildFixtureWorkspace, buildSimpleWorkspace } from './fixture-trees';
import { SCALE_SETTINGS, type Scale, FIXTURE_WORKSPACE_IDS as W } from './fixtures';
import { insertCatalogue } from './insert-catalogue';
import { createRng, deriveSeed } from './prng';
import { DAY_MS } from './timestamps';
import { buildTree } from './trees';
import { workspaceRow } from './workspace-catalogue';
import { createSeedWriter } from './writer';

export type SeedReport = {
  scale: Scale;
  ms: number;
  workspaces: number;
  entities: number;
  revisions: number;
};

/** Fills an empty database. Deterministic: the same scale always gives the same rows and ids. */
export function seedDatabase(db: Database.Database, scale: Scale): SeedReport {
  const started = performance.now();
  const settings = SCALE_SETTINGS[scale];
  // Revisions are written before their entity row (streamed, see writer.ts), so foreign keys are
  // checked only once the seed is complete. The pragma cannot change inside a transaction.
  db.pragma('foreign_keys = OFF');
  const writer = createSeedWriter(db);
  const insertWorkspace = db.prepare(
    `INSERT INTO workspaces (id, name, slug, description, visibility, created_at, updated_at, is_archived, app_id,
       app_version_id, views)
     VALUES (@id, @name, @slug, @description, @visibility, @created_at, @updated_at, @is_archived, @app_id,
       @app_version_id, @views)`,
  );
  const insertLabel = db.prepare('INSERT INTO workspace_labels (workspace_id, label_id) VALUES (?, ?)');

  db.transaction(() => {
    insertCatalogue(db);
    const usedNames = new Set<string>();
    for (let id = 1; id <= settings.workspaces; id++) {
      const generated = workspaceRow(id, usedNames);
      const { labels, createdMs, ...row } =
        id === W.archived ? { ...generated, ...archivedWorkspaceDates() } : generated;
      insertWorkspace.run(row);
      for (const label of labels) insertLabel.run(id, label);
      const startMs = createdMs + DAY_MS;
      if (id === W.big) buildBigWorkspace(writer, id, startMs, scale);
      else if (id === W.fixtures) buildFixtureWorkspace(writer, id, startMs, scale);
      else if (id === W.archived) buildArchivedWorkspace(writer, id, scale);
      else if (id === W.simpleApp) buildSimpleWorkspace(writer, id, startMs);
      else {
        const rng = createRng(deriveSeed(11, id));
        const [min, max] = id <= 64 ? SCALE_SETTINGS.small.otherTreeBudget : settings.otherTreeBudget;
        buildTree({ writer, rng, workspaceId: id, startMs, budget: rng.int(min, max) }, row.app_id);
      }
    }
    // A workspace was last updated when its newest entity was; the archived fixture keeps its archive
    // date, since entities migrated after archiving did not touch the workspace itself.
    db.prepare(
      `UPDATE workspaces SET updated_at = COALESCE(
        (SELECT MAX(updated_at) FROM entities WHERE workspace_id = workspaces.id), updated_at)
       WHERE id != ?`,
    ).run(W.archived);
    const setMeta = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
    setMeta.run('seed_version', SEED_VERSION);
    setMeta.run('scale', scale);
  })();

  const violations = db.pragma('foreign_key_check') as unknown[];
  if (violations.length > 0) throw new Error(`Seed left ${violations.length} dangling references`);
  db.pragma('foreign_keys = ON');
  const stats = writer.stats();
  return { scale, ms: Math.round(performance.now() - started), workspaces: settings.workspaces, ...stats };
}

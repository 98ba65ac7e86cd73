// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openDemoDatabase } from '../../server/db/open-database';
import {
  FIXTURE_ENTITY_IDS as E,
  SCALE_SETTINGS,
  FIXTURE_WORKSPACE_IDS as W,
} from '../../server/seed/fixtures';

function seedFingerprint() {
  const { db, seeded } = openDemoDatabase({ dbPath: ':memory:', scale: 'small' });
  const hash = createHash('sha256');
  for (const table of ['workspaces', 'workspace_labels', 'entities', 'revisions']) {
    for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).iterate())
      hash.update(JSON.stringify(row));
  }
  return { db, seeded, fingerprint: hash.digest('hex') };
}

describe('small seed', () => {
  const first = seedFingerprint();

  it('is deterministic', () => {
    const second = seedFingerprint();
    expect(second.fingerprint).toBe(first.fingerprint);
    second.db.close();
  });

  it('is quick', () => {
    expect(first.seeded?.ms).toBeLessThan(5000);
  });

  it('places the fixtures where fixtures.ts says', () => {
    const { db } = first;
    const count = (sql: string, ...params: unknown[]) =>
      (db
        .prepare(sql)
        .pluck()
        .get(...params) as number) ?? 0;
    const small = SCALE_SETTINGS.small;
    expect(count('SELECT COUNT(*) FROM entities WHERE workspace_id = ?', W.big)).toBe(
      small.bigWorkspaceEntities,
    );
    expect(count('SELECT COUNT(*) FROM entities WHERE parent_id = ?', E.bigParent)).toBe(
      small.bigParentChildren,
    );
    expect(count('SELECT COUNT(*) FROM revisions WHERE entity_id = ?', E.manyRevisions)).toBe(
      small.manyRevisions,
    );
    expect(count('SELECT locked_by FROM entities WHERE id = ?', E.locked)).toBe(2);
    expect(
      count(
        'SELECT t.is_file FROM entities e JOIN entity_types t ON t.id = e.entity_type_id WHERE e.id = ?',
        E.file,
      ),
    ).toBe(1);
    expect(count('SELECT is_archived FROM workspaces WHERE id = ?', W.archived)).toBe(1);
    expect(count('SELECT COUNT(*) FROM entities WHERE workspace_id = ?', W.archived)).toBe(
      small.archivedWorkspaceEntities,
    );
    // The archived fixture keeps its archive date; every other workspace follows its newest entity.
    expect(
      count(
        `SELECT COUNT(*) FROM workspaces w WHERE w.id != ? AND w.updated_at !=
           COALESCE((SELECT MAX(updated_at) FROM entities WHERE workspace_id = w.id), w.updated_at)`,
        W.archived,
      ),
    ).toBe(0);
    expect(count('SELECT COUNT(*) FROM workspaces WHERE is_archived = 1')).toBe(8);
    expect(count("SELECT COUNT(*) FROM workspaces WHERE visibility = 'DEVELOPMENT'")).toBe(6);
    expect(count('SELECT MAX(parent_count) FROM entities')).toBeGreaterThanOrEqual(3);
    expect(
      count('SELECT MAX(c) FROM (SELECT COUNT(*) AS c FROM revisions GROUP BY entity_id)'),
    ).toBeLessThanOrEqual(60);
  });
});

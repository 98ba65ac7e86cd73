// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, startDemoServer, FIXTURE_WORKSPACE_IDS as W } from '../../server/app';
import { openDemoDatabase } from '../../server/db/open-database';
import { demoFixtures } from '../../server/seed/fixtures';
import { type Entity, entityListSchema } from '../../src/api/entities/schemas';
import { entityTypePageSchema } from '../../src/api/entity-types/schemas';
import { entityRevisionListSchema } from '../../src/api/revisions/schemas';
import { workspaceSchema } from '../../src/api/workspaces/schemas';
import { allReadable, realFetch, startTestServer } from './demo-client';

/**
 * The archived fixture the audit of archived workspaces crawls: read through the API the way the
 * crawler reads it (pages of the max size, no children request for leaf types), and checked
 * against the database.
 */
const api = startTestServer();
const ws = `/api/workspaces/${W.archived}`;
const counts = demoFixtures('small').counts;
const MAX_PAGE = 100;

type Crawled = { entities: Entity[]; childCounts: Map<number, number> };

async function readPage(path: string, offset: number) {
  const { status, body } = await api.json(`${path}?limit=${MAX_PAGE}&offset=${offset}`);
  expect(status).toBe(200);
  return allReadable(entityListSchema.parse(body));
}

async function readAll(path: string): Promise<{ count: number; results: Entity[] }> {
  const results: Entity[] = [];
  let count = 0;
  do {
    const page = await readPage(path, results.length);
    count = page.count;
    if (page.results.length === 0) break;
    results.push(...page.results);
  } while (results.length < count);
  return { count, results };
}

async function crawl(leafTypes: Set<number>): Promise<Crawled> {
  const entities: Entity[] = [];
  const childCounts = new Map<number, number>();
  let level = (await readAll(`${ws}/entities/`)).results;
  while (level.length > 0) {
    entities.push(...level);
    const next: Entity[] = [];
    for (const entity of level) {
      if (leafTypes.has(entity.entity_type)) continue;
      const children = await readAll(`${ws}/entities/${entity.id}/entities/`);
      childCounts.set(entity.id, children.count);
      next.push(...children.results);
    }
    level = next;
  }
  return { entities, childCounts };
}

describe('archived workspace 3, through the API', () => {
  let crawled: Crawled;
  let leafTypes: Set<number>;

  beforeAll(async () => {
    const types = allReadable(entityTypePageSchema.parse((await api.json(`${ws}/entity_types/`)).body));
    leafTypes = new Set(
      types.results.filter((type) => type.child_entity_type_ids?.length === 0).map((type) => type.id),
    );
    crawled = await crawl(leafTypes);
  }, 120_000);

  it('has every entity reachable while leaf types, whose child types are [], are never asked', () => {
    expect([...leafTypes].sort((a, b) => a - b)).toEqual([24, 26, 27]);
    expect(crawled.entities).toHaveLength(counts.archivedWorkspaceEntities);
    expect(crawled.entities.length).toBeGreaterThanOrEqual(3000);
    expect(new Set(crawled.entities.map((entity) => entity.id)).size).toBe(crawled.entities.length);
    const usedTypes = new Set(crawled.entities.map((entity) => entity.entity_type));
    for (const leaf of leafTypes) expect(usedTypes).toContain(leaf);
    expect(Math.max(...crawled.entities.map((entity) => entity.parent_count ?? 0))).toBeGreaterThanOrEqual(4);
  });

  it('has parents whose children span many pages at the max page size', async () => {
    const sizes = [...crawled.childCounts.values()].sort((a, b) => b - a);
    expect(sizes[0]).toBeGreaterThan(3 * MAX_PAGE);
    expect(sizes.filter((size) => size > MAX_PAGE).length).toBeGreaterThanOrEqual(3);
    const [widest] = [...crawled.childCounts].sort((a, b) => b[1] - a[1]);
    const page = await readPage(`${ws}/entities/${widest?.[0]}/entities/`, 0);
    expect(page.results).toHaveLength(MAX_PAGE);
  });

  it('has a few entities saved after the workspace’s own updated_at (its archive date)', async () => {
    const workspace = workspaceSchema.parse((await api.json(`${ws}/`)).body);
    expect(workspace.is_archived).toBe(true);
    const archivedAt = Date.parse(workspace.updated_at ?? '');
    const later = crawled.entities.filter((entity) => Date.parse(entity.updated_at ?? '') > archivedAt);
    expect(later).toHaveLength(counts.archivedChangedAfterArchive);
    expect(later.length).toBeGreaterThanOrEqual(3);
    expect(later.length).toBeLessThanOrEqual(10);
  });

  it('answers the first and last revision of an entity with the count, without params', async () => {
    const [root] = crawled.entities;
    const first = entityRevisionListSchema.parse(
      (await api.json(`${ws}/entities/${root?.id}/revisions/?limit=1&offset=0&properties=false`)).body,
    );
    expect(first.count).toBeGreaterThan(1);
    expect(first.results[0]).not.toHaveProperty('properties');
    const last = entityRevisionListSchema.parse(
      (
        await api.json(
          `${ws}/entities/${root?.id}/revisions/?limit=1&offset=${first.count - 1}&properties=false`,
        )
      ).body,
    );
    expect(last.results).toHaveLength(1);
    expect(last.results[0]?.id).not.toBe(first.results[0]?.id);
  });

  it('stays a 404 for the engineer and the viewer', async () => {
    const [root] = crawled.entities;
    for (const as of ['engineer', 'viewer'] as const) {
      for (const path of [`${ws}/`, `${ws}/entities/`, `${ws}/entities/${root?.id}/entities/`]) {
        expect((await api.call(path, { as })).status, `${as} ${path}`).toBe(404);
      }
      const revisions = `${ws}/entities/${root?.id}/revisions/?limit=1&offset=0`;
      expect((await api.call(revisions, { as })).status).toBe(404);
    }
  });
});

describe('archived workspace 3, in the database', () => {
  const { db } = openDemoDatabase({ dbPath: ':memory:', scale: 'small' });
  afterAll(() => db.close());
  const value = (sql: string) => db.prepare(sql).pluck().get(W.archived) as number | string;
  const revisionsOf = `FROM revisions r JOIN entities e ON e.id = r.entity_id WHERE e.workspace_id = ?`;

  it('holds the counted number of entities', () => {
    expect(value('SELECT COUNT(*) FROM entities WHERE workspace_id = ?')).toBe(
      counts.archivedWorkspaceEntities,
    );
  });

  it('has revision counts from 1 to about 40, saved over many months by several people', () => {
    const perEntity = db
      .prepare(`SELECT COUNT(*) ${revisionsOf} GROUP BY r.entity_id`)
      .pluck()
      .all(W.archived) as number[];
    expect(Math.min(...perEntity)).toBe(1);
    expect(Math.max(...perEntity)).toBeGreaterThanOrEqual(30);
    expect(Math.max(...perEntity)).toBeLessThanOrEqual(45);
    expect(new Set(perEntity).size).toBeGreaterThanOrEqual(20);
    expect(
      value(`SELECT COUNT(DISTINCT substr(r.created_date, 1, 7)) ${revisionsOf}`),
    ).toBeGreaterThanOrEqual(12);
    expect(value(`SELECT COUNT(DISTINCT r.created_by) ${revisionsOf}`)).toBeGreaterThanOrEqual(5);
    expect(
      value('SELECT COUNT(DISTINCT last_updated_by) FROM entities WHERE workspace_id = ?'),
    ).toBeGreaterThanOrEqual(5);
  });

  it('has no save after the archive date but the migration’s, one revision per migrated entity', () => {
    const archivedAt = value('SELECT updated_at FROM workspaces WHERE id = ?') as string;
    const newest = value('SELECT MAX(updated_at) FROM entities WHERE workspace_id = ?') as string;
    expect(newest > archivedAt).toBe(true);
    const after = db
      .prepare(`SELECT r.entity_id, r.created_by ${revisionsOf} AND r.created_date > ?`)
      .all(W.archived, archivedAt) as { entity_id: number; created_by: number }[];
    expect(after).toHaveLength(counts.archivedChangedAfterArchive);
    expect(new Set(after.map((row) => row.entity_id)).size).toBe(after.length);
  });
});

describe('request counter', () => {
  const requests = async () =>
    (
      await api.json<{ byMethod: Record<string, number>; writes: number }>('/__control/requests', {
        as: null,
      })
    ).body;

  it('counts /api requests by method, writes apart, and resets to zero', async () => {
    expect((await api.call('/__control/requests', { as: null, method: 'DELETE' })).status).toBe(204);
    expect(await requests()).toEqual({ byMethod: {}, writes: 0 });

    await api.call('/api/workspaces/');
    await api.call(`${ws}/`);
    await api.call('/api/users/current/', { as: null });
    await api.call('/__demo/info', { as: null });
    const [root] = allReadable(entityListSchema.parse((await api.json(`${ws}/entities/`)).body)).results;
    // Refused (the workspace is archived), yet sent: it counts.
    const put = await api.call(`${ws}/entities/${root?.id}/`, {
      method: 'PUT',
      body: { name: 'x', properties: {} },
    });
    expect(put.status).toBe(403);
    expect(await requests()).toEqual({ byMethod: { GET: 4, PUT: 1 }, writes: 1 });

    await api.call('/__control/requests', { as: null, method: 'DELETE' });
    expect(await requests()).toEqual({ byMethod: {}, writes: 0 });
  });

  describe('with the test hooks off', () => {
    let server: DemoServer | undefined;
    beforeAll(async () => {
      server = await startDemoServer({ port: 0, dbPath: ':memory:', faults: false });
    });
    afterAll(async () => {
      await server?.close();
    });

    it('is not there', async () => {
      expect((await realFetch(`${server?.url}/__control/requests`)).status).toBe(404);
    });
  });
});

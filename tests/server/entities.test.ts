// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FIXTURE_ENTITY_IDS as E, FIXTURE_WORKSPACE_IDS as W } from '../../server/app';
import { type Entity, entityListSchema, entitySchema } from '../../src/api/entities/schemas';
import { entityTypePageSchema, entityTypeSchema } from '../../src/api/entity-types/schemas';
import { allReadable, startTestServer } from './demo-client';

const api = startTestServer();
const readList = (body: unknown) => allReadable(entityListSchema.parse(body));
const readTypes = (body: unknown) => allReadable(entityTypePageSchema.parse(body));
const big = `/api/workspaces/${W.big}`;
const fixtures = `/api/workspaces/${W.fixtures}`;

describe('entity lists', () => {
  it('answers children without limit/offset as a bare array of all of them', async () => {
    const { status, body } = await api.json<Entity[]>(`${big}/entities/${E.bigParent}/entities/`);
    expect(status).toBe(200);
    expect(Array.isArray(body)).toBe(true);
    expect(body).toHaveLength(640);
    expect(readList(body).count).toBe(640);
  });

  it('pages children with limit+offset, capped at 100', async () => {
    const { body } = await api.json(`${big}/entities/${E.bigParent}/entities/?limit=1000&offset=600`);
    const page = readList(body);
    expect(page.count).toBe(640);
    expect(page.results).toHaveLength(40);
    const first = readList(
      (await api.json(`${big}/entities/${E.bigParent}/entities/?limit=1000&offset=0`)).body,
    );
    expect(first.results).toHaveLength(100);
  });

  it('lists roots, siblings (without the entity itself) and the parent', async () => {
    const roots = readList((await api.json(`${fixtures}/entities/`)).body);
    expect(roots.results.map((entity) => entity.id)).toContain(E.fixturesRoot);
    const siblings = readList((await api.json(`${fixtures}/entities/${E.locked}/siblings/`)).body);
    expect(siblings.results.map((entity) => entity.id)).toEqual(
      expect.arrayContaining([E.manyRevisions, E.soilInvestigation]),
    );
    expect(siblings.results.map((entity) => entity.id)).not.toContain(E.locked);
    const parent = entitySchema.parse((await api.json(`${fixtures}/entities/${E.locked}/parent/`)).body);
    expect(parent.id).toBe(E.fixturesRoot);
    expect((await api.json(`${fixtures}/entities/${E.fixturesRoot}/parent/`)).status).toBe(404);
  });

  it('lists entities of one type', async () => {
    const { body } = await api.json(`${fixtures}/entity_types/6/entities/?limit=5&offset=0`);
    const page = readList(body);
    expect(page.results.every((entity) => entity.entity_type === 6)).toBe(true);
    expect(page.count).toBeGreaterThanOrEqual(8);
  });
});

describe('one entity', () => {
  it('leaves params out unless asked for, and sends path and type name', async () => {
    const plain = entitySchema.parse((await api.json(`${big}/entities/${E.bigParent}/`)).body);
    expect(plain.properties).toBeUndefined();
    expect(plain).toMatchObject({ entity_type: 3, entity_type_name: 'Pile group', parent_count: 2 });
    expect(plain.path).toEqual([E.bigRoot, E.bigStructure]);
    const full = entitySchema.parse((await api.json(`${big}/entities/${E.bigParent}/?properties=true`)).body);
    expect(full.properties).toHaveProperty('layout');
    expect(full.summary).toBeDefined();
  });

  it('shows who holds a lock', async () => {
    const locked = entitySchema.parse((await api.json(`${fixtures}/entities/${E.locked}/`)).body);
    expect(locked.locked).toBe(true);
    expect(locked.locked_by).toMatchObject({ id: 2, first_name: 'Karl', last_name: 'Terzaghi' });
  });

  it('gives read-basic users the tree but not the params', async () => {
    expect((await api.json(`${fixtures}/entities/${E.locked}/`, { as: 'viewer' })).status).toBe(200);
    expect(
      (await api.json(`${fixtures}/entities/${E.locked}/?properties=true`, { as: 'viewer' })).status,
    ).toBe(403);
    expect((await api.json(`${fixtures}/entities/?properties=true`, { as: 'viewer' })).status).toBe(403);
    // Their revisions: revisions.test.ts.
  });

  it('hands out a temporary download URL for file entities only', async () => {
    const { status, body } = await api.json<{ temporary_download_url: string }>(
      `${fixtures}/entities/${E.file}/download/`,
    );
    expect(status).toBe(200);
    const file = await fetchWithoutAuth(body.temporary_download_url);
    expect(file.status).toBe(200);
    expect(await file.text()).toMatch(/^#GEFID= 1, 1, 0/);
    expect((await api.json(`${fixtures}/entities/${E.locked}/download/`)).status).toBe(400);
  });
});

describe('entity types', () => {
  it('lists the app types, one type, and allowed child types (limit required)', async () => {
    const types = readTypes((await api.json(`${big}/entity_types/`)).body);
    expect(types.results.map((type) => type.class_name)).toContain('PileController');
    const cpt = entityTypeSchema.parse((await api.json(`${big}/entity_types/6/`)).body);
    expect(cpt.is_file).toBe(true);
    expect((await api.json(`${big}/entity_types/14/`)).status).toBe(404);
    const children = readTypes((await api.json(`${big}/entity_types/1/entity_types/?limit=10`)).body);
    expect(children.results.map((type) => type.id)).toEqual([2, 5]);
    const missing = await api.json(`${big}/entity_types/1/entity_types/`);
    expect(missing).toMatchObject({ status: 400, body: { detail: 'Incorrect query params' } });
  });
});

const fetchWithoutAuth = (url: string) => api.call(new URL(url).pathname, { as: null });

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FIXTURE_ENTITY_IDS as E, FIXTURE_WORKSPACE_IDS as W } from '../../server/app';
import { startTestServer } from './demo-client';
import { answersOf, type EntityJson, revisionsNewestFirst, VARIANT_MATRIX } from './variant-matrix';

const fixtures = `/api/workspaces/${W.fixtures}`;

describe.each(VARIANT_MATRIX)('writes ($name)', ({ variants }) => {
  const api = startTestServer({ variants });
  const answers = answersOf(variants);

  async function firstChild(path: string) {
    const { body } = await api.json<EntityJson[]>(`${path}/entities/`);
    const child = body[0];
    if (!child) throw new Error(`no children under ${path}`);
    return child;
  }

  describe('PUT an entity', () => {
    it('creates a revision, renames, and records author and message', async () => {
      const target = `${fixtures}/entities/${E.manyRevisions}`;
      const properties = { pile_plan: { count: 0 } };
      const { status, body: entity } = await api.json<EntityJson>(`${target}/`, {
        as: 'engineer',
        method: 'PUT',
        body: { name: 'Ramp B abutment (rev. F)', properties, message: 'Simplified' },
      });
      expect(status).toBe(200);
      expect(entity).toMatchObject({ name: 'Ramp B abutment (rev. F)', last_updated_by: 2 });
      if (answers.writeRepliesCarryParams) expect(entity.properties).toEqual(properties);
      else expect(entity).not.toHaveProperty('properties');
      const saved = await api.json<EntityJson>(`${target}/?properties=true`);
      expect(saved.body.properties).toEqual(properties);

      const { count, revisions } = await revisionsNewestFirst(api, `${target}/revisions/`);
      expect(count).toBe(61);
      const newest = revisions[0];
      expect(newest).toMatchObject({ message: 'Simplified', created_by: 2 });
      if (answers.revisionsCarryParams) expect(newest?.properties).toEqual(properties);
      else expect(newest).not.toHaveProperty('properties');
      if (!answers.lacksInferredFields(newest?.id ?? 0)) expect(entity.updated_at).toBe(newest?.created_date);
    });

    it('stores and answers integers beyond 2^53 digit for digit', async () => {
      const target = `${fixtures}/entities/${E.soilInvestigation}`;
      const big =
        '{"name":"Soil investigation","properties":{"sample_id":12345678901234567891,"depth":-0.5}}';
      const put = await api.call(`${target}/`, {
        method: 'PUT',
        rawBody: big,
        headers: { 'content-type': 'application/json' },
      });
      expect(put.status).toBe(200);
      const read = await (await api.call(`${target}/?properties=true`)).text();
      expect(read).toContain('"sample_id":12345678901234567891');
      const newest = await (await api.call(`${target}/revisions/?limit=100`)).text();
      if (answers.revisionsCarryParams) expect(newest).toContain('"sample_id":12345678901234567891');
    });

    it('reports missing and wrongly typed fields as DRF field errors', async () => {
      const target = `${fixtures}/entities/${E.manyRevisions}/`;
      const missing = await api.json(target, { method: 'PUT', body: {} });
      expect(missing).toMatchObject({
        status: 400,
        body: { name: ['This field is required.'], properties: ['This field is required.'] },
      });
      const wrong = await api.json(target, { method: 'PUT', body: { name: ' ', properties: [1] } });
      expect(wrong.status).toBe(400);
      expect(wrong.body).toEqual({
        name: ['This field may not be blank.'],
        properties: ['Expected a dictionary of items but got type "list".'],
      });
    });

    it('refuses writes to an entity locked by someone else, a viewer, or an archived workspace', async () => {
      const body = { name: 'Viaduct Reeuwijk', properties: {} };
      const locked = await api.json(`${fixtures}/entities/${E.locked}/`, { method: 'PUT', body });
      expect(locked).toMatchObject({ status: 403, body: { detail: 'Entity is locked by Karl Terzaghi.' } });
      expect((await api.json(`${fixtures}/entities/${E.locked}/`, { method: 'DELETE' })).status).toBe(403);
      expect(
        (await api.json(`${fixtures}/entities/${E.locked}/`, { as: 'engineer', method: 'PUT', body })).status,
      ).toBe(200);
      expect(
        (await api.json(`${fixtures}/entities/${E.fixturesRoot}/`, { as: 'viewer', method: 'PUT', body }))
          .status,
      ).toBe(403);
      const archivedRoot = await firstChild(`/api/workspaces/${W.archived}`);
      const archived = await api.json(`/api/workspaces/${W.archived}/entities/${archivedRoot.id}/`, {
        method: 'PUT',
        body,
      });
      expect(archived).toMatchObject({
        status: 403,
        body: { detail: 'This workspace is archived and read-only.' },
      });
    });
  });

  describe('POST entities', () => {
    it('creates a child and answers an array', async () => {
      const parent = `${fixtures}/entities/${E.soilInvestigation}/entities/`;
      const { status, body } = await api.json<EntityJson[]>(parent, {
        method: 'POST',
        body: { entity_type: 6, name: 'CPT-99.gef', properties: { max_depth: 30 } },
      });
      expect(status).toBe(201);
      expect(Array.isArray(body)).toBe(true);
      const [created] = body as [EntityJson];
      expect(created).toMatchObject({ name: 'CPT-99.gef', entity_type: 6, parent_count: 2 });
      if (answers.lacksInferredFields(created.id)) {
        expect(created).not.toHaveProperty('path');
        expect(created).not.toHaveProperty('created_by');
      } else expect(created).toMatchObject({ path: [E.fixturesRoot, E.soilInvestigation], created_by: 1 });
      if (answers.writeRepliesCarryParams) expect(created.properties).toEqual({ max_depth: 30 });
      else expect(created).not.toHaveProperty('properties');
      const { count } = await revisionsNewestFirst(api, `${fixtures}/entities/${created.id}/revisions/`);
      expect(count).toBe(1);
    });

    it('rejects a type that is not an allowed child type', async () => {
      const { status, body } = await api.json(`${fixtures}/entities/${E.soilInvestigation}/entities/`, {
        method: 'POST',
        body: { entity_type: 4, name: 'P-001', properties: {} },
      });
      expect(status).toBe(400);
      expect(body).toHaveProperty('entity_type');
      const wrongType = await api.json(`${fixtures}/entities/${E.soilInvestigation}/entities/`, {
        method: 'POST',
        body: { entity_type: [6], name: 'CPT-98.gef' },
      });
      expect(wrongType.body).toEqual({ entity_type: ['Incorrect type. Expected pk value, received list.'] });
    });

    it('creates roots only in simple apps', async () => {
      const simple = await api.json<EntityJson>(`/api/workspaces/${W.simpleApp}/entities/`, {
        method: 'POST',
        body: { entity_type: 31, name: 'C-77 Knee brace', properties: { bolts: 4 } },
      });
      expect(simple.status).toBe(201);
      expect(simple.body.parent_count).toBe(0);
      if (answers.writeRepliesCarryParams) expect(simple.body.properties).toEqual({ bolts: 4 });
      else expect(simple.body).not.toHaveProperty('properties');
      const tree = await api.json(`${fixtures}/entities/`, {
        method: 'POST',
        body: { entity_type: 1, name: 'X', properties: {} },
      });
      expect(tree.status).toBe(403);
    });
  });

  describe('DELETE an entity', () => {
    it('answers 204 and takes the whole subtree with it', async () => {
      const structure = await firstChild(`${fixtures}/entities/${E.manyRevisions}`);
      const pile = await firstChild(`${fixtures}/entities/${structure.id}`);
      const response = await api.call(`${fixtures}/entities/${structure.id}/`, { method: 'DELETE' });
      expect(response.status).toBe(204);
      expect(await response.text()).toBe('');
      expect((await api.json(`${fixtures}/entities/${structure.id}/`)).status).toBe(404);
      expect((await api.json(`${fixtures}/entities/${pile.id}/`)).status).toBe(404);
      expect((await api.json(`${fixtures}/entities/${pile.id}/revisions/`)).status).toBe(404);
    });
  });
});

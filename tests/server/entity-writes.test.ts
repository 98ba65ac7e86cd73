// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FIXTURE_ENTITY_IDS as E, FIXTURE_WORKSPACE_IDS as W } from '../../server/app';
import { createdEntitySchema, entityListSchema, entitySchema } from '../../src/api/entities/schemas';
import { entityRevisionListSchema } from '../../src/api/revisions/schemas';
import { startTestServer } from './demo-client';

const api = startTestServer();
const fixtures = `/api/workspaces/${W.fixtures}`;

async function firstChild(path: string) {
  const children = entityListSchema.parse((await api.json(`${path}/entities/`)).body);
  const child = children.results[0];
  if (!child) throw new Error(`no children under ${path}`);
  return child;
}

describe('PUT an entity', () => {
  it('creates a revision, renames, and records author and message', async () => {
    const target = `${fixtures}/entities/${E.manyRevisions}`;
    const { status, body } = await api.json(`${target}/`, {
      as: 'engineer',
      method: 'PUT',
      body: {
        name: 'Ramp B abutment (rev. F)',
        properties: { pile_plan: { count: 0 } },
        message: 'Simplified',
      },
    });
    expect(status).toBe(200);
    const entity = entitySchema.parse(body);
    expect(entity).toMatchObject({
      name: 'Ramp B abutment (rev. F)',
      last_updated_by: 2,
      properties: { pile_plan: { count: 0 } },
    });
    const revisions = entityRevisionListSchema.parse((await api.json(`${target}/revisions/`)).body);
    expect(revisions.count).toBe(61);
    expect(revisions.results[0]).toMatchObject({
      message: 'Simplified',
      created_by: 2,
      properties: { pile_plan: { count: 0 } },
    });
    expect(entity.updated_at).toBe(revisions.results[0]?.created_date);
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
    const { status, body } = await api.json(parent, {
      method: 'POST',
      body: { entity_type: 6, name: 'CPT-99.gef', properties: { max_depth: 30 } },
    });
    expect(status).toBe(201);
    expect(Array.isArray(body)).toBe(true);
    const created = createdEntitySchema.parse(body);
    expect(created).toMatchObject({
      name: 'CPT-99.gef',
      path: [E.fixturesRoot, E.soilInvestigation],
      created_by: 1,
    });
    const revisions = entityRevisionListSchema.parse(
      (await api.json(`${fixtures}/entities/${created.id}/revisions/`)).body,
    );
    expect(revisions.count).toBe(1);
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
    const simple = await api.json(`/api/workspaces/${W.simpleApp}/entities/`, {
      method: 'POST',
      body: { entity_type: 31, name: 'C-77 Knee brace', properties: {} },
    });
    expect(simple.status).toBe(201);
    expect(entitySchema.parse(simple.body).parent_count).toBe(0);
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

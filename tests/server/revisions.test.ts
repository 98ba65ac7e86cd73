// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FIXTURE_ENTITY_IDS as E, FIXTURE_WORKSPACE_IDS as W } from '../../server/app';
import { startTestServer } from './demo-client';
import {
  answersOf,
  type EntityJson,
  type Page,
  type RevisionJson,
  revisionsNewestFirst,
  VARIANT_MATRIX,
} from './variant-matrix';

const fixtures = `/api/workspaces/${W.fixtures}`;
const many = `${fixtures}/entities/${E.manyRevisions}`;

describe.each(VARIANT_MATRIX)('revisions ($name)', ({ variants }) => {
  const api = startTestServer({ variants });
  const answers = answersOf(variants);

  it('pages the whole history in the order and page size of the server, with the full count', async () => {
    const { body } = await api.json<Page<RevisionJson>>(`${many}/revisions/?limit=100`);
    expect(body.count).toBe(60);
    expect(body.results).toHaveLength(answers.maxPage.revisions);
    const ids = body.results.map((revision) => revision.id);
    const ascending = [...ids].sort((a, b) => a - b);
    expect(ids).toEqual(answers.revisionsNewestFirst ? [...ascending].reverse() : ascending);
    const dates = body.results.flatMap((revision) => revision.created_date ?? []);
    expect(dates).toEqual(answers.revisionsNewestFirst ? [...dates].sort().reverse() : [...dates].sort());

    const { revisions } = await revisionsNewestFirst(api, `${many}/revisions/`);
    expect(new Set(revisions.map((revision) => revision.id)).size).toBe(60);
    const entity = (await api.json<EntityJson>(`${many}/`)).body;
    const newest = revisions[0] as RevisionJson;
    if (!answers.lacksInferredFields(newest.id)) expect(newest.created_date).toBe(entity.updated_at);
  });

  it('sends params with revisions where the server does, never to read-basic users', async () => {
    const { revisions } = await revisionsNewestFirst(api, `${many}/revisions/`);
    expect(revisions.every((revision) => 'properties' in revision)).toBe(answers.revisionsCarryParams);
    if (answers.revisionsCarryParams) expect(revisions[0]?.properties).toHaveProperty('pile_plan');
    const asked = await revisionsNewestFirst(api, `${many}/revisions/`, { query: 'properties=true' });
    expect(asked.revisions.some((revision) => 'properties' in revision)).toBe(answers.revisionsCarryParams);
    const without = await revisionsNewestFirst(api, `${many}/revisions/`, { query: 'properties=false' });
    expect(without.revisions.some((revision) => 'properties' in revision)).toBe(false);

    const viewer = await revisionsNewestFirst(api, `${many}/revisions/`, { as: 'viewer' });
    expect(viewer.revisions.some((revision) => 'properties' in revision)).toBe(false);
    const denied = await api.json(`${many}/revisions/?properties=true`, { as: 'viewer' });
    expect(denied.status).toBe(403);
  });

  it('restores an older version as a new newest revision, keeping the history', async () => {
    const target = `${fixtures}/entities/${E.fixturesRoot}`;
    const before = await revisionsNewestFirst(api, `${target}/revisions/`);
    const { name, properties: original } = (await api.json<EntityJson>(`${target}/?properties=true`)).body;
    const changed = { ...original, phase: 'Tender' };
    for (const [properties, message] of [
      [changed, 'Tender phase'],
      [original, 'Restored the version before the tender phase'],
    ] as const) {
      const put = await api.json(`${target}/`, { method: 'PUT', body: { name, properties, message } });
      expect(put.status).toBe(200);
    }

    const after = await revisionsNewestFirst(api, `${target}/revisions/`);
    expect(after.count).toBe(before.count + 2);
    const [restored, tender, ...older] = after.revisions;
    expect(restored?.message).toBe('Restored the version before the tender phase');
    expect(tender?.message).toBe('Tender phase');
    expect(older.map((revision) => revision.id)).toEqual(before.revisions.map((revision) => revision.id));
    if (answers.revisionsCarryParams) {
      expect(restored?.properties).toEqual(original);
      expect(tender?.properties).toEqual(changed);
    }
    expect((await api.json<EntityJson>(`${target}/?properties=true`)).body.properties).toEqual(original);
  });

  it('records a change made by someone else (the control hook) as a revision', async () => {
    const target = `${fixtures}/entities/${E.soilInvestigation}`;
    const before = (await api.json<EntityJson>(`${target}/?properties=true`)).body;
    const changed = await api.json(`/__control/entities/${E.soilInvestigation}`, {
      as: null,
      method: 'POST',
      body: {
        properties: { ...before.properties, phase: 'Construction' },
        message: 'Changed by a colleague',
      },
    });
    expect(changed.status).toBe(200);
    const after = (await api.json<EntityJson>(`${target}/?properties=true`)).body;
    expect(after.last_updated_by).toBe(4);
    expect(after.properties).toHaveProperty('phase', 'Construction');
    expect(after.updated_at).not.toBe(before.updated_at);
    const { revisions } = await revisionsNewestFirst(api, `${target}/revisions/`);
    expect(revisions[0]).toMatchObject({ message: 'Changed by a colleague', created_by: 4 });
  });
});

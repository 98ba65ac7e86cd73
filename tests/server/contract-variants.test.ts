// @vitest-environment node
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CONTRACT_VARIANTS,
  type ContractVariant,
  FIXTURE_ENTITY_IDS as E,
  startDemoServer,
  variantsFromEnv,
  FIXTURE_WORKSPACE_IDS as W,
} from '../../server/app';
import { realFetch, startTestServer } from './demo-client';
import type { EntityJson, Page, RevisionJson } from './variant-matrix';

/**
 * Each contract variant, proven over raw HTTP against the same server with and without it, and
 * the ways of switching them: `PUT /__control/variants`, `startDemoServer`, `DEMO_VARIANT`.
 */
const api = startTestServer();
const fixtures = `/api/workspaces/${W.fixtures}`;
const history = `${fixtures}/entities/${E.manyRevisions}/revisions/`;

const switchVariants = (variants: readonly string[]) =>
  api.json<{ variants: string[]; available: string[] }>('/__control/variants', {
    as: null,
    method: 'PUT',
    body: { variants },
  });

/** The same request without and then with the variant. */
async function withAndWithout<T>(variant: ContractVariant, read: () => Promise<T>): Promise<[T, T]> {
  await switchVariants([]);
  const without = await read();
  await switchVariants([variant]);
  return [without, await read()];
}

afterEach(async () => {
  await switchVariants([]);
});

describe('contract variants', () => {
  it('revisions-oldest-first: offset 0 is the first revision, the newest is on the last page', async () => {
    const page = async (query: string) => (await api.json<Page<RevisionJson>>(`${history}?${query}`)).body;
    const [newestFirst, oldestFirst] = await withAndWithout('revisions-oldest-first', () => page('limit=3'));
    const first = Math.min(...newestFirst.results.map((r) => r.id), ...oldestFirst.results.map((r) => r.id));
    expect(oldestFirst.results[0]?.id).toBe(first);
    expect(oldestFirst.results.map((r) => r.id)).toEqual([first, first + 1, first + 2]);
    const newest = newestFirst.results[0] as RevisionJson;
    expect(newestFirst.results[1]?.id).toBe(newest.id - 1);
    const last = await page(`limit=1&offset=${oldestFirst.count - 1}`);
    expect(last.results).toEqual([newest]);
  });

  it('put-without-params: PUT and both POST replies leave properties out; the params are saved', async () => {
    const properties = { pile_plan: { count: 3 } };
    const put = () =>
      api.json<EntityJson>(`${fixtures}/entities/${E.manyRevisions}/`, {
        method: 'PUT',
        body: { name: 'Ramp B abutment', properties },
      });
    const [withParams, without] = await withAndWithout('put-without-params', put);
    expect(withParams.body.properties).toEqual(properties);
    expect(without).toMatchObject({ status: 200, body: { id: E.manyRevisions, name: 'Ramp B abutment' } });
    expect(without.body).not.toHaveProperty('properties');
    const saved = await api.json<EntityJson>(`${fixtures}/entities/${E.manyRevisions}/?properties=true`);
    expect(saved.body.properties).toEqual(properties);

    const child = await api.json<EntityJson[]>(`${fixtures}/entities/${E.soilInvestigation}/entities/`, {
      method: 'POST',
      body: { entity_type: 6, name: 'CPT-97.gef', properties: { max_depth: 12 } },
    });
    expect(child.status).toBe(201);
    expect(child.body[0]).not.toHaveProperty('properties');
    const root = await api.json<EntityJson>(`/api/workspaces/${W.simpleApp}/entities/`, {
      method: 'POST',
      body: { entity_type: 31, name: 'C-78 Splice', properties: { bolts: 8 } },
    });
    expect(root.status).toBe(201);
    expect(root.body).not.toHaveProperty('properties');
  });

  it('reordered-keys: every object, params and errors included, has its keys reversed', async () => {
    const read = async () => {
      const entity = await api.call(`${fixtures}/entities/${E.locked}/?properties=true`);
      const error = await api.call(`${fixtures}/entities/${E.locked}/`, {
        as: 'engineer',
        method: 'PUT',
        body: {},
      });
      return { entity: await entity.text(), error: await error.text() };
    };
    const [stored, reordered] = await withAndWithout('reordered-keys', read);
    const [entity, reversed] = [JSON.parse(stored.entity), JSON.parse(reordered.entity)];
    expect(reversed).toEqual(entity);
    expect(reordered.entity).not.toBe(stored.entity);
    expect(Object.keys(reversed)).toEqual(Object.keys(entity).reverse());
    expect(Object.keys(reversed.properties)).toEqual(Object.keys(entity.properties).reverse());
    const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
    const deep = Object.keys(entity.properties).find(
      (key) => isObject(entity.properties[key]) && Object.keys(entity.properties[key]).length > 1,
    ) as string;
    const nested = Object.keys(entity.properties[deep]);
    expect(Object.keys(reversed.properties[deep])).toEqual([...nested].reverse());
    expect(Object.keys(JSON.parse(reordered.error))).toEqual(Object.keys(JSON.parse(stored.error)).reverse());
    // Arrays keep their order: a page lists the same revisions in the same order.
    const [pageBefore, pageAfter] = await withAndWithout('reordered-keys', async () =>
      (await api.json<Page<RevisionJson>>(`${history}?limit=5&properties=false`)).body.results.map(
        (r) => r.id,
      ),
    );
    expect(pageAfter).toEqual(pageBefore);
  });

  it('revisions-without-params: no revision carries properties, even when asked', async () => {
    const read = async () => (await api.json<Page<RevisionJson>>(`${history}?properties=true`)).body;
    const [withParams, without] = await withAndWithout('revisions-without-params', read);
    expect(withParams.results.every((revision) => 'properties' in revision)).toBe(true);
    expect(without.count).toBe(withParams.count);
    expect(without.results.map((revision) => revision.id)).toEqual(withParams.results.map((r) => r.id));
    expect(without.results.some((revision) => 'properties' in revision)).toBe(false);
    expect((await api.json(`${history}?properties=true`, { as: 'viewer' })).status).toBe(403);
  });

  it('halved-page-caps: workspaces 25, entities 50, revisions 12', async () => {
    const sizes = async () => {
      const length = async (path: string) => (await api.json<Page<unknown>>(path)).body.results.length;
      return {
        workspaces: await length('/api/workspaces/?limit=1000'),
        children: await length(`/api/workspaces/${W.big}/entities/${E.bigParent}/entities/?limit=1000`),
        revisions: await length(`${history}?limit=1000&properties=false`),
      };
    };
    const [full, halved] = await withAndWithout('halved-page-caps', sizes);
    expect(full).toEqual({ workspaces: 50, children: 100, revisions: 25 });
    expect(halved).toEqual({ workspaces: 25, children: 50, revisions: 12 });
    const count = (await api.json<Page<unknown>>('/api/workspaces/?limit=1000')).body.count;
    expect(count).toBe(56);
  });

  it('missing-inferred-fields: records whose id is a multiple of 5 lack the inferred fields', async () => {
    await switchVariants(['missing-inferred-fields']);
    const workspace = (await api.json<Record<string, unknown>>(`/api/workspaces/${W.simpleApp}/`)).body;
    expect(workspace).not.toHaveProperty('updated_at');
    expect(Object.keys(workspace.app_version as object).sort()).toEqual(['id', 'tag']);
    const listed = (await api.json<Page<{ id: number }>>('/api/workspaces/?limit=50')).body.results;
    for (const item of listed) expect('updated_at' in item).toBe(item.id % 5 !== 0);
    expect(listed.some((item) => item.id % 5 === 0)).toBe(true);

    const root = (await api.json<EntityJson>(`${fixtures}/entities/${E.fixturesRoot}/`)).body;
    for (const field of ['path', 'entity_type_name', 'created_by']) expect(root).not.toHaveProperty(field);
    const locked = (await api.json<EntityJson>(`${fixtures}/entities/${E.locked}/`)).body;
    expect(locked).toMatchObject({
      path: [E.fixturesRoot],
      entity_type_name: 'Structure',
      created_by: expect.any(Number),
    });

    const type = (await api.json(`/api/workspaces/${W.big}/entity_types/5/`)).body;
    expect(type).not.toHaveProperty('child_entity_type_ids');
    expect(type).not.toHaveProperty('class_name');
    expect(type).toMatchObject({ id: 5, name: 'Soil investigation' });

    const revisions = (await api.json<Page<RevisionJson>>(`${history}?properties=false`)).body.results;
    for (const revision of revisions) expect('created_date' in revision).toBe(revision.id % 5 !== 0);
    expect(revisions.some((revision) => revision.id % 5 === 0)).toBe(true);
  });

  it('covers every variant with a test above', () => {
    expect(CONTRACT_VARIANTS).toEqual([
      'revisions-oldest-first',
      'put-without-params',
      'reordered-keys',
      'revisions-without-params',
      'halved-page-caps',
      'missing-inferred-fields',
    ]);
  });
});

describe('switching variants', () => {
  it('at run time: GET lists them, PUT replaces the set, [] is the default again', async () => {
    const state = await api.json('/__control/variants', { as: null });
    expect(state).toMatchObject({ status: 200, body: { variants: [], available: [...CONTRACT_VARIANTS] } });
    const set = await switchVariants(['reordered-keys', 'revisions-oldest-first', 'reordered-keys']);
    expect(set.body.variants).toEqual(['revisions-oldest-first', 'reordered-keys']);
    expect((await api.json('/__control/variants/', { as: null })).body).toMatchObject({
      variants: ['revisions-oldest-first', 'reordered-keys'],
    });
    expect((await switchVariants(['halved-page-caps'])).body.variants).toEqual(['halved-page-caps']);
    expect((await switchVariants([])).body.variants).toEqual([]);
  });

  it('refuses unknown names with a DRF field error and keeps the current set', async () => {
    await switchVariants(['put-without-params']);
    const unknown = await switchVariants(['put-without-params', 'newest-last']);
    expect(unknown.status).toBe(400);
    expect(unknown.body).toEqual({
      variants: [expect.stringContaining('"newest-last" is not a valid choice')],
    });
    const missing = await api.json('/__control/variants', { as: null, method: 'PUT', body: {} });
    expect(missing).toMatchObject({ status: 400, body: { variants: ['This field is required.'] } });
    expect((await api.json('/__control/variants', { as: null })).body).toMatchObject({
      variants: ['put-without-params'],
    });
  });

  it('at start: startDemoServer({ variants }) and DEMO_VARIANT', async () => {
    expect(variantsFromEnv(' halved-page-caps,,reordered-keys ')).toEqual([
      'reordered-keys',
      'halved-page-caps',
    ]);
    expect(variantsFromEnv(undefined)).toEqual([]);
    expect(() => variantsFromEnv('sideways')).toThrow(/unknown sideways \(available: revisions-oldest-first/);
    await expect(
      startDemoServer({ port: 0, dbPath: ':memory:', variants: ['sideways' as ContractVariant] }),
    ).rejects.toThrow('Unknown contract variants: sideways');

    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'server/main.ts', '--port', '0', '--db', ':memory:', '--quiet'],
      { env: { ...process.env, DEMO_VARIANT: 'halved-page-caps' }, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      let output = '';
      child.stdout.setEncoding('utf8');
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: string) => {
          output += chunk;
          const match = /listening on (\S+)/.exec(output);
          if (match?.[1] && output.includes('Contract variants:')) resolve(match[1]);
        });
        child.once('exit', (code) => reject(new Error(`demo exited (${code}): ${output}`)));
      });
      const state = (await (await realFetch(`${url}/__control/variants`)).json()) as { variants: string[] };
      expect(state.variants).toEqual(['halved-page-caps']);
    } finally {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
    }
  }, 60_000);
});

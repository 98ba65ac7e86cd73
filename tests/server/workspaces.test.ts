// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FIXTURE_WORKSPACE_IDS } from '../../server/app';
import { appPageSchema } from '../../src/api/apps/schemas';
import { type Workspace, workspacePageSchema, workspaceSchema } from '../../src/api/workspaces/schemas';
import { allReadable, startTestServer } from './demo-client';

const api = startTestServer();

async function listWorkspaces(query: string, as: 'admin' | 'engineer' = 'admin') {
  const { status, body } = await api.json(`/api/workspaces/?${query}`, { as });
  expect(status).toBe(200);
  return allReadable(workspacePageSchema.parse(body));
}

describe('GET /api/workspaces/', () => {
  it('caps the page at 50 whatever the client asks, with the full count', async () => {
    const page = await listWorkspaces('limit=100&offset=0');
    expect(page.results).toHaveLength(50);
    expect(page.count).toBe(56);
    const rest = await listWorkspaces('limit=100&offset=50');
    expect(rest.results).toHaveLength(6);
    const ids = new Set([...page.results, ...rest.results].map((workspace) => workspace.id));
    expect(ids.size).toBe(56);
  });

  it('uses a default page without limit and rejects invalid limits', async () => {
    expect((await listWorkspaces('')).results).toHaveLength(50);
    for (const limit of ['0', '-3', 'ten']) {
      const { status, body } = await api.json(`/api/workspaces/?limit=${limit}`);
      expect(status).toBe(400);
      expect(body).toHaveProperty('limit');
    }
  });

  it('hides archived workspaces unless an admin asks for them', async () => {
    const visible = await listWorkspaces('limit=50');
    expect(visible.results.every((workspace) => !workspace.is_archived)).toBe(true);
    const all = await listWorkspaces('include_archived=true&limit=50');
    expect(all.count).toBe(64);
    const denied = await api.json('/api/workspaces/?include_archived=true', { as: 'engineer' });
    expect(denied.status).toBe(403);
    expect(denied.body).toEqual({ detail: 'Only organisation admins can list archived workspaces.' });
  });

  it('filters by search, visibility, app and label', async () => {
    const search = await listWorkspaces('search=WIDENING');
    expect(search.results.map((workspace) => workspace.name)).toContain('A12 Widening – Foundations');
    const development = await listWorkspaces('visibility=DEVELOPMENT');
    expect(development.count).toBe(6);
    expect(
      development.results.every((workspace) => workspace.app === null && workspace.app_version === null),
    ).toBe(true);
    const bridges = await listWorkspaces('app=2');
    expect(bridges.count).toBeGreaterThan(0);
    expect(bridges.results.every((workspace) => workspace.app?.id === 2)).toBe(true);
    const labelled = await listWorkspaces('label=7');
    expect(labelled.results.every((workspace) => workspace.labels?.some((label) => label.id === 7))).toBe(
      true,
    );
    expect((await api.json('/api/workspaces/?visibility=SECRET')).status).toBe(400);
  });

  it('sorts by name (default), dates and views', async () => {
    const names = (await listWorkspaces('limit=50')).results.map((workspace) => workspace.name.toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    const byDate = (await listWorkspaces('sort=created_at:desc')).results.map(
      (workspace) => workspace.created_at,
    );
    expect(byDate).toEqual([...byDate].sort().reverse());
    const byViews = (await listWorkspaces('sort=views:asc')).results.map(
      (workspace) => (workspace as Workspace & { views: number }).views,
    );
    expect(byViews).toEqual([...byViews].sort((a, b) => a - b));
    expect((await api.json('/api/workspaces/?sort=colour:asc')).status).toBe(400);
  });

  it('sends contract timestamps, hex label colours and app versions', async () => {
    const [workspace] = (await listWorkspaces('search=A12 Widening')).results;
    expect(workspace?.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    expect(workspace?.labels?.every((label) => /^#[0-9a-f]{6}$/.test(label.color ?? ''))).toBe(true);
    expect(workspace?.app_version).toMatchObject({ app_type: 'tree', status: 'PUBLISHED' });
  });
});

describe('GET /api/workspaces/{ws}/', () => {
  it('returns one workspace; archived ones only to admins', async () => {
    const { status, body } = await api.json(`/api/workspaces/${FIXTURE_WORKSPACE_IDS.archived}/`);
    expect(status).toBe(200);
    expect(workspaceSchema.parse(body).is_archived).toBe(true);
    const hidden = await api.json(`/api/workspaces/${FIXTURE_WORKSPACE_IDS.archived}/`, { as: 'engineer' });
    expect(hidden.status).toBe(404);
  });
});

describe('GET /api/apps/', () => {
  it('lists and searches apps', async () => {
    const all = appPageSchema.parse((await api.json('/api/apps/?limit=500')).body);
    expect(all.count).toBeGreaterThanOrEqual(4);
    const dikes = allReadable(appPageSchema.parse((await api.json('/api/apps/?search=dike')).body));
    expect(dikes.results.map((app) => app.name)).toEqual(['Dike Assessment']);
  });
});

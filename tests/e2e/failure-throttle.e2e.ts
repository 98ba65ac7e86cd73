import { afterEach, describe, expect, it } from 'vitest';
import { setUpBrowser } from './browser';
import { demoApi, demoInfo, listWorkspaces } from './demo-api';
import {
  addFault,
  changed,
  clearFaults,
  entityPath,
  openEditTab,
  pendingFaults,
  readEntity,
  revisionCount,
  sent,
  storedDraft,
  type Target,
  valueAt,
} from './failure-matrix-ui';
import { workspaceListPage } from './workspace-list-page';

/** 429 Too Many Requests: reads wait and try again (as long as Retry-After says), writes never do. */
const session = setUpBrowser();

afterEach(async () => {
  await clearFaults();
});

/** The app-wide line that says requests are waiting (it is empty when nothing waits). */
const requestStatus = () => session.page.getByRole('status').filter({ hasText: /VIKTOR|retrying/ });
const slowDown = (seconds: RegExp | number) =>
  session.page.getByRole('status').filter({
    hasText: new RegExp(
      `^VIKTOR asked us to slow down: retrying in ${typeof seconds === 'number' ? seconds : seconds.source} s…$`,
    ),
  });

type EntitySummary = { id: number; name: string };

/** A structure of the fixtures root other than the one the edited piles live under, and its first child. */
async function unopenedStructure(ws: number) {
  const { fixtures } = await demoInfo();
  const structures = await demoApi<EntitySummary[]>(
    `${entityPath(ws, fixtures.entities.fixturesRoot)}entities/`,
  );
  for (const structure of structures.filter((s) => s.name !== 'Noise barrier')) {
    const [child] = await demoApi<EntitySummary[]>(`${entityPath(ws, structure.id)}entities/`);
    if (child) return { structure, child };
  }
  throw new Error('no other structure with children under the fixtures root');
}

/**
 * A pile no other file edits: the last of the "Noise barrier" structure's pile group "PG-02 south"
 * (the other failure files edit "PG-03 east", editing.e2e.ts deletes "PG-01 north"), found by name.
 */
async function pileForThisFile(): Promise<Target> {
  const { fixtures } = await demoInfo();
  const ws = fixtures.workspaces.fixtures;
  const structures = await demoApi<EntitySummary[]>(
    `${entityPath(ws, fixtures.entities.fixturesRoot)}entities/`,
  );
  const structure = structures.find((s) => s.name === 'Noise barrier');
  if (!structure) throw new Error('no "Noise barrier" structure in the fixtures workspace');
  const groups = await demoApi<EntitySummary[]>(`${entityPath(ws, structure.id)}entities/`);
  const group = groups.find((g) => g.name === 'PG-02 south');
  if (!group) throw new Error(`${structure.name} has no pile group "PG-02 south"`);
  const pile = (await demoApi<EntitySummary[]>(`${entityPath(ws, group.id)}entities/`)).at(-1);
  if (!pile) throw new Error(`${group.name} has no piles`);
  const entity = await readEntity(ws, pile.id);
  expect(entity.locked, `${entity.name} is not locked`).toBeFalsy();
  expect(typeof valueAt(entity.properties, 'geometry.length')).toBe('number');
  return { ws, id: entity.id, name: entity.name, params: entity.properties, path: 'geometry.length' };
}

describe('429 on reads', () => {
  it('with Retry-After: says it is asked to slow down, waits, then shows the list', async () => {
    const { page, network } = session;
    session.allowConsoleError(/429 \(Too Many Requests\)/);
    const { count } = await listWorkspaces({ limit: '1' });
    const ui = workspaceListPage(page);
    await addFault({ path: '/api/workspaces/', method: 'GET', kind: '429', retryAfter: 3, count: 1 });

    await page.goto('/workspaces');
    // The countdown starts at what Retry-After asked for (a busy machine may show it a second late).
    await slowDown(/[1-3]/).waitFor();
    await ui.total(count).waitFor();
    await ui.rows.first().waitFor();
    await requestStatus().waitFor({ state: 'detached' });
    expect(await pendingFaults()).toEqual([]);
    // The same first page, asked again after the wait: no other page, no duplicate beyond the retry.
    expect(network.workspaceListRequests().map((url) => url.searchParams.get('offset'))).toEqual(['0', '0']);
  });

  it('without Retry-After: waits longer each time (backoff), then shows the tree', async () => {
    const { page, network } = session;
    session.allowConsoleError(/429 \(Too Many Requests\)/);
    const { fixtures } = await demoInfo();
    const ws = fixtures.workspaces.fixtures;
    const [root] = await demoApi<{ id: number; name: string }[]>(`/api/workspaces/${ws}/entities/`);
    if (!root) throw new Error('the fixtures workspace has no entities');
    const rootsPath = `/api/workspaces/${ws}/entities/`;
    await page.goto(`/workspaces/${ws}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const tree = page.getByRole('tree', { name: /^Entities of / });
    await tree.getByRole('treeitem', { name: root.name, exact: true }).waitFor();

    // A reload with the roots refused twice, without saying how long to wait.
    await addFault({ path: rootsPath, method: 'GET', kind: '429', retryAfter: null, count: 2 });
    const before = network.requests.length;
    await page.reload();
    await slowDown(1).waitFor();
    // The second wait is longer than the first: only it can say 2 s.
    await slowDown(2).waitFor();
    await tree.getByRole('treeitem', { name: root.name, exact: true }).waitFor();
    await requestStatus().waitFor({ state: 'detached' });
    expect(await pendingFaults()).toEqual([]);
    const rootRequests = network.requests
      .slice(before)
      .filter((r) => r.method === 'GET' && r.url.pathname === rootsPath);
    expect(rootRequests, 'refused twice, then answered').toHaveLength(3);
  });
});

describe('429 on a save', () => {
  it('is not retried: says so, keeps the edit and its draft, and Save again saves', async () => {
    const { page, network } = session;
    session.allowConsoleError(/429 \(Too Many Requests\)/);
    const target = await pileForThisFile();
    const revisionsBefore = await revisionCount(target.ws, target.id);
    const ui = await openEditTab(page, target);
    const value = changed(valueAt(target.params, target.path), 7.25);

    await ui.field(target.path).fill(String(value));
    await ui.oneChange.waitFor();
    await addFault({
      path: entityPath(target.ws, target.id),
      method: 'PUT',
      kind: '429',
      retryAfter: 2,
      count: 1,
    });
    await ui.save.click();
    await ui.saveAlert.filter({ hasText: /throttled|slow down/i }).waitFor();
    await ui.saveAlert.filter({ hasText: /kept/ }).waitFor();
    expect(await ui.field(target.path).inputValue()).toBe(String(value));
    await ui.oneChange.waitFor();
    expect(valueAt((await storedDraft(page, target))?.properties ?? {}, target.path)).toBe(value);
    // Time passes beyond the wait the server asked for (a read on the same screen, refused with the
    // same Retry-After, waits it out and shows its answer), and the save is still not repeated.
    const { structure, child } = await unopenedStructure(target.ws);
    const tree = page.getByRole('tree', { name: /^Entities of / });
    await addFault({
      path: `${entityPath(target.ws, structure.id)}entities/`,
      method: 'GET',
      kind: '429',
      retryAfter: 2,
      count: 1,
    });
    await tree.getByRole('treeitem', { name: structure.name, exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    await slowDown(/[12]/).waitFor();
    await tree.getByRole('treeitem', { name: child.name, exact: true }).waitFor();
    expect(await pendingFaults()).toEqual([]);
    expect(sent(network, 'PUT', entityPath(target.ws, target.id))).toBe(1);
    expect(await revisionCount(target.ws, target.id)).toBe(revisionsBefore);
    expect(await ui.field(target.path).inputValue()).toBe(String(value));

    await ui.save.click();
    await ui.saved.waitFor();
    expect(sent(network, 'PUT', entityPath(target.ws, target.id))).toBe(2);
    expect(valueAt((await readEntity(target.ws, target.id)).properties, target.path)).toBe(value);
  });
});

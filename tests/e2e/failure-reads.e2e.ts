import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { setUpBrowser } from './browser';
import { currentUserName, demoApi, demoInfo, listWorkspaces } from './demo-api';
import {
  addFault,
  clearFaults,
  entityPath,
  pendingFaults,
  pileOf,
  readEntity,
  type Target,
} from './failure-matrix-ui';
import type { NetworkLog } from './network-log';
import { workspaceListPage } from './workspace-list-page';

/**
 * The failure matrix for reads: a GET answered 500, dropped on the way, or cut off half-way. GETs are
 * retried by TanStack Query (transient failures only); what cannot be read is said where it happened
 * (the detail pane, the tree node), with a retry, and the rest of the app keeps working.
 */
const session = setUpBrowser();

afterEach(async () => {
  await clearFaults();
});

/** What came back, in order, for GETs of exactly this API path (any query). */
async function statusesOf(network: NetworkLog, path: string): Promise<(number | null)[]> {
  const gets = network.requests.filter((r) => r.method === 'GET' && r.url.pathname === path);
  return Promise.all(gets.map(async (r) => (await r.response)?.status ?? null));
}

const detailPane = (page: Page) => page.getByRole('region', { name: 'Entity detail' });

/** The entity page as a person sees it once its params are on screen. */
async function entityShown(page: Page, target: Target) {
  await detailPane(page).getByRole('heading', { level: 2, name: target.name, exact: true }).waitFor();
  await page.getByRole('tree', { name: `Parameters of ${target.name}` }).waitFor();
}

/**
 * The tree's root opens: navigation works after the failure. (Not a sibling: a failed read may have
 * kept the tree from expanding to the entity, and that reveal is not tried again.)
 */
async function rootOpens(page: Page, ws: number) {
  const { fixtures } = await demoInfo();
  const root = await readEntity(ws, fixtures.entities.fixturesRoot);
  await page
    .getByRole('tree', { name: /Entities of/ })
    .getByRole('link', { name: root.name, exact: true })
    .click();
  await detailPane(page).getByRole('heading', { level: 2, name: root.name, exact: true }).waitFor();
}

describe('a GET that fails with 500', () => {
  it('twice, then answers: retried by the app, the page shows the entity', async () => {
    const { page, network } = session;
    const target = await pileOf(9);
    const path = entityPath(target.ws, target.id);
    await addFault({ path, method: 'GET', kind: '500', count: 2 });
    session.allowConsoleError(/status of 500/);

    await page.goto(`/workspaces/${target.ws}/entities/${target.id}`);
    await entityShown(page, target);
    expect(await pendingFaults(), 'both failures were served').toEqual([]);
    const statuses = await statusesOf(network, path);
    expect(statuses.length, 'asked again after failing').toBeGreaterThan(1);
    expect(statuses.at(-1)).toBe(200);
  });
});

describe('a GET whose connection drops', () => {
  it('once: retried, and the entity shows', async () => {
    const { page, network } = session;
    const target = await pileOf(10);
    const path = entityPath(target.ws, target.id);
    await addFault({ path, method: 'GET', kind: 'network' });
    // Behind the dashboard's proxy (as behind nginx) a dropped upstream connection is a 502.
    session.allowConsoleError(/status of 502/);

    await page.goto(`/workspaces/${target.ws}/entities/${target.id}`);
    await entityShown(page, target);
    expect(await pendingFaults()).toEqual([]);
    const statuses = await statusesOf(network, path);
    expect(statuses[0]).toBe(502);
    expect(statuses.at(-1), 'asked again, answered').toBe(200);
  });

  it('every time: after the retries, the detail pane says the environment cannot be reached; Try again works', async () => {
    const { page, network } = session;
    const target = await pileOf(11);
    const path = entityPath(target.ws, target.id);
    // Every time until cleared (the entity is read for the tree too).
    await addFault({ path, method: 'GET', kind: 'network', count: 100 });
    session.allowConsoleError(/status of 502/);
    // React reports the error its boundary caught; the pane shows it.
    session.allowConsoleError(/^console error: ApiError: The VIKTOR environment could not be reached\./);

    await page.goto(`/workspaces/${target.ws}/entities/${target.id}`);
    const alert = detailPane(page).getByRole('alert');
    await alert.getByText('The VIKTOR environment could not be reached.').waitFor({ timeout: 30_000 });
    const statuses = await statusesOf(network, path);
    expect(statuses.length, 'the first try and three retries, at least').toBeGreaterThanOrEqual(4);
    expect(new Set(statuses)).toEqual(new Set([502]));
    // The workspace around it still works.
    await page
      .getByRole('tree', { name: /Entities of/ })
      .getByRole('treeitem')
      .first()
      .waitFor();

    await clearFaults();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await entityShown(page, target);
    await rootOpens(page, target.ws);
  });
});

describe('a GET answered with cut-off JSON', () => {
  it('on the entity: the detail pane says it could not be read; Try again works once it reads', async () => {
    const { page } = session;
    const target = await pileOf(3);
    const { fixtures } = await demoInfo();
    const root = await readEntity(target.ws, fixtures.entities.fixturesRoot);
    // Every time until cleared: which of the page's reads of it comes first does not matter.
    await addFault({ path: entityPath(target.ws, target.id), method: 'GET', kind: 'malformed', count: 100 });
    // React reports the error its boundary caught; the pane shows it.
    session.allowConsoleError(/^console error: ApiError: The server sent a response we could not read/);

    await page.goto(`/workspaces/${target.ws}/entities/${target.id}`);
    const alert = detailPane(page).getByRole('alert');
    await alert.getByText('The server sent a response we could not read: it is not valid JSON.').waitFor();
    // The tree beside it works.
    const tree = page.getByRole('tree', { name: /Entities of/ });
    await tree.getByRole('treeitem', { name: root.name, exact: true }).waitFor();

    await clearFaults();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await entityShown(page, target);
    await rootOpens(page, target.ws);
  });

  it('on a tree node’s children: the node says it could not read them; Retry loads them', async () => {
    const { page } = session;
    const { fixtures } = await demoInfo();
    const ws = fixtures.workspaces.fixtures;
    const root = await readEntity(ws, fixtures.entities.fixturesRoot);
    const [firstChild] = await demoApi<{ name: string }[]>(`${entityPath(ws, root.id)}entities/`);
    if (!firstChild) throw new Error(`${root.name} has no children`);
    await addFault({ path: `${entityPath(ws, root.id)}entities/`, method: 'GET', kind: 'malformed' });

    await page.goto(`/workspaces/${ws}`);
    const tree = page.getByRole('tree', { name: /Entities of/ });
    const node = tree.getByRole('treeitem', { name: root.name, exact: true });
    await node.focus();
    await page.keyboard.press('ArrowRight');
    await tree.getByText(/^Could not load: .*could not read/).waitFor();
    expect(await pendingFaults()).toEqual([]);

    // Only that node failed: the workspace's page around the tree is all there.
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.getByRole('alert').count(), 'no page-wide error').toBe(0);

    await tree.getByRole('button', { name: 'Retry' }).click();
    await tree.getByRole('treeitem', { name: firstChild.name, exact: true }).waitFor();
    // And the node opens.
    await node.getByRole('link', { name: root.name, exact: true }).click();
    await detailPane(page).getByRole('heading', { level: 2, name: root.name, exact: true }).waitFor();
  });
});

describe('the workspace list answered with cut-off JSON', () => {
  it('says it could not load the workspaces where the list would be; Try again lists them', async () => {
    const { page } = session;
    const ui = workspaceListPage(page);
    const { count } = await listWorkspaces({ limit: '1' });
    // Every time until cleared: a refetch when the window gains focus must not heal it unseen.
    await addFault({ path: '/api/workspaces/', method: 'GET', kind: 'malformed', count: 100 });
    session.allowConsoleError(/^console error: ApiError: The server sent a response we could not read/);

    await page.goto('/workspaces');
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load workspaces' });
    await alert.getByText(/could not read/).waitFor();
    // The rest of the page is there: the header and the filters.
    await page.getByText(`Signed in as ${await currentUserName()}`).waitFor();
    expect(await ui.search.isEditable()).toBe(true);

    await clearFaults();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await ui.total(count).waitFor();
    await ui.rows.first().waitFor();
  });
});

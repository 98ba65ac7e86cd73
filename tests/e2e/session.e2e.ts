import type { Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { startPreview, urlOf } from '../built-app';
import { setUpBrowser } from './browser';
import { currentUserName, demoApi, demoInfo } from './demo-api';
import { workspaceListPage } from './workspace-list-page';

/**
 * Signed out and back: paste-a-token mode from the start, a 401 in the middle of an edit, and an auth
 * proxy's session ending (a sign-in page or a redirect instead of the API), each undone from the
 * banner without a reload. Faults are the demo's (server/README.md), global: cleared after each test.
 */

type Fault = { path: string; kind: string; count: number };

async function addFault(fault: Fault) {
  const response = await fetch(new URL('/__faults', inject('demoUrl')), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fault),
  });
  if (!response.ok) throw new Error(`fault ${JSON.stringify(fault)}: ${await response.text()}`);
}

async function clearFaults() {
  await fetch(new URL('/__faults', inject('demoUrl')), { method: 'DELETE' });
}

const banner = (page: Page, name: string | RegExp) => page.getByRole('region', { name });
const appHeader = (page: Page) =>
  page.locator('header').filter({ has: page.getByRole('navigation', { name: 'Main' }) });

/** Every value the page keeps in web storage and IndexedDB, as one string to search. */
const everythingStored = (page: Page) =>
  page.evaluate(async () => {
    const idb: string[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of db.objectStoreNames) {
        const all = db.transaction(store).objectStore(store).getAll();
        idb.push(
          name,
          JSON.stringify(
            await new Promise((resolve) => {
              all.onsuccess = () => resolve(all.result);
            }),
          ),
        );
      }
      db.close();
    }
    return JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + idb.join('\n');
  });

afterEach(async () => {
  await clearFaults();
});

describe('paste-a-token mode (the proxy holds no token)', () => {
  let preview: PreviewServer | undefined;
  let baseUrl = '';
  beforeAll(async () => {
    preview = await startPreview({
      outDir: inject('distDir'),
      upstream: inject('demoUrl'),
      token: '',
      environmentName: inject('environmentName'),
    });
    baseUrl = urlOf(preview);
  });
  afterAll(async () => {
    await preview?.close();
  });
  const session = setUpBrowser(() => baseUrl);

  it("asks for a token, refuses a wrong one, signs in with the engineer's, forgets it on request", async () => {
    const { page, network } = session;
    session.allowConsoleError(/status of 401/);
    const engineerToken = inject('tokens').engineer;
    const ui = workspaceListPage(page);

    await page.goto('/workspaces');
    const signIn = banner(page, 'Sign in to VIKTOR');
    await signIn.waitFor();
    await signIn.getByText("Kept in this tab's memory only: a reload forgets it.").waitFor();
    const field = signIn.getByLabel('Personal access token');
    expect(await field.getAttribute('type')).toBe('password');

    await field.fill('not-a-viktor-token');
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await signIn.getByRole('alert').filter({ hasText: 'This token was not accepted' }).waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');

    await field.fill(engineerToken);
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await ui.rows.first().waitFor();
    await appHeader(page)
      .getByText(await currentUserName('engineer'))
      .waitFor();
    expect(await signIn.count()).toBe(0);
    await page.waitForLoadState('networkidle');

    const origin = new URL(baseUrl).origin;
    const requests = await network.settled();
    const withToken = requests.filter((r) => r.headers.authorization);
    expect(withToken.length).toBeGreaterThan(1);
    for (const request of withToken) {
      const where = `${request.method} ${request.url}`;
      expect(request.url.origin, where).toBe(origin);
      expect(request.url.pathname.startsWith('/api/'), where).toBe(true);
    }
    expect(
      withToken.some(
        (r) => r.url.pathname === '/api/workspaces/' && r.headers.authorization === `Bearer ${engineerToken}`,
      ),
    ).toBe(true);
    for (const request of requests) expect(request.url.href).not.toContain(engineerToken);
    expect(page.url()).not.toContain(engineerToken);
    expect(await everythingStored(page)).not.toContain(engineerToken);

    await appHeader(page).getByRole('button', { name: 'Forget token' }).click();
    await banner(page, 'Signed out: this tab forgot your token').waitFor();
    await appHeader(page).getByText('Signed out', { exact: true }).waitFor();
    expect(await ui.rows.count(), 'no workspace of the engineer stays on screen').toBe(0);

    await page.reload();
    await banner(page, 'Sign in to VIKTOR').waitFor();
    expect(await ui.rows.count()).toBe(0);
  });
});

type Params = Record<string, unknown>;
type EntitySummary = { id: number; name: string };
type Entity = EntitySummary & { properties: Params };

const entityPath = (ws: number, id: number) => `/api/workspaces/${ws}/entities/${id}/`;
const readEntity = (ws: number, id: number) => demoApi<Entity>(`${entityPath(ws, id)}?properties=true`);
const children = (ws: number, id: number) => demoApi<EntitySummary[]>(`${entityPath(ws, id)}entities/`);
const lengthOf = (entity: Entity) => (entity.properties.geometry as Params | undefined)?.length;

/**
 * A pile only this file edits: under the fixtures root's last structure, its second pile group
 * (editing.e2e.ts and entity-tree.e2e.ts work under the first structure, the failure-matrix files
 * under "Noise barrier").
 */
async function ownPile(): Promise<{ ws: number; entity: Entity }> {
  const { fixtures } = await demoInfo();
  const ws = fixtures.workspaces.fixtures;
  const structures = (await children(ws, fixtures.entities.fixturesRoot)).filter(
    (s) => s.name !== 'Noise barrier',
  );
  const structure = structures.at(-1);
  if (!structure || structures.length < 2) throw new Error('the fixtures root has too few structures');
  const group = (await children(ws, structure.id))[1];
  if (!group) throw new Error(`${structure.name} has fewer than two pile groups`);
  const pile = (await children(ws, group.id))[0];
  if (!pile) throw new Error(`${group.name} has no piles`);
  const entity = await readEntity(ws, pile.id);
  expect(typeof lengthOf(entity), `${entity.name} has a geometry.length`).toBe('number');
  return { ws, entity };
}

describe('behind the injecting proxy', () => {
  const session = setUpBrowser();

  it('401 mid-edit: signed out, the edit kept and not saved; after Try again, Save saves', async () => {
    const { page } = session;
    session.allowConsoleError(/status of 401/);
    const { ws, entity } = await ownPile();
    const value = Math.round(((lengthOf(entity) as number) + 0.75) * 100) / 100;
    const changes = page.getByRole('region', { name: 'Your changes' });
    const save = changes.getByRole('button', { name: 'Save', exact: true });
    const lengthField = page.getByLabel('geometry.length', { exact: true });

    await page.goto(`/workspaces/${ws}/entities/${entity.id}/edit`);
    await page.getByRole('region', { name: `Edit parameters of ${entity.name}` }).waitFor();
    await lengthField.fill(String(value));
    await changes.getByRole('heading', { name: 'Your changes: 0 added, 0 removed, 1 changed' }).waitFor();

    // The token expires: more 401s than the save sends, so it cannot get through.
    await addFault({ path: '/api/', kind: '401', count: 5 });
    await save.click();
    const expired = banner(page, "The dashboard's service token was rejected (expired or revoked)");
    await expired.waitFor();
    await expired.getByText(/Unsaved edits are kept/).waitFor();
    await page
      .getByRole('alert')
      .filter({ hasText: /not saved|nothing was saved/i })
      .waitFor();
    expect(await lengthField.inputValue()).toBe(String(value));
    expect(lengthOf(await readEntity(ws, entity.id)), 'nothing reached the demo').toBe(lengthOf(entity));

    // Renewed: Try again signs back in, in place.
    await clearFaults();
    await expired.getByRole('button', { name: 'Try again' }).click();
    await expired.waitFor({ state: 'detached' });
    expect(await lengthField.inputValue()).toBe(String(value));
    await save.click();
    await changes.getByRole('status').filter({ hasText: 'Saved as a new revision.' }).waitFor();
    expect(lengthOf(await readEntity(ws, entity.id))).toBe(value);
  });

  it("the auth proxy's session ends (sign-in page, then a redirect): the page stays, and carries on without a reload", async () => {
    const { page } = session;
    const { fixtures } = await demoInfo();
    const ws = fixtures.workspaces.fixtures;
    const roots = await demoApi<EntitySummary[]>(`/api/workspaces/${ws}/entities/`);
    const root = roots[0] as EntitySummary;
    const [first, second, third] = await children(ws, root.id);
    if (!first || !second || !third) throw new Error(`${root.name} has fewer than three children`);
    const [secondChild] = await children(ws, second.id);
    const [thirdChild] = await children(ws, third.id);
    if (!secondChild || !thirdChild) throw new Error('the structures have no children');
    const tree = page.getByRole('tree', { name: /Entities of/ });
    const item = (name: string) => tree.getByRole('treeitem', { name, exact: true });
    const expand = async (name: string) => {
      await item(name).focus();
      await page.keyboard.press('ArrowRight');
    };

    // The first structure's page: its siblings are in the tree, closed, their children not read yet.
    await page.goto(`/workspaces/${ws}/entities/${first.id}`);
    await page.getByRole('heading', { name: first.name, exact: true }).waitFor();
    await item(third.name).waitFor();
    const secondChildrenBefore = await item(secondChild.name).count();
    await page.evaluate(() => {
      (window as { sessionMarker?: string }).sessionMarker = 'still this page';
    });

    // A sign-in page answers instead of the API: opening a node is what notices.
    await addFault({ path: '/api/', kind: 'html', count: 20 });
    await expand(second.name);
    const ended = banner(page, 'Your sign-in session has ended');
    await ended.waitFor();
    await ended.getByText(/Unsaved edits are kept/).waitFor();
    const signInLink = ended.getByRole('link', { name: 'Sign in again (opens a new tab)' });
    expect(await signInLink.getAttribute('target')).toBe('_blank');
    expect(await signInLink.getAttribute('rel')).toBe('noopener noreferrer');
    expect(
      await page.getByRole('heading', { name: first.name, exact: true }).isVisible(),
      'the page stays',
    ).toBe(true);

    await clearFaults();
    await ended.getByRole('button', { name: 'I have signed in — continue' }).click();
    await ended.waitFor({ state: 'detached' });
    // The request that was turned away is asked again: the node's children arrive (names repeat
    // across structures, so count them).
    await expect.poll(() => item(secondChild.name).count()).toBe(secondChildrenBefore + 1);

    // Again, as a redirect to the sign-in page; this time coming back to the tab is enough.
    const thirdChildrenBefore = await item(thirdChild.name).count();
    await addFault({ path: '/api/', kind: 'redirect', count: 20 });
    await expand(third.name);
    await ended.waitFor();
    expect(await item(secondChild.name).count(), 'what was open stays open').toBe(secondChildrenBefore + 1);
    await clearFaults();
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await ended.waitFor({ state: 'detached' });
    await expect.poll(() => item(thirdChild.name).count()).toBe(thirdChildrenBefore + 1);

    const kept = await page.evaluate(() => ({
      marker: (window as { sessionMarker?: string }).sessionMarker,
      navigations: performance.getEntriesByType('navigation').length,
    }));
    expect(kept).toEqual({ marker: 'still this page', navigations: 1 });
  });
});

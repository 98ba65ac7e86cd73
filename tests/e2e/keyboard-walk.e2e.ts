import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { setUpBrowser } from './browser';
import { demoApi, demoInfo } from './demo-api';

const session = setUpBrowser();

type Params = Record<string, unknown>;
type EntitySummary = { id: number; name: string; entity_type: number };
type Entity = EntitySummary & { properties: Params };

const entityPath = (ws: number, id: number) => `/api/workspaces/${ws}/entities/${id}/`;
const children = (ws: number, id: number) => demoApi<EntitySummary[]>(`${entityPath(ws, id)}entities/`);
const readEntity = (ws: number, id: number) => demoApi<Entity>(`${entityPath(ws, id)}?properties=true`);

/** Written to the demo as the admin, past the dashboard: this file's own entity and its history. */
async function writeDemo<T>(method: 'POST' | 'PUT', path: string, body: object): Promise<T> {
  const response = await fetch(new URL(path, inject('demoUrl')), {
    method,
    headers: { authorization: `Bearer ${inject('tokens').admin}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const byName = <T extends { name: string }>(list: T[], name: string, where: string): T => {
  const found = list.find((item) => item.name === name);
  if (!found) throw new Error(`no "${name}" in ${where}: ${list.map((item) => item.name).join(', ')}`);
  return found;
};

const LENGTH = 'geometry.length';
const lengthOf = (params: Params) => (params.geometry as Params | undefined)?.length as number;

/**
 * A new pile with two revisions (so its history has a diff), under the fixtures workspace's second
 * root ("Main works", which no other file reads): "Viaduct Reeuwijk" → "PG-03 east". The path to it
 * is returned by name, as the keyboard walk meets it in the tree.
 */
async function pileWithHistory() {
  const { fixtures } = await demoInfo();
  const ws = fixtures.workspaces.fixtures;
  const workspace = await demoApi<{ name: string }>(`/api/workspaces/${ws}/`);
  const roots = await demoApi<EntitySummary[]>(`/api/workspaces/${ws}/entities/`);
  const root = byName(roots, 'Main works', 'the fixtures workspace');
  const structure = byName(await children(ws, root.id), 'Viaduct Reeuwijk', root.name);
  const group = byName(await children(ws, structure.id), 'PG-03 east', structure.name);
  const [sibling] = await children(ws, group.id);
  if (!sibling) throw new Error(`${group.name} has no piles to copy`);
  const template = await readEntity(ws, sibling.id);
  const name = `Keyboard walk ${Date.now().toString(36)}`;
  const [created] = await writeDemo<Entity[]>('POST', `${entityPath(ws, group.id)}entities/`, {
    name,
    entity_type: template.entity_type,
    properties: template.properties,
  });
  if (!created) throw new Error('the demo created no entity');
  const geometry = { ...(template.properties.geometry as Params), length: lengthOf(template.properties) + 1 };
  await writeDemo('PUT', entityPath(ws, created.id), {
    name,
    properties: { ...template.properties, geometry },
    message: 'Longer pile',
  });
  return {
    ws,
    id: created.id,
    name,
    workspaceName: workspace.name,
    /** What the walk passes in the tree, from the top: each name is a row to reach. */
    path: { roots, root, structure, group },
    length: lengthOf(template.properties) + 1,
  };
}

/** The focused element as a screen reader names it (role and name), for failure messages. */
async function describeFocus(page: Page): Promise<string> {
  const onBody = await page.evaluate(
    () => !document.activeElement || document.activeElement === document.body,
  );
  if (onBody) return '<body>';
  const snapshot = await page.locator(':focus').ariaSnapshot();
  return snapshot.split('\n')[0]?.replace(/^- /, '').replace(/:$/, '') ?? '?';
}

/** The focused element draws an outline or a solid box-shadow ring: a sighted user sees where it is. */
const focusRingShows = (page: Page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.activeElement ?? document.body);
    if (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) return true;
    return style.boxShadow
      .split(/,(?![^(]*\))/)
      .some(
        (shadow) => !shadow.includes('rgba(0, 0, 0, 0)') && /[1-9][\d.]*px( inset)?$/.test(shadow.trim()),
      );
  });

const isFocused = (target: Locator) =>
  target.evaluateAll((elements) => elements.some((element) => element === document.activeElement));

/** Fails unless `target` has focus, saying what has it instead. */
async function expectFocus(page: Page, target: Locator, what: string) {
  await expect
    .poll(async () => ((await isFocused(target)) ? what : `not ${what} but ${await describeFocus(page)}`))
    .toBe(what);
}

/**
 * Presses `key` (Tab unless told) until `target` has focus. A control a keyboard user cannot reach
 * in `max` presses fails the test, listing every stop on the way: the order a keyboard user meets.
 * Every stop must show a focus ring.
 */
async function tabTo(
  page: Page,
  target: Locator,
  { max = 25, key = 'Tab' }: { max?: number; key?: string } = {},
) {
  const stops: string[] = [];
  for (let press = 0; press < max && !(await isFocused(target)); press++) {
    await page.keyboard.press(key);
    stops.push(`${await describeFocus(page)}${(await focusRingShows(page)) ? '' : ' (NO FOCUS RING)'}`);
  }
  if (!(await isFocused(target))) {
    throw new Error(
      `${target} not reached in ${max} presses of ${key}; focus went to:\n  ${stops.join('\n  ')}`,
    );
  }
  expect(
    stops.filter((stop) => stop.endsWith('(NO FOCUS RING)')),
    `focus rings on the way (${key})`,
  ).toEqual([]);
}

describe('keyboard only', () => {
  it('goes from the workspace list to an entity, its revisions and a saved edit without a mouse', async () => {
    const { page } = session;
    const pile = await pileWithHistory();
    const { root, structure, group } = pile.path;

    await page.goto('/workspaces');
    const search = page.getByRole('searchbox', { name: 'Search workspaces' });
    await search.waitFor();

    // 1. Past the header, search, open the workspace.
    await page.keyboard.press('Tab');
    await expectFocus(page, page.getByRole('link', { name: 'Skip to content' }), 'the skip link');
    await page.keyboard.press('Enter');
    await expectFocus(page, page.getByRole('main'), 'the main landmark');
    await tabTo(page, search, { max: 3 });
    await page.keyboard.type(pile.workspaceName);
    await page.keyboard.press('Enter');
    const workspaceLink = page
      .getByRole('list', { name: 'Workspaces', exact: true })
      .getByRole('link', { name: pile.workspaceName, exact: true });
    await workspaceLink.waitFor();
    await tabTo(page, workspaceLink);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `/workspaces/${pile.ws}`);

    // 2. Into the tree, down to the pile.
    const tree = page.getByRole('tree', { name: `Entities of ${pile.workspaceName}` });
    const row = (name: string) => tree.getByRole('treeitem', { name, exact: true });
    await row(root.name).waitFor();
    // The row link went away with the list: focus goes to the new page, not to <body>.
    await expectFocus(page, page.getByRole('main'), 'the workspace page’s main landmark');
    // Tab enters the tree once, on its first row; arrows move within it.
    const [firstRoot] = pile.path.roots;
    await tabTo(page, row(firstRoot?.name ?? ''));
    await tabTo(page, row(root.name), { key: 'ArrowDown', max: pile.path.roots.length });
    await page.keyboard.press('ArrowRight'); // open "Main works"
    await row(structure.name).waitFor();
    await tabTo(page, row(structure.name), { key: 'ArrowDown', max: 5 });
    await page.keyboard.press('ArrowRight');
    await row(group.name).waitFor();
    await tabTo(page, row(group.name), { key: 'ArrowDown', max: 10 });
    await page.keyboard.press('ArrowRight');
    await row(pile.name).waitFor();
    await tabTo(page, row(pile.name), { key: 'ArrowDown', max: 10 });
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `/workspaces/${pile.ws}/entities/${pile.id}`);
    await page.getByRole('heading', { level: 2, name: pile.name, exact: true }).waitFor();
    await expectFocus(page, row(pile.name), 'the pile in the tree');

    // 3. The entity's history.
    const views = page.getByRole('navigation', { name: 'Entity views' });
    const revisionsLink = views.getByRole('link', { name: 'Revisions' });
    await tabTo(page, revisionsLink, { max: 40 });
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname.endsWith(`/entities/${pile.id}/revisions`));
    await page.getByRole('heading', { name: /^Revision #\d+ → #\d+$/ }).waitFor();
    const changes = page.getByRole('list', { name: 'Changes' });
    await changes.getByRole('listitem').first().waitFor();
    expect(await changes.textContent()).toContain('length');
    await expectFocus(page, revisionsLink, 'the Revisions link');

    // 4. Edit one number, save.
    const editLink = views.getByRole('link', { name: 'Edit' });
    await tabTo(page, editLink, { max: 3 });
    await page.keyboard.press('Enter');
    const yourChanges = page.getByRole('region', { name: 'Your changes' });
    await yourChanges.getByRole('heading', { name: 'No unsaved changes' }).waitFor();
    const field = page.getByLabel(LENGTH, { exact: true });
    await expectFocus(page, editLink, 'the Edit link');
    await tabTo(page, field, { max: 30 });
    const value = Math.round((pile.length + 2.25) * 100) / 100;
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(String(value));
    await yourChanges.getByRole('heading', { name: 'Your changes: 0 added, 0 removed, 1 changed' }).waitFor();
    const save = yourChanges.getByRole('button', { name: 'Save', exact: true });
    await tabTo(page, save, { max: 60 });
    await page.keyboard.press('Enter');
    await yourChanges.getByRole('status').filter({ hasText: 'Saved as a new revision.' }).waitFor();
    const noChanges = yourChanges.getByRole('heading', { name: 'No unsaved changes' });
    // Save disabled itself when pressed: focus waits on the heading that says the outcome.
    await expectFocus(page, noChanges, 'the "No unsaved changes" heading');

    expect(lengthOf((await readEntity(pile.ws, pile.id)).properties), 'stored by the demo').toBe(value);
  });
});

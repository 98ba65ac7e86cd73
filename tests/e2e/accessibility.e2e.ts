import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from './axe';
import { setUpBrowser } from './browser';
import { demoApi, demoInfo, smallArchivedWorkspace } from './demo-api';

const session = setUpBrowser();

type EntitySummary = { id: number; name: string };

/** Opens a page from its address, waits for its content (by role and name), then runs axe on it. */
async function check(page: Page, path: string, ready: (page: Page) => Promise<unknown>, label = path) {
  await page.goto(path);
  await ready(page);
  await expectNoSeriousViolations(page, label);
}

const entityOf = (ws: number, id: number) => demoApi<EntitySummary>(`/api/workspaces/${ws}/entities/${id}/`);
const childrenOf = (ws: number, id?: number) =>
  demoApi<EntitySummary[]>(`/api/workspaces/${ws}/entities/${id === undefined ? '' : `${id}/entities/`}`);

/** The parameters tree of an entity page, once its first row shows. */
const paramsShown = (page: Page, name: string) =>
  page
    .getByRole('tree', { name: `Parameters of ${name}` })
    .getByRole('treeitem')
    .first()
    .waitFor();

describe('accessibility (axe-core, WCAG 2 A and AA): no serious or critical violations', () => {
  it('the workspace list', async () => {
    const { page } = session;
    await check(page, '/workspaces', (p) =>
      p.getByRole('list', { name: 'Workspaces', exact: true }).locator(':scope > li').nth(3).waitFor(),
    );
  });

  it('a workspace with its tree, a branch opened', async () => {
    const { page } = session;
    const { fixtures } = await demoInfo();
    const ws = fixtures.workspaces.fixtures;
    const [root] = await childrenOf(ws);
    if (!root) throw new Error('the fixtures workspace has no entities');
    const [child] = await childrenOf(ws, root.id);
    if (!child) throw new Error(`${root.name} has no children`);
    const tree = page.getByRole('tree', { name: /^Entities of / });
    await page.goto(`/workspaces/${ws}`);
    await tree.getByRole('treeitem', { name: root.name, exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    await tree.getByRole('treeitem', { name: child.name, exact: true }).waitFor();
    await expectNoSeriousViolations(page, 'the workspace tree');
  });

  it('entity pages: one with a long history (blame shown), the locked one, a file, one of the big workspace', async () => {
    const { page } = session;
    const { fixtures } = await demoInfo();
    const ws = fixtures.workspaces.fixtures;
    const many = await entityOf(ws, fixtures.entities.manyRevisions);
    await check(page, `/workspaces/${ws}/entities/${many.id}`, (p) => paramsShown(p, many.name));
    await page.getByRole('button', { name: 'Show blame' }).click();
    await page.getByText('Reading the revision history for blame…').waitFor({ state: 'detached' });
    await expectNoSeriousViolations(page, `${many.name} with blame`);

    const locked = await entityOf(ws, fixtures.entities.locked);
    await check(page, `/workspaces/${ws}/entities/${locked.id}`, async (p) => {
      await p.getByRole('heading', { level: 2, name: locked.name, exact: true }).waitFor();
      await p.getByText(/^Read-only: /).waitFor();
    });

    const file = await entityOf(ws, fixtures.entities.file);
    await check(page, `/workspaces/${ws}/entities/${file.id}`, async (p) => {
      await p.getByRole('heading', { level: 2, name: file.name, exact: true }).waitFor();
      await p.getByRole('heading', { name: 'File' }).waitFor();
    });

    const big = fixtures.workspaces.big;
    const [bigRoot] = await childrenOf(big);
    if (!bigRoot) throw new Error('the big workspace has no entities');
    await check(page, `/workspaces/${big}/entities/${bigRoot.id}`, (p) =>
      p.getByRole('heading', { level: 2, name: bigRoot.name, exact: true }).waitFor(),
    );
  });

  it('the entity dialogs: rename, add child, delete', async () => {
    const { page } = session;
    const { fixtures } = await demoInfo();
    const ws = fixtures.workspaces.fixtures;
    const [root] = await childrenOf(ws);
    if (!root) throw new Error('the fixtures workspace has no entities');
    const [structure] = await childrenOf(ws, root.id);
    if (!structure) throw new Error(`${root.name} has no children`);
    await check(page, `/workspaces/${ws}/entities/${structure.id}`, (p) =>
      p.getByRole('heading', { level: 2, name: structure.name, exact: true }).waitFor(),
    );
    for (const [button, title] of [
      ['Rename', `Rename ${structure.name}`],
      ['Add child', `Add a child to ${structure.name}`],
      ['Delete', `Delete ${structure.name}`],
    ] as const) {
      await page.getByRole('button', { name: button, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: title });
      await dialog.waitFor();
      await expectNoSeriousViolations(page, `the dialog ${title}`);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    }
  });

  it('revisions: the diff in both layouts, the full document with blame, and the restore dialog', async () => {
    const { page } = session;
    const { fixtures } = await demoInfo();
    const ws = fixtures.workspaces.fixtures;
    const base = `/workspaces/${ws}/entities/${fixtures.entities.manyRevisions}/revisions`;
    const changes = page.getByRole('list', { name: 'Changes' }).getByRole('listitem').first();
    await check(page, base, () => changes.waitFor());
    await check(page, `${base}?view=unified`, () => changes.waitFor());
    const differences = page.getByRole('region', { name: 'Differences' });
    await check(page, `${base}?scope=full&blame=true`, async () => {
      await differences
        .getByText(/^#\d+ · /)
        .first()
        .waitFor();
      await differences.getByText('reading history…').waitFor({ state: 'detached' });
    });

    const restore = page.getByRole('button', { name: /^Restore revision \d+$/ }).nth(1);
    const id = /\d+$/.exec((await restore.getAttribute('aria-label')) ?? '')?.[0];
    await restore.click();
    const dialog = page.getByRole('dialog', { name: `Restore revision #${id}` });
    await dialog.waitFor();
    await expectNoSeriousViolations(page, 'the restore dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('the parameter editor, untouched and with an edit', async () => {
    const { page } = session;
    const { fixtures } = await demoInfo();
    const ws = fixtures.workspaces.fixtures;
    const entity = await entityOf(ws, fixtures.entities.manyRevisions);
    const editor = page.getByRole('region', { name: `Edit parameters of ${entity.name}` });
    const changes = page.getByRole('region', { name: 'Your changes' });
    await check(page, `/workspaces/${ws}/entities/${entity.id}/edit`, async () => {
      await editor.waitFor();
      await changes.getByRole('heading', { name: 'No unsaved changes' }).waitFor();
    });
    const field = editor.getByRole('textbox').first();
    await field.fill(`${await field.inputValue()}1`);
    await changes.getByRole('heading', { name: /^Your changes: / }).waitFor();
    await expectNoSeriousViolations(page, 'the editor with an edit');
    await changes.getByRole('button', { name: 'Discard changes' }).click();
  });

  it('the audit list', async () => {
    const { page } = session;
    await check(page, '/audit', (p) => p.getByText(/^\d+ archived workspaces?$/).waitFor());
  });

  it('an audit run of an archived workspace, to its report', async () => {
    const { page } = session;
    const workspace = await smallArchivedWorkspace();
    await check(page, `/audit/${workspace.id}`, (p) =>
      p.getByRole('heading', { name: /^Audit of / }).waitFor(),
    );
    await page.getByRole('button', { name: 'Start audit' }).click();
    await page.getByText(/^Audit complete:/).waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { name: 'Activity timeline' }).waitFor();
    await page.getByRole('region', { name: 'Export' }).waitFor();
    await expectNoSeriousViolations(page, 'the audit report');
  });

  it('the not-found pages: an unknown address, a workspace and an entity that do not exist', async () => {
    const { page } = session;
    await check(page, '/no/such/page', (p) =>
      p.getByRole('heading', { name: 'This page does not exist' }).waitFor(),
    );
    session.allowConsoleError(/404 \(Not Found\)/);
    await check(page, '/workspaces/999999', (p) =>
      p.getByRole('heading', { name: 'This workspace does not exist' }).waitFor(),
    );
    const { fixtures } = await demoInfo();
    await check(page, `/workspaces/${fixtures.workspaces.fixtures}/entities/999999`, (p) =>
      p.getByRole('heading', { name: 'This entity does not exist' }).waitFor(),
    );
    // Shown inside the workspace's page: still one main landmark, not one inside another.
    expect(await page.getByRole('main').count()).toBe(1);
  });
});

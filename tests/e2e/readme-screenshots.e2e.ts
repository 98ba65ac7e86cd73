import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { setUpBrowser } from './browser';
import { demoApi, demoInfo } from './demo-api';
import { workspaceListPage } from './workspace-list-page';

/**
 * The README's pictures, taken of the built app on the demo. `npm run screenshots` writes them into
 * docs/screenshots/ (committed); a plain `npm test` writes them into the git-ignored artifacts, so the
 * suite never changes tracked files, and still fails when a feature no longer shows what it should.
 */
const INTO_DOCS = process.env.README_SCREENSHOTS === '1';
const OUT = fileURLToPath(
  new URL(INTO_DOCS ? '../../docs/screenshots' : '../../.e2e-artifacts/readme', import.meta.url),
);

const session = setUpBrowser();

async function shoot(name: string) {
  const { page } = session;
  await page.waitForLoadState('networkidle');
  // The caret and hover states are not the feature.
  await page.mouse.move(0, 0);
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path, caret: 'hide', animations: 'disabled' });
  // A blank page compresses to a few KB; a rendered one does not.
  expect(statSync(path).size).toBeGreaterThan(20_000);
}

type Entity = { id: number; name: string; entity_type: number };

describe('README screenshots', () => {
  it('of the command palette', async () => {
    const { page } = session;
    await page.goto('/workspaces');
    await workspaceListPage(page).rows.nth(3).waitFor();
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search or jump to' });
    await dialog.getByRole('combobox', { name: 'Search or jump to' }).pressSequentially('bridge');
    await dialog.getByRole('group', { name: 'Workspaces' }).getByRole('option').first().waitFor();
    await shoot('command-palette');
  });

  it('of two entities compared', async () => {
    const { page } = session;
    const { fixtures } = await demoInfo();
    const ws = fixtures.workspaces.fixtures;
    const a = await demoApi<Entity>(`/api/workspaces/${ws}/entities/${fixtures.entities.locked}/`);
    const siblings = await demoApi<Entity[]>(`/api/workspaces/${ws}/entities/${a.id}/siblings/`);
    const b = siblings.find(
      (entity) => entity.entity_type === a.entity_type && entity.id !== fixtures.entities.manyRevisions,
    );
    if (!b) throw new Error('the locked structure has no sibling of its type');
    await page.goto(`/compare?a=${ws}:${a.id}&b=${ws}:${b.id}`);
    await page.getByRole('region', { name: 'Side B' }).getByRole('link', { name: b.name }).waitFor();
    await page.getByRole('list', { name: 'Changes' }).getByRole('listitem').first().waitFor();
    await shoot('compare');
  });

  it('of the params drift of an entity type', async () => {
    const { page } = session;
    const { fixtures } = await demoInfo();
    const ws = fixtures.workspaces.fixtures;
    await page.goto(`/workspaces/${ws}/drift`);
    const typeSelect = page.getByRole('combobox', { name: 'Entity type' });
    // The types arrive after the page: wait for the one pictured, not for whatever is there yet.
    await typeSelect.locator('option', { hasText: /^Structure$/ }).waitFor({ state: 'attached' });
    await typeSelect.selectOption({ label: 'Structure' });
    await page.getByRole('status').filter({ hasText: 'Finished.' }).waitFor({ timeout: 60_000 });
    await page.getByRole('table', { name: /Params schema/ }).waitFor();
    await shoot('params-drift');
  });

  it('of an entity page in dark mode', async () => {
    const { page } = session;
    const { fixtures } = await demoInfo();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`/workspaces/${fixtures.workspaces.fixtures}/entities/${fixtures.entities.locked}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByRole('navigation', { name: 'Entity views' }).waitFor();
    await shoot('entity-dark');
  });

  it('of the entity tree walked with the keyboard', async () => {
    const { page } = session;
    const { fixtures } = await demoInfo();
    const ws = fixtures.workspaces.fixtures;
    const [root] = await demoApi<Entity[]>(`/api/workspaces/${ws}/entities/`);
    if (!root) throw new Error('the fixtures workspace has no entities');
    await page.goto(`/workspaces/${ws}`);
    const tree = page.getByRole('tree', { name: /^Entities of / });
    await tree.getByRole('treeitem', { name: root.name, exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    await tree.getByRole('treeitem', { level: 2 }).first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await tree.getByRole('treeitem', { level: 3 }).first().waitFor();
    await page.keyboard.press('ArrowDown');
    await tree.getByRole('treeitem', { level: 3 }).first().and(page.locator(':focus')).waitFor();
    await shoot('keyboard-tree');
  });

  it('of a dialog', async () => {
    const { page } = session;
    const { fixtures } = await demoInfo();
    await page.goto(`/workspaces/${fixtures.workspaces.fixtures}/entities/${fixtures.entities.fixturesRoot}`);
    await page.getByRole('button', { name: 'Rename' }).click();
    await page.getByRole('dialog', { name: /Rename/ }).waitFor();
    await shoot('dialog');
  });
});

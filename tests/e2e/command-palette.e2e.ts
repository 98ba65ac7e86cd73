import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from './axe';
import { setUpBrowser } from './browser';
import { demoApi, demoInfo } from './demo-api';
import { workspaceListPage } from './workspace-list-page';

const session = setUpBrowser();

type Named = { id: number; name: string };

/** The palette as a person finds it: a dialog with a combobox and a listbox of grouped options. */
function commandPalette(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Search or jump to' });
  const input = dialog.getByRole('combobox', { name: 'Search or jump to' });
  const listbox = dialog.getByRole('listbox', { name: 'Results' });
  const option = (group: string, name: string | RegExp) =>
    listbox.getByRole('group', { name: group }).getByRole('option', { name });
  return {
    dialog,
    input,
    option,
    /** Ctrl-K, and the combobox has focus. */
    async open() {
      await page.keyboard.press('Control+k');
      await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    },
    /** Arrows down until `target` is the active option (aria-activedescendant), as a keyboard user would. */
    async moveTo(target: ReturnType<typeof option>) {
      await target.waitFor().catch(async (error) => {
        const shown = await listbox.getByRole('option').evaluateAll((els) => els.map((el) => el.textContent));
        const status = await dialog.getByRole('status').textContent();
        throw new Error(`${error}\nshown: ${JSON.stringify(shown)}; status: ${status}`);
      });
      for (let presses = 0; presses < 40; presses += 1) {
        const id = await target.getAttribute('id');
        if ((await input.getAttribute('aria-activedescendant')) === id) return;
        await page.keyboard.press('ArrowDown');
      }
      throw new Error('the option never became active');
    },
  };
}

describe('command palette', () => {
  it('Ctrl-K from the list, part of a workspace name, Enter: the workspace page', async () => {
    const { page } = session;
    const { fixtures } = await demoInfo();
    const target = await demoApi<Named>(`/api/workspaces/${fixtures.workspaces.fixtures}/`);
    const list = workspaceListPage(page);
    await page.goto('/workspaces');
    await list.rows.first().waitFor();

    // From inside an input: the shortcut is the palette's, not the browser's or the field's.
    await list.search.focus();
    const palette = commandPalette(page);
    await palette.open();
    expect(await list.search.inputValue()).toBe('');
    const part = target.name.slice(1, Math.max(4, Math.ceil(target.name.length * 0.6))).trim();
    await palette.input.fill(part);
    const option = palette.option('Workspaces', named(target.name, `Workspace #${target.id}`));
    await palette.moveTo(option);
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');

    await page.waitForURL(`**/workspaces/${target.id}`);
    await palette.dialog.waitFor({ state: 'detached' });
    await page.getByRole('tree', { name: /Entities of/ }).waitFor();
  });

  it('from an entity page: another loaded entity by name, then its Revisions through Pages', async () => {
    const { page } = session;
    const { fixtures } = await demoInfo();
    const ws = fixtures.workspaces.fixtures;
    const root = fixtures.entities.fixturesRoot;
    // Siblings under the fixtures root: the tree opens the root to show the current one, so the
    // others are loaded, and the palette finds them by name without asking the API.
    const siblings = await demoApi<Named[]>(`/api/workspaces/${ws}/entities/${root}/entities/`);
    const [current, other] = siblings;
    if (!current || !other) throw new Error('the fixtures root has fewer than two children');

    await page.goto(`/workspaces/${ws}/entities/${current.id}`);
    const tree = page.getByRole('tree', { name: /Entities of/ });
    await tree.getByRole('treeitem', { name: other.name, exact: true }).waitFor();
    await page.getByRole('heading', { name: current.name, exact: true }).waitFor();

    const palette = commandPalette(page);
    await palette.open();
    await palette.input.fill(other.name);
    const found = palette.option('Entities', named(other.name, ''));
    await palette.moveTo(found);
    // Open over a page, with groups, an active option and a compare action: WCAG 2 A/AA as every page.
    await expectNoSeriousViolations(page, 'command palette with entity results');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/workspaces/${ws}/entities/${other.id}`);
    await page.getByRole('heading', { name: other.name, exact: true }).waitFor();

    await palette.open();
    await palette.input.fill('revisions');
    const revisions = palette.option('Pages', named(`Revisions of ${other.name}`, 'Page'));
    await palette.moveTo(revisions);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/workspaces/${ws}/entities/${other.id}/revisions`);

    // The jump is remembered: the palette opens with it first.
    await palette.open();
    const recent = palette.dialog.getByRole('group', { name: 'Recent' }).getByRole('option');
    await expect.poll(() => recent.first().textContent()).toContain(other.name);
    await page.keyboard.press('Escape');
    await palette.dialog.waitFor({ state: 'detached' });
  });

  it('copies the link to the page', async () => {
    const { page, context } = session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { fixtures } = await demoInfo();
    const ws = fixtures.workspaces.fixtures;
    await page.goto(`/workspaces/${ws}`);
    await page.getByRole('tree', { name: /Entities of/ }).waitFor();

    await page.getByRole('button', { name: /Search or jump/ }).click();
    const palette = commandPalette(page);
    await palette.input.waitFor();
    await palette.input.fill('copy link');
    await palette.moveTo(palette.option('Actions', named('Copy link to this page', 'Action')));
    await page.keyboard.press('Enter');

    await page.getByRole('status').filter({ hasText: 'Copied link to this page' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(new URL(copied).pathname).toMatch(new RegExp(`/workspaces/${ws}$`));
  });
});

/** An option's name: its label, then its hint (Chromium may put a space before the hint's comma). */
function named(label: string, hint: string) {
  return new RegExp(`^${escapeRegExp(label)}\\s*,\\s*${escapeRegExp(hint)}${hint ? '$' : ''}`);
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

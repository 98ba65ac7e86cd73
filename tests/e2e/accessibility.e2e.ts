import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from './axe';
import { setUpBrowser } from './browser';
import { type DemoInfo, demoApi, demoInfo, smallArchivedWorkspace } from './demo-api';
import { createDriftDeviants, demoControl, entityTypeByName, slowEntityReads } from './drift-deviants';

const session = setUpBrowser();

type EntitySummary = { id: number; name: string };

type ColorScheme = 'light' | 'dark';

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

/**
 * The deviating entities this file's drift check lists, made once for both colour schemes, in the
 * dike workspace no other e2e file writes to.
 */
let driftDeviants: ReturnType<typeof createDriftDeviants> | undefined;
const dikeWorkspace = async () =>
  ((await demoInfo()) as DemoInfo & { fixtures: { workspaces: { dike: number } } }).fixtures.workspaces.dike;

// Every page in both colour schemes: dark mode swaps the whole palette (src/index.css), so each
// pair of text and background colours is another pair to hold to 4.5:1.
describe.each<ColorScheme>(['light', 'dark'])(
  'accessibility in %s mode (axe-core, WCAG 2 A and AA): no serious or critical violations',
  (colorScheme) => {
    beforeEach(async () => {
      await session.page.emulateMedia({ colorScheme });
    });

    const expectNoSeriousViolationsOn = (page: Page, label: string) =>
      expectNoSeriousViolations(page, `${label} (${colorScheme})`);

    /** Opens a page from its address, waits for its content (by role and name), then runs axe on it. */
    async function check(page: Page, path: string, ready: (page: Page) => Promise<unknown>, label = path) {
      await page.goto(path);
      await ready(page);
      await expectNoSeriousViolationsOn(page, label);
    }

    it('the workspace list', async () => {
      const { page } = session;
      // Every seeded workspace has a description: the first one listed comes without, so the list
      // also shows its "No description" placeholder.
      await page.route(
        (url) => url.pathname === '/api/workspaces/',
        async (route) => {
          const response = await route.fetch();
          const body = (await response.json()) as { results: { description: string | null }[] };
          if (body.results[0]) body.results[0].description = '';
          await route.fulfill({ response, json: body });
        },
      );
      await check(page, '/workspaces', async (p) => {
        await p
          .getByRole('list', { name: 'Workspaces', exact: true })
          .locator(':scope > li')
          .nth(3)
          .waitFor();
        await p.getByText('No description').first().waitFor();
      });
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
      await expectNoSeriousViolationsOn(page, 'the workspace tree');
    });

    it('entity pages: one with a long history (blame shown), the locked one, a file, one of the big workspace', async () => {
      const { page } = session;
      const { fixtures } = await demoInfo();
      const ws = fixtures.workspaces.fixtures;
      const many = await entityOf(ws, fixtures.entities.manyRevisions);
      await check(page, `/workspaces/${ws}/entities/${many.id}`, (p) => paramsShown(p, many.name));
      await page.getByRole('button', { name: 'Show blame' }).click();
      await page.getByText('Reading the revision history for blame…').waitFor({ state: 'detached' });
      await expectNoSeriousViolationsOn(page, `${many.name} with blame`);

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
        await expectNoSeriousViolationsOn(page, `the dialog ${title}`);
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
      await expectNoSeriousViolationsOn(page, 'the restore dialog');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    });

    // The editor of the long-history entity is the heaviest page axe reads (a field per param): the
    // untouched form is checked in light mode only, since the edited one holds the same fields and
    // colours, and each check is a test of its own.
    const openEditor = async (page: Page) => {
      const { fixtures } = await demoInfo();
      const ws = fixtures.workspaces.fixtures;
      const entity = await entityOf(ws, fixtures.entities.manyRevisions);
      const editor = page.getByRole('region', { name: `Edit parameters of ${entity.name}` });
      const changes = page.getByRole('region', { name: 'Your changes' });
      await page.goto(`/workspaces/${ws}/entities/${entity.id}/edit`);
      await editor.waitFor();
      await changes.getByRole('heading', { name: 'No unsaved changes' }).waitFor();
      return { editor, changes };
    };

    it.runIf(colorScheme === 'light')('the parameter editor, untouched', async () => {
      const { page } = session;
      await openEditor(page);
      await expectNoSeriousViolationsOn(page, 'the editor, untouched');
    });

    it('the parameter editor with an edit', async () => {
      const { page } = session;
      const { editor, changes } = await openEditor(page);
      const field = editor.getByRole('textbox').first();
      await field.fill(`${await field.inputValue()}1`);
      await changes.getByRole('heading', { name: /^Your changes: / }).waitFor();
      await expectNoSeriousViolationsOn(page, 'the editor with an edit');
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
      await expectNoSeriousViolationsOn(page, 'the audit report');
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

    it('params drift: the type picker, a finished run with its results, one with an entity not read, a run under way', async () => {
      const { page } = session;
      const dike = await dikeWorkspace();
      driftDeviants ??= createDriftDeviants(dike, {
        typeName: 'Section',
        parentTypeName: 'Dike trajectory',
        prefix: 'Section with drift',
      });
      const { type, missing, extra } = await driftDeviants;
      const picker = page.getByRole('combobox', { name: 'Entity type' });
      await check(page, `/workspaces/${dike}/drift`, () =>
        picker.getByRole('option', { name: type.name, exact: true }).waitFor({ state: 'attached' }),
      );

      await picker.selectOption({ label: type.name });
      await page.getByRole('status').filter({ hasText: 'Finished.' }).waitFor({ timeout: 30_000 });
      const deviating = page.getByRole('region', { name: /^Deviating entities/ });
      await deviating.getByRole('list', { name: `Deviations of ${missing.name}` }).waitFor();
      await deviating.getByRole('list', { name: `Deviations of ${extra.name}` }).waitFor();
      await page
        .getByRole('table', { name: /Params schema/ })
        .getByRole('row')
        .nth(1)
        .waitFor();
      await page.getByRole('figure', { name: /^Presence per key/ }).waitFor();
      await expectNoSeriousViolationsOn(page, 'params drift, finished');

      // One entity that cannot be read (a fault on this file's own entity, used up by that one read):
      // the run lists it, with its link and a Retry.
      session.allowConsoleError(/403 \(Forbidden\)/);
      await demoControl('/__faults', {
        method: 'POST',
        body: JSON.stringify({
          path: `/api/workspaces/${dike}/entities/${extra.id}/`,
          kind: '403',
          count: 1,
        }),
      });
      await page.reload();
      await page.getByRole('status').filter({ hasText: 'Finished.' }).waitFor({ timeout: 30_000 });
      const failures = page.getByRole('region', { name: /^Could not be read/ });
      await failures.getByRole('link', { name: extra.name }).waitFor();
      await failures.getByRole('button', { name: 'Retry' }).waitFor();
      await expectNoSeriousViolationsOn(page, 'params drift, an entity not read');

      // Under way: the big workspace's piles, each read slowed down so the run is still going while axe
      // looks (read-only; Cancel ends it).
      const { fixtures } = await demoInfo();
      const big = fixtures.workspaces.big;
      const pile = await entityTypeByName(big, 'Pile');
      await slowEntityReads(big);
      try {
        await page.goto(`/workspaces/${big}/drift?type=${pile.id}`);
        await page.getByText(/^[1-9][\d,]* of [\d,]+ entities read$/).waitFor({ timeout: 30_000 });
        await page
          .getByRole('table', { name: /Params schema/ })
          .getByRole('row')
          .nth(1)
          .waitFor();
        await expectNoSeriousViolationsOn(page, 'params drift, under way');
        await page.getByRole('button', { name: 'Cancel' }).click();
        await page
          .getByRole('status')
          .filter({ hasText: /^Cancelled/ })
          .waitFor();
      } finally {
        await demoControl('/__faults', { method: 'DELETE' });
      }
    });

    it('comparison: nothing chosen, a side that is not an entity or does not exist, and a diff', async () => {
      const { page } = session;
      const { fixtures } = await demoInfo();
      const ws = fixtures.workspaces.fixtures;
      const sideB = page.getByRole('region', { name: 'Side B' });
      await check(page, '/compare', () => page.getByRole('heading', { name: 'Compare entities' }).waitFor());

      const locked = await entityOf(ws, fixtures.entities.locked);
      const sideAShown = () =>
        page.getByRole('region', { name: 'Side A' }).getByRole('link', { name: locked.name }).waitFor();
      await check(page, `/compare?a=${ws}:${locked.id}`, async () => {
        await page
          .getByRole('list', { name: 'Siblings of the same type' })
          .getByRole('button')
          .first()
          .waitFor();
        await sideAShown();
      });
      await check(page, `/compare?a=${ws}:${locked.id}&b=not-a-ref`, async () => {
        await sideB.getByRole('alert').waitFor();
        await sideAShown();
      });
      session.allowConsoleError(/404 \(Not Found\)/);
      await check(page, `/compare?a=${ws}:${locked.id}&b=${ws}:999999`, async () => {
        await sideB
          .getByRole('alert')
          .filter({ hasText: `Entity ${ws}:999999 does not exist` })
          .waitFor();
        await sideAShown();
      });

      const many = await entityOf(ws, fixtures.entities.manyRevisions);
      await check(page, `/compare?a=${ws}:${locked.id}&b=${ws}:${many.id}`, async () => {
        await sideB.getByRole('link', { name: many.name }).waitFor();
        await page.getByRole('list', { name: 'Changes' }).getByRole('listitem').first().waitFor();
      });
    });

    it('the command palette on an empty query', async () => {
      const { page } = session;
      await page.goto('/workspaces');
      await page
        .getByRole('list', { name: 'Workspaces', exact: true })
        .locator(':scope > li')
        .first()
        .waitFor();
      await page.keyboard.press('Control+k');
      const dialog = page.getByRole('dialog', { name: 'Search or jump to' });
      await dialog.getByRole('listbox', { name: 'Results' }).getByRole('option').first().waitFor();
      await expectNoSeriousViolationsOn(page, 'the command palette, empty query');
    });
  },
);

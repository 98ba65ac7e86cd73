import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpBrowser } from './browser';
import { demoApi, demoInfo, listWorkspaces } from './demo-api';
import { addFault, clearFaults, entityPath, pendingFaults } from './failure-matrix-ui';
import { workspaceListPage } from './workspace-list-page';

/** Slow answers: a pending state that shows while waiting, and an answer for a page left behind that never lands. */
const session = setUpBrowser();

declare global {
  interface Window {
    __headings?: string[];
  }
}

/** Every entity heading the page ever showed, in order: what a person saw, not just the end state. */
beforeEach(async () => {
  await session.context.addInitScript(() => {
    window.__headings = [];
    const record = () => {
      const shown = [...document.querySelectorAll('h2')].map((h) => h.textContent ?? '');
      for (const text of shown) if (window.__headings?.at(-1) !== text) window.__headings?.push(text);
    };
    new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true });
  });
});
afterEach(async () => {
  await clearFaults();
});

/**
 * Resolves when a request matching `matches` is over: answered, or given up by the page (leaving a
 * page cancels its requests, and then no answer ever reaches it).
 */
function settled(page: Page, matches: (url: URL) => boolean): Promise<'answered' | 'cancelled'> {
  return new Promise((resolve) => {
    page.on('requestfinished', (request) => {
      if (matches(new URL(request.url()))) resolve('answered');
    });
    page.on('requestfailed', (request) => {
      if (matches(new URL(request.url()))) resolve('cancelled');
    });
  });
}

const headingsSeen = (page: Page) => page.evaluate(() => window.__headings ?? []);

type EntitySummary = { id: number; name: string };

describe('a slow answer', () => {
  it('for an entity left while it loads never replaces the entity opened since', async () => {
    const { page } = session;
    const { fixtures } = await demoInfo();
    const ws = fixtures.workspaces.fixtures;
    const root = fixtures.entities.fixturesRoot;
    const [a, b] = await demoApi<EntitySummary[]>(`${entityPath(ws, root)}entities/`);
    if (!a || !b) throw new Error('the fixtures root has fewer than two children');
    const tree = page.getByRole('tree', { name: /^Entities of / });
    const detail = page.getByRole('region', { name: 'Entity detail' });

    await page.goto(`/workspaces/${ws}`);
    const rootItem = tree.getByRole('treeitem', { name: /./ }).first();
    await rootItem.focus();
    await page.keyboard.press('ArrowRight');
    await tree.getByRole('treeitem', { name: a.name, exact: true }).waitFor();

    await addFault({ path: entityPath(ws, a.id), method: 'GET', kind: 'delay', delayMs: 3000, count: 1 });
    const aAnswered = settled(page, (url) => url.pathname === entityPath(ws, a.id));
    await tree.getByRole('treeitem', { name: a.name, exact: true }).getByRole('link').click();

    await tree.getByRole('treeitem', { name: b.name, exact: true }).getByRole('link').click();
    await detail.getByRole('heading', { level: 2, name: b.name, exact: true }).waitFor();
    await aAnswered;
    await page.waitForLoadState('networkidle');
    expect(await pendingFaults()).toEqual([]);

    expect(new URL(page.url()).pathname).toBe(`/workspaces/${ws}/entities/${b.id}`);
    await detail.getByRole('heading', { level: 2, name: b.name, exact: true }).waitFor();
    const seen = await headingsSeen(page);
    expect(seen.slice(seen.indexOf(b.name)), 'headings shown once B was open').not.toContain(a.name);
    expect(
      await tree.getByRole('treeitem', { name: b.name, exact: true }).getAttribute('aria-selected'),
    ).toBe('true');
  });

  it('for a search typed over never replaces the results of the newer search', async () => {
    const { page } = session;
    const [older, newer] = ['Bridge', 'Dike'];
    const [olderResults, newerResults] = await Promise.all([
      listWorkspaces({ search: older, limit: '1' }),
      listWorkspaces({ search: newer, limit: '1000' }),
    ]);
    expect(olderResults.count, 'the two searches find different numbers').not.toBe(newerResults.count);
    const ui = workspaceListPage(page);

    await page.goto('/workspaces');
    await ui.rows.first().waitFor();
    await addFault({ path: '/api/workspaces/', method: 'GET', kind: 'delay', delayMs: 3000, count: 1 });
    const olderAnswered = settled(
      page,
      (url) => url.pathname === '/api/workspaces/' && url.searchParams.get('search') === older,
    );
    await ui.search.fill(older);
    await page.waitForRequest((r) => new URL(r.url()).searchParams.get('search') === older);
    await ui.search.fill(newer);
    await ui.total(newerResults.count).waitFor();
    await olderAnswered;
    await page.waitForLoadState('networkidle');
    expect(await pendingFaults()).toEqual([]);

    expect(new URL(page.url()).searchParams.get('q')).toBe(newer);
    await ui.total(newerResults.count).waitFor();
    const shown = await ui.list.getByRole('link').allInnerTexts();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).toEqual(newerResults.results.map((w) => w.name).slice(0, shown.length));
  });

  it('for the first page of the list shows the skeleton, then the list', async () => {
    const { page } = session;
    const ui = workspaceListPage(page);
    await addFault({ path: '/api/workspaces/', method: 'GET', kind: 'delay', delayMs: 2000, count: 1 });
    await page.goto('/workspaces');
    await page.getByRole('status').filter({ hasText: 'Loading workspaces…' }).waitFor();
    await ui.rows.first().waitFor();
    await page.getByRole('status').filter({ hasText: 'Loading workspaces…' }).waitFor({ state: 'detached' });
  });
});

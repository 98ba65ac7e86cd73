import { describe, expect, inject, it } from 'vitest';
import { setUpBrowser } from './browser';
import { currentUserName, listWorkspaces } from './demo-api';
import { workspaceListPage } from './workspace-list-page';

const session = setUpBrowser();
const path = () => new URL(session.page.url()).pathname;
const searchParam = (name: string) => new URL(session.page.url()).searchParams.get(name);

describe('workspace list', () => {
  it('opens on the list with the signed-in user, the environment and the API total', async () => {
    const { page } = session;
    const [{ count }, name] = await Promise.all([listWorkspaces({ limit: '1' }), currentUserName()]);
    const ui = workspaceListPage(page);

    await page.goto('/');
    await ui.total(count).waitFor();
    expect(path()).toBe('/workspaces');
    await page.getByText(`Signed in as ${name}`).waitFor();
    await page.getByText(`Environment: ${inject('environmentName')}`).waitFor();
  });

  it('loads the next page only when scrolling and reaches the last workspace', async () => {
    const { page, network } = session;
    const first = await listWorkspaces({ sort: 'name:asc', limit: '1000' });
    const lastPage = await listWorkspaces({ sort: 'name:asc', offset: String(first.count - 1), limit: '1' });
    const last = lastPage.results[0];
    if (!last) throw new Error('the demo server has no workspaces');
    // The server caps pages; with everything on one page there would be nothing to test.
    expect(first.results.length).toBeLessThan(first.count);
    const ui = workspaceListPage(page);
    const offsets = () =>
      network.workspaceListRequests().map((url) => Number(url.searchParams.get('offset')));

    await page.goto('/workspaces');
    await ui.rows.first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(offsets(), 'only the first page before the user scrolls').toEqual([0]);

    await ui.scrollToEnd();
    await ui.allLoaded(first.count).waitFor();
    await page.getByRole('link', { name: last.name, exact: true }).waitFor();

    const sent = offsets();
    expect(sent[0]).toBe(0);
    for (let i = 1; i < sent.length; i++)
      expect(sent[i], `offsets ${sent}`).toBeGreaterThan(sent[i - 1] ?? 0);
    const pagesNeeded = Math.ceil(first.count / first.results.length);
    expect(sent, 'one request per page, none repeated').toHaveLength(pagesNeeded);
    for (const url of network.workspaceListRequests()) expect(url.searchParams.get('sort')).toBe('name:asc');
  });

  it('comes back where it was while fresh; once stale, at the top with its first page asked again', async () => {
    const { page, network } = session;
    const first = await listWorkspaces({ sort: 'name:asc', limit: '1000' });
    const last = (await listWorkspaces({ sort: 'name:asc', offset: String(first.count - 1), limit: '1' }))
      .results[0];
    const top = first.results[0];
    if (!last || !top) throw new Error('the demo server has no workspaces');
    expect(first.results.length, 'more than one page').toBeLessThan(first.count);
    const ui = workspaceListPage(page);
    const link = (name: string) => ui.list.getByRole('link', { name, exact: true });
    /** Whether the row of `name` is in the list's viewport, not merely rendered above or below it. */
    const inView = (name: string) =>
      link(name)
        .evaluate((element) => {
          const row = element.closest('li')?.getBoundingClientRect();
          const box = element.closest('[data-scroll-container]')?.getBoundingClientRect();
          return Boolean(row && box && row.bottom > box.top && row.top < box.bottom);
        })
        .catch(() => false);
    const offsets = () =>
      network.workspaceListRequests().map((url) => Number(url.searchParams.get('offset')));

    await page.goto('/workspaces');
    await ui.rows.first().waitFor();
    await ui.scrollToEnd();
    await ui.allLoaded(first.count).waitFor();
    const sent = offsets().length;

    await link(last.name).click();
    await page.getByRole('heading', { level: 1, name: last.name, exact: true }).waitFor();
    await page.goBack();
    await ui.allLoaded(first.count).waitFor();
    await expect.poll(() => inView(last.name), { message: 'back where it was' }).toBe(true);
    expect(offsets().slice(sent), 'fresh: nothing asked again').toEqual([]);

    await page.goForward();
    await page.getByRole('heading', { level: 1, name: last.name, exact: true }).waitFor();
    // As if the user had stayed longer than the list's staleTime (5 minutes) in the workspace.
    await page.evaluate(() => {
      const now = Date.now.bind(Date);
      Date.now = () => now() + 6 * 60_000;
    });
    await page.goBack();
    const loaded = first.results.length;
    await page.getByText(`${loaded} of ${first.count.toLocaleString('en-US')} loaded`).waitFor();
    await expect.poll(() => inView(top.name), { message: 'at the top' }).toBe(true);
    expect(await inView(last.name)).toBe(false);
    expect(offsets().slice(sent), 'stale: the first page only').toEqual([0]);
  });

  it('keeps the filters in the URL across a reload', async () => {
    const { page } = session;
    const publicOnes = await listWorkspaces({ visibility: 'PUBLIC', limit: '1000' });
    // A word from a public workspace's name, so the search narrows the list but leaves something.
    const term = publicOnes.results[0]?.name.split(/\s+/)[0];
    if (!term) throw new Error('the demo server has no public workspaces');
    const expected = await listWorkspaces({ visibility: 'PUBLIC', search: term, limit: '1000' });
    const ui = workspaceListPage(page);

    await page.goto('/workspaces');
    await ui.rows.first().waitFor();
    await ui.visibility.selectOption({ label: 'Public' });
    await ui.search.pressSequentially(term);
    await expect.poll(() => searchParam('q')).toBe(term);
    expect(searchParam('visibility')).toBe('PUBLIC');
    await ui.total(expected.count).waitFor();

    await page.reload();
    await ui.total(expected.count).waitFor();
    expect(await ui.selectedVisibility()).toBe('Public');
    expect(await ui.search.inputValue()).toBe(term);
    const rows = await ui.rows.all();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(
        await row.getByText('Public', { exact: true }).isVisible(),
        (await row.textContent()) ?? '',
      ).toBe(true);
    }
    const shown = await ui.list.getByRole('link').allInnerTexts();
    expect(shown).toEqual(expected.results.map((workspace) => workspace.name).slice(0, shown.length));
  });

  it('opens a workspace from its link', async () => {
    const { page } = session;
    const target = (await listWorkspaces({ sort: 'name:asc', limit: '1' })).results[0];
    if (!target) throw new Error('the demo server has no workspaces');

    await page.goto('/workspaces');
    await page.getByRole('link', { name: target.name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: target.name, exact: true }).waitFor();
    expect(path()).toBe(`/workspaces/${target.id}`);
  });
});

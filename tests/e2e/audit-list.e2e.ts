import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { setUpBrowser } from './browser';
import { demoInfo, listWorkspaces, type WorkspaceSummary } from './demo-api';

/** Every workspace the admin sees, archived ones included, in the list's default order (name). */
async function allWorkspaces(params: Record<string, string> = {}): Promise<WorkspaceSummary[]> {
  const all: WorkspaceSummary[] = [];
  for (let offset = 0; ; ) {
    const page = await listWorkspaces({
      include_archived: 'true',
      sort: 'name:asc',
      limit: '1000',
      offset: String(offset),
      ...params,
    });
    all.push(...page.results);
    offset += page.results.length;
    if (page.results.length === 0 || offset >= page.count) return all;
  }
}

const archivedNames = async (params: Record<string, string> = {}) =>
  (await allWorkspaces(params)).filter((workspace) => workspace.is_archived).map((ws) => ws.name);

/** The audit list as a person finds it. */
function auditListPage(page: Page) {
  const list = page.getByRole('list', { name: 'Archived workspaces', exact: true });
  return {
    list,
    search: page.getByRole('searchbox', { name: 'Search archived workspaces' }),
    allChecked: page.getByText(/^All [\d,]+ workspaces checked$/),
    /** The workspace names listed (each row's own link, not its "Audit …" link). */
    async names() {
      const links = await list.locator(':scope > li').getByRole('link').all();
      const names: string[] = [];
      for (const link of links)
        if (!(await link.getAttribute('aria-label'))?.startsWith('Audit '))
          names.push((await link.textContent()) ?? '');
      return names;
    },
  };
}

describe('audit list as an organisation admin', () => {
  const session = setUpBrowser();

  it('shows only the archived workspaces, each linking to its audit and to itself', async () => {
    const { page, network } = session;
    const [expected, all, { fixtures }] = await Promise.all([archivedNames(), allWorkspaces(), demoInfo()]);
    const archivedFixture = all.find((workspace) => workspace.id === fixtures.workspaces.archived);
    if (!archivedFixture?.is_archived) throw new Error('the archived demo fixture is not archived');
    // Archived and active ones mixed: a list that showed everything would fail here.
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    const ui = auditListPage(page);

    await page.goto('/audit');
    await ui.allChecked.waitFor();
    await page.getByText(`${expected.length} archived workspaces`, { exact: true }).waitFor();
    expect(await ui.names()).toEqual(expected);
    expect(
      network.workspaceListRequests().every((url) => url.searchParams.get('include_archived') === 'true'),
    ).toBe(true);

    const audit = ui.list.getByRole('link', { name: `Audit ${archivedFixture.name}`, exact: true });
    expect(await audit.getAttribute('href')).toBe(`/audit/${archivedFixture.id}`);
    await ui.list.getByRole('link', { name: archivedFixture.name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: archivedFixture.name, exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/workspaces/${archivedFixture.id}`);
  });

  it('narrows the list with a search kept in the URL', async () => {
    const { page, network } = session;
    const { fixtures } = await demoInfo();
    const fixture = (await allWorkspaces()).find((ws) => ws.id === fixtures.workspaces.archived);
    const term = fixture?.name.split(/\s+/)[0];
    if (!term) throw new Error('the archived fixture has no name');
    const [everything, expected] = await Promise.all([archivedNames(), archivedNames({ search: term })]);
    expect(expected.length, `archived workspaces matching ${term}`).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(everything.length);
    const ui = auditListPage(page);

    await page.goto('/audit');
    await ui.allChecked.waitFor();
    await ui.search.pressSequentially(term);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(term);
    await expect.poll(() => ui.names()).toEqual(expected);
    expect(network.workspaceListRequests().at(-1)?.searchParams.get('search')).toBe(term);

    await page.reload();
    await ui.allChecked.waitFor();
    expect(await ui.search.inputValue()).toBe(term);
    expect(await ui.names()).toEqual(expected);
  });

  it('is linked from the header', async () => {
    const { page } = session;
    await page.goto('/workspaces');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Audit', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Archived workspaces' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/audit');
  });
});

describe('audit list as an engineer (not an organisation admin)', () => {
  // The second preview server proxies as the engineer: same build, a user who is not an admin.
  const session = setUpBrowser(() => inject('engineerBaseUrl'));

  it('explains that auditing needs an organisation admin instead of showing an empty list', async () => {
    const { page } = session;
    // The 403 is the expected answer; Chromium still logs the failed request.
    session.allowConsoleError(/status of 403 .*\/api\/workspaces\/\?.*include_archived=true/);

    await page.goto('/audit');
    const explanation = page.getByRole('region', {
      name: 'Auditing archived workspaces needs an organisation admin',
    });
    await explanation
      .getByText('Only organisation admins can list archived workspaces.', { exact: false })
      .waitFor();
    expect(await page.getByRole('list', { name: 'Archived workspaces' }).count()).toBe(0);
    expect(await page.getByText('No archived workspaces').count()).toBe(0);

    await explanation.getByRole('link', { name: 'workspace list' }).click();
    await page.getByRole('list', { name: 'Workspaces', exact: true }).waitFor();
  });
});

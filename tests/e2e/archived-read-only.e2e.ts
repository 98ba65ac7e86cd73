import { describe, expect, it } from 'vitest';
import { setUpBrowser } from './browser';
import { demoApi, demoInfo, type Page as Paged } from './demo-api';

const session = setUpBrowser();

type EntitySummary = { id: number; name: string };

/** An entity of the archived demo workspace below its first root (so it has a parent: Delete applies). */
async function archivedEntity(): Promise<{ ws: number; entity: EntitySummary; revisions: number }> {
  const { fixtures } = await demoInfo();
  const ws = fixtures.workspaces.archived;
  const [root] = await demoApi<EntitySummary[]>(`/api/workspaces/${ws}/entities/`);
  if (!root) throw new Error('the archived workspace has no entities');
  const [child] = await demoApi<EntitySummary[]>(`/api/workspaces/${ws}/entities/${root.id}/entities/`);
  const entity = child ?? root;
  const { count } = await demoApi<Paged<unknown>>(
    `/api/workspaces/${ws}/entities/${entity.id}/revisions/?limit=1&offset=0`,
  );
  return { ws, entity, revisions: count };
}

/** Requests that would change something: none may leave the browser for an archived workspace. */
const writes = () =>
  session.network.requests
    .filter((r) => r.url.pathname.startsWith('/api/') && !['GET', 'HEAD'].includes(r.method))
    .map((r) => `${r.method} ${r.url.pathname}`);

describe('an archived workspace in the browser', () => {
  it('offers no write on the entity page, the edit page or the revisions page, and says why', async () => {
    const { page } = session;
    const { ws, entity, revisions } = await archivedEntity();
    const base = `/workspaces/${ws}/entities/${entity.id}`;

    await page.goto(base);
    await page.getByRole('heading', { level: 2, name: entity.name, exact: true }).waitFor();
    await page.getByRole('note').getByText('This workspace is archived: read-only.').waitFor();
    for (const name of ['Rename', 'Add child', 'Delete']) {
      const button = page.getByRole('button', { name, exact: true });
      expect(await button.isDisabled(), name).toBe(true);
      expect(await button.getAttribute('title'), name).toBe('this workspace is archived.');
    }
    await page.getByText('Read-only: this workspace is archived.').waitFor();
    await page.getByText('This workspace is archived: methods cannot be run.').waitFor();
    expect(await page.getByRole('button', { name: 'Run', exact: true }).isDisabled()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Method name' }).isDisabled()).toBe(true);

    await page.getByRole('navigation', { name: 'Entity views' }).getByRole('link', { name: 'Edit' }).click();
    await page.getByText('Read-only: this workspace is archived.').waitFor();
    expect(await page.getByRole('button', { name: 'Save', exact: true }).count()).toBe(0);

    // Straight to the edit URL, as from a bookmark: still nothing to save.
    await page.goto(`${base}/edit`);
    await page.getByText('Read-only: this workspace is archived.').waitFor();
    expect(await page.getByRole('button', { name: 'Save', exact: true }).count()).toBe(0);

    await page.goto(`${base}/revisions`);
    await page.getByText(/Restore is not available: This workspace is archived/).waitFor();
    const restores = await page.getByRole('button', { name: /^Restore revision \d+$/ }).all();
    if (revisions > 1) expect(restores.length, 'older revisions listed').toBeGreaterThan(0);
    for (const restore of restores) expect(await restore.isDisabled()).toBe(true);

    expect(writes()).toEqual([]);
  });
});

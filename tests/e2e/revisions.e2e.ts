import { describe, expect, it } from 'vitest';
import { setUpBrowser } from './browser';
import { demoApi, demoInfo, type Page } from './demo-api';

const session = setUpBrowser();
type Revision = { id: number; message?: string | null };

describe('revision history', () => {
  it('compares any two revisions from a link that survives a reload, and restores an old one as the newest', async () => {
    const { page } = session;
    const { fixtures } = await demoInfo();
    const ws = fixtures.workspaces.fixtures;
    const entityId = fixtures.entities.manyRevisions;
    const first = await demoApi<Page<Revision>>(
      `/api/workspaces/${ws}/entities/${entityId}/revisions/?limit=25&offset=0&properties=false`,
    );
    expect(first.count, 'an entity with a long history').toBeGreaterThan(25);
    const [newest, second, , , fifth, , , , , tenth] = first.results as Revision[];
    if (!newest || !second || !fifth || !tenth) throw new Error('not enough revisions');

    await page.goto(`/workspaces/${ws}/entities/${entityId}/revisions`);
    await page.getByRole('heading', { name: `Revision #${second.id} → #${newest.id}` }).waitFor();

    await page.getByRole('radio', { name: `Compare from revision ${tenth.id}` }).check();
    await page.getByRole('radio', { name: `Compare to revision ${fifth.id}` }).check();
    const heading = page.getByRole('heading', { name: `Revision #${tenth.id} → #${fifth.id}` });
    await heading.waitFor();
    await page.waitForURL(
      (url) =>
        url.searchParams.get('from') === String(tenth.id) && url.searchParams.get('to') === String(fifth.id),
    );
    // Without the timing in brackets, which differs run to run.
    const countsText = async () =>
      (await page.getByLabel('Change counts').textContent())?.replace(/\(\d+ ms\)/, '');
    const counts = await countsText();

    await page.reload();
    await heading.waitFor();
    expect(await page.getByRole('radio', { name: `Compare from revision ${tenth.id}` }).isChecked()).toBe(
      true,
    );
    await expect.poll(countsText).toBe(counts);
    expect(await page.getByRole('list', { name: 'Changes' }).getByRole('listitem').count()).toBeGreaterThan(
      0,
    );

    await page.getByRole('button', { name: `Restore revision ${tenth.id}` }).click();
    await page.screenshot({ path: '.e2e-artifacts/revisions-restore.png' });
    const dialog = page.getByRole('dialog', { name: `Restore revision #${tenth.id}` });
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByText(`${(first.count + 1).toLocaleString('en-US')} revisions`).waitFor();
    const after = await demoApi<Page<Revision>>(
      `/api/workspaces/${ws}/entities/${entityId}/revisions/?limit=1&offset=0&properties=false`,
    );
    const restored = after.results[0] as Revision;
    expect(restored.message).toBe(`Restore revision #${tenth.id}`);
    await page.getByRole('heading', { name: `Revision #${newest.id} → #${restored.id}` }).waitFor();
    await page.getByText(`Restore revision #${tenth.id}`).first().waitFor();
  });
});

import { describe, expect, it } from 'vitest';
import { setUpBrowser } from './browser';
import { runUnderVariant, VARIANT_RUNS } from './contract-variants';
import { demoApi, demoInfo, type Page } from './demo-api';

const session = setUpBrowser();
type Revision = { id: number; message?: string | null };

describe.each(VARIANT_RUNS)('revision history (demo contract: %s)', (variant) => {
  runUnderVariant(variant);

  // Without params in the list there is nothing to diff or restore: the test below covers that run.
  it.skipIf(variant === 'revisions-without-params')(
    'compares any two revisions from a link that survives a reload, and restores an old one as the newest',
    async () => {
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
          url.searchParams.get('from') === String(tenth.id) &&
          url.searchParams.get('to') === String(fifth.id),
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

      // Blame walks the real history back from "to": every value it names was saved at or before #fifth,
      // and the changes since #tenth are named after revisions in between.
      await page.goto(
        `/workspaces/${ws}/entities/${entityId}/revisions?from=${tenth.id}&to=${fifth.id}&scope=full&blame=true`,
      );
      const differences = page.getByRole('region', { name: 'Differences' });
      await differences
        .getByText(/^#\d+ · /)
        .first()
        .waitFor();
      await differences.getByText('reading history…').waitFor({ state: 'detached' });
      const blamed = (await differences.getByText(/^#\d+ · /).allTextContents()).map((text) =>
        Number(/^#(\d+)/.exec(text)?.[1]),
      );
      const chronology = (first.results as Revision[]).map((revision) => revision.id); // newest first
      const newerThanFifth = new Set(chronology.slice(0, chronology.indexOf(fifth.id)));
      const sinceTenth = new Set(
        chronology.slice(chronology.indexOf(fifth.id), chronology.indexOf(tenth.id)),
      );
      expect(
        blamed.filter((id) => newerThanFifth.has(id)),
        'blamed on a later revision',
      ).toEqual([]);
      expect(
        blamed.some((id) => sinceTenth.has(id)),
        'a change since the tenth is blamed on it',
      ).toBe(true);

      await page.goto(`/workspaces/${ws}/entities/${entityId}/revisions?from=${tenth.id}&to=${fifth.id}`);
      await heading.waitFor();
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
    },
  );

  it.runIf(variant === 'revisions-without-params')(
    'lists revisions newest first and says what it cannot do when they come without params',
    async () => {
      const { page } = session;
      const { fixtures } = await demoInfo();
      const ws = fixtures.workspaces.fixtures;
      const entityId = fixtures.entities.manyRevisions;
      const first = await demoApi<Page<Revision>>(
        `/api/workspaces/${ws}/entities/${entityId}/revisions/?limit=2&offset=0&properties=false`,
      );
      const [newest, second] = first.results as Revision[];
      if (!newest || !second) throw new Error('not enough revisions');

      await page.goto(`/workspaces/${ws}/entities/${entityId}/revisions`);
      await page.getByRole('heading', { name: `Revision #${second.id} → #${newest.id}` }).waitFor();
      await page.getByText('These revisions came without their parameters: nothing to compare.').waitFor();
      expect(await page.getByRole('button', { name: `Restore revision ${second.id}` }).isDisabled()).toBe(
        true,
      );
    },
  );
});

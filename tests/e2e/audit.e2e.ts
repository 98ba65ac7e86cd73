import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { runAudit } from '../../src/api/audit/crawl';
import { auditCsvSha256 } from '../../src/api/audit/exports';
import { createMemoryJournal, type JournalEntry, replayJournal } from '../../src/api/audit/journal';
import { AUDIT_COLUMNS, auditRows } from '../../src/api/audit/rows';
import { createApiClient } from '../../src/lib/api-client';
import { setUpBrowser } from './browser';
import { demoInfo } from './demo-api';

const session = setUpBrowser();

/** The demo's own API, past the dashboard: faults and the request counter. */
async function demoControl(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(new URL(path, inject('demoUrl')), {
    ...init,
    headers: { 'content-type': 'application/json', ...init.headers },
  });
}

/** Writes the demo saw under /api/, or undefined on a demo without the request counter. */
async function demoWrites(): Promise<number | undefined> {
  const response = await demoControl('/__control/requests');
  if (response.status === 404) return undefined;
  return ((await response.json()) as { writes: number }).writes;
}

/** The truth: the same audit in Node, straight against the demo database with the admin's token. */
async function crawlInNode(workspaceId: number) {
  const client = createApiClient({ baseUrl: `${inject('truthUrl')}/api/`, token: inject('tokens').admin });
  const scope = { environment: 'truth', user: 'admin', workspaceId };
  return runAudit({ client, scope, journal: createMemoryJournal() });
}

/** The entities the page's IndexedDB journal holds as done: what a resume must not ask for again. */
async function doneInBrowserJournal(page: Page): Promise<number[]> {
  const entries = await page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('viktor-dashboard-audit');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('journal').objectStore('journal').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => resolve((request.result as unknown[][]).flat());
        };
      }),
  );
  const state = replayJournal(entries as JournalEntry[]);
  return [...state.units.values()].flatMap((unit) =>
    unit.complete && unit.entityId !== null ? [unit.entityId] : [],
  );
}

const progressDone = (page: Page) =>
  page
    .getByRole('progressbar', { name: 'Audit progress' })
    .evaluate((bar) => (bar as HTMLProgressElement).value)
    .catch(() => 0);

async function save(page: Page, button: string): Promise<Buffer & { suggested: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await download.path();
  if (!path) throw new Error(`${button}: the download failed (${await download.failure()})`);
  return Object.assign(await readFile(path), { suggested: download.suggestedFilename() });
}

/** The entity whose children or revisions an API path asks for (`null`: the root list). */
function entityOfRequest(url: URL): number | null | undefined {
  const match = /\/api\/workspaces\/\d+\/entities\/(?:(\d+)\/(entities|revisions)\/)?$/.exec(url.pathname);
  if (!match) return undefined;
  return match[1] === undefined ? null : Number(match[1]);
}

afterEach(async () => {
  await demoControl('/__faults', { method: 'DELETE' });
});

describe('audit of an archived workspace', () => {
  it('runs, is cancelled midway, resumes after a reload, and exports what the server holds', async () => {
    const { page, network } = session;
    const { fixtures } = await demoInfo();
    const workspaceId = fixtures.workspaces.archived;
    const truth = await crawlInNode(workspaceId);
    expect(truth.outcome).toBe('done');
    const expected = truth.entities.length;
    const writesBefore = await demoWrites();

    // Slow the demo down until the cancel, so there is a "midway" whatever the workspace's size.
    await demoControl('/__faults', {
      method: 'POST',
      body: JSON.stringify({
        path: `/api/workspaces/${workspaceId}/entities/`,
        kind: 'delay',
        delayMs: 150,
        count: 100_000,
      }),
    });
    await page.goto(`/audit/${workspaceId}`);
    await page.getByRole('heading', { name: /^Audit of / }).waitFor();
    await page.getByRole('button', { name: 'Start audit' }).click();
    await expect.poll(() => progressDone(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(10);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText(/^Audit cancelled:/).waitFor();
    await demoControl('/__faults', { method: 'DELETE' });

    await page.reload();
    await page.getByText(/An earlier audit of this workspace was not finished/).waitFor();
    const done = await doneInBrowserJournal(page);
    expect(done.length).toBeGreaterThanOrEqual(10);
    expect(done.length).toBeLessThan(expected);
    const resumedFrom = network.requests.length;
    // The rest at the most requests at once the dashboard allows.
    await page.getByRole('combobox', { name: 'Requests at once' }).selectOption('6');
    await page.getByRole('button', { name: 'Resume' }).click();
    const complete = page.getByText(/^Audit complete:/);
    await complete.waitFor({ timeout: 120_000 });
    const shownCount = /complete: (.+?) entit/.exec((await complete.textContent()) ?? '')?.[1];
    expect(Number(shownCount?.replace(/\D/g, ''))).toBe(expected);
    const askedAgain = network.requests
      .slice(resumedFrom)
      .map((request) => entityOfRequest(request.url))
      .filter((id) => typeof id === 'number' && done.includes(id));
    expect(askedAgain, 'entities done before the cancel are not read again').toEqual([]);

    // Exports: the CSV is exactly what the crawl in Node makes of the same workspace.
    await page.getByRole('region', { name: 'Export' }).waitFor();
    const csv = await save(page, 'Export CSV');
    expect(csv.suggested).toBe(`audit-workspace-${workspaceId}.csv`);
    const lines = csv.toString('utf8').split('\r\n');
    expect(lines[0]).toBe(AUDIT_COLUMNS.join(','));
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(1 + expected + 1);
    const csvSha256 = createHash('sha256').update(csv).digest('hex');
    expect(csvSha256).toBe(auditCsvSha256(auditRows(truth)));
    await page.getByText(csvSha256, { exact: true }).waitFor();

    const json = await save(page, 'Export JSON');
    expect(json.suggested).toBe(`audit-workspace-${workspaceId}.json`);
    const document = JSON.parse(json.toString('utf8')) as {
      rows: unknown[];
      provenance: { csv_sha256: string; workspace_id: number; outcome: string };
    };
    expect(document.rows).toHaveLength(expected);
    expect(document.provenance).toMatchObject({
      csv_sha256: csvSha256,
      workspace_id: workspaceId,
      outcome: 'done',
    });
    // Read-only: nothing but GET reached the API.
    const methods = new Set(
      network.requests.filter((request) => request.url.pathname.startsWith('/api/')).map((r) => r.method),
    );
    expect(methods).toEqual(new Set(['GET']));
    if (writesBefore !== undefined) expect(await demoWrites()).toBe(writesBefore);
  }, 240_000);
});

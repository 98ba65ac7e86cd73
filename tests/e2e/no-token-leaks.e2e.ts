import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { setUpBrowser } from './browser';
import { demoInfo } from './demo-api';
import { workspaceListPage } from './workspace-list-page';

/** The three demo tokens and the PAT prefix: none may ever reach the browser or the bundle. */
function secrets(): string[] {
  return [...Object.values(inject('tokens')), 'vktrpat_'];
}

function leaksIn(text: string): string[] {
  return secrets().filter((secret) => text.includes(secret));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

const session = setUpBrowser();

describe('no token leaks', () => {
  it('the browser never sends, receives or stores a token', async () => {
    const { page, context, network } = session;
    const { fixtures } = await demoInfo();
    const ui = workspaceListPage(page);

    // A tour through what the dashboard does: list, scroll, filter, a workspace, an entity.
    await page.goto('/workspaces');
    await ui.rows.first().waitFor();
    await ui.scrollToEnd();
    await ui.search.pressSequentially('a');
    await ui.visibility.selectOption({ label: 'Internal' });
    await page.waitForLoadState('networkidle');
    await page.goto(
      `/workspaces/${fixtures.workspaces.fixtures}/entities/${fixtures.entities.manyRevisions}`,
    );
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');

    const requests = await network.settled();
    expect(requests.filter((r) => r.url.pathname.startsWith('/api/')).length).toBeGreaterThan(3);
    for (const request of requests) {
      const where = `${request.method} ${request.url}`;
      expect(Object.keys(request.headers), where).not.toContain('authorization');
      expect(leaksIn(request.url.href), where).toEqual([]);
      expect(leaksIn(JSON.stringify(request.headers)), where).toEqual([]);
      expect(leaksIn(request.body ?? ''), where).toEqual([]);
      expect(leaksIn(request.responseBody?.toString('latin1') ?? ''), `response to ${where}`).toEqual([]);
    }

    const stored = await page.evaluate(async () => ({
      local: JSON.stringify({ ...localStorage }),
      session: JSON.stringify({ ...sessionStorage }),
      cookie: document.cookie,
      indexedDb: (await indexedDB.databases()).map((db) => db.name),
    }));
    expect(leaksIn(stored.local)).toEqual([]);
    expect(leaksIn(stored.session)).toEqual([]);
    expect(stored.cookie).toBe('');
    expect(stored.indexedDb).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });

  it('the built files contain no token', () => {
    const files = filesUnder(inject('distDir'));
    expect(files.some((file) => file.endsWith('.js'))).toBe(true);
    for (const file of files) expect(leaksIn(readFileSync(file, 'latin1')), file).toEqual([]);
  });
});

import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../scripts/content-security-policy';
import { setUpBrowser } from './browser';
import { demoApi, demoInfo, smallArchivedWorkspace } from './demo-api';

const session = setUpBrowser();

type Violation = { directive: string; blockedURI: string; source: string };
declare global {
  interface Window {
    __cspViolations?: Violation[];
  }
}

/**
 * Every `securitypolicyviolation` the document sees, from its first script on (an init script runs
 * before the page's own), and every console message that speaks of the policy.
 *
 * Workers have no init script, and a violation there that the code catches (an eval probe in a
 * try/catch) shows neither in the document nor on the console. So each worker script's answer gets
 * `report-uri` added to its policy (after checking it carries the same policy): Chromium then posts a
 * report for every violation in the worker, which is answered and recorded here.
 */
const REPORT_PATH = '/__csp-report';
let cspConsole: string[] = [];
let workerReports: string[] = [];
let workerScripts: { url: string; policy: string | undefined }[] = [];
beforeEach(async () => {
  cspConsole = [];
  workerReports = [];
  workerScripts = [];
  const { context } = session;
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push({
        directive: event.effectiveDirective || event.violatedDirective,
        blockedURI: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}`,
      });
    });
  });
  context.on('console', (message) => {
    if (/content[- ]security[- ]policy|refused to/i.test(message.text()))
      cspConsole.push(`${message.type()}: ${message.text()}`);
  });
  await context.route(`**${REPORT_PATH}`, async (route) => {
    workerReports.push(route.request().postData() ?? '(empty report)');
    await route.fulfill({ status: 204 });
  });
  await context.route('**/assets/*.worker-*.js', async (route) => {
    const response = await route.fetch();
    const policy = response.headers()['content-security-policy'];
    workerScripts.push({ url: route.request().url(), policy });
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': `${policy}; report-uri ${REPORT_PATH}` },
    });
  });
});

const violations = (page: Page) => page.evaluate(() => window.__cspViolations ?? []);

/** Opens a page from its address (a full load: the header is on every answer) and waits until it is ready. */
async function visit(page: Page, path: string, ready: (page: Page) => Promise<unknown>) {
  const response = await page.goto(path);
  expect(response?.headers()['content-security-policy'], `CSP header on ${path}`).toBe(
    CONTENT_SECURITY_POLICY,
  );
  await ready(page);
  await page.waitForLoadState('networkidle');
}

async function expectNoViolations(page: Page) {
  expect(await violations(page), 'securitypolicyviolation events').toEqual([]);
  expect(cspConsole, 'console messages about the CSP').toEqual([]);
  expect(workerReports, 'violations reported from workers').toEqual([]);
  for (const worker of workerScripts) expect(worker.policy, worker.url).toBe(CONTENT_SECURITY_POLICY);
}

type EntitySummary = { id: number; name: string };

describe('Content-Security-Policy', () => {
  // (An eval cannot be tried the same way: code run through DevTools is exempt from 'unsafe-eval'.)
  it('holds the detector to account: an inline style attribute is reported', async () => {
    const { page } = session;
    session.allowConsoleError(/Content Security Policy/);
    await visit(page, '/workspaces', (p) =>
      p.getByRole('list', { name: 'Workspaces', exact: true }).waitFor(),
    );
    await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.innerHTML = '<span style="color: red">inline</span>';
      document.body.append(probe);
    });
    await expect
      .poll(() => violations(page))
      .toContainEqual(expect.objectContaining({ directive: 'style-src-attr' }));
  });

  it('workspace list, scrolled and searched', async () => {
    const { page } = session;
    await visit(page, '/workspaces', (p) =>
      p.getByRole('list', { name: 'Workspaces', exact: true }).locator(':scope > li').nth(3).waitFor(),
    );
    await page.getByRole('searchbox', { name: 'Search workspaces' }).pressSequentially('Bridge');
    await page.waitForURL((url) => url.searchParams.get('q') === 'Bridge');
    await page
      .getByRole('list', { name: 'Workspaces', exact: true })
      .locator(':scope > li')
      .first()
      .waitFor();
    await expectNoViolations(page);
  });

  it('a workspace with its tree, a branch opened', async () => {
    const { page } = session;
    const { fixtures } = await demoInfo();
    const ws = fixtures.workspaces.fixtures;
    const [root] = await demoApi<EntitySummary[]>(`/api/workspaces/${ws}/entities/`);
    if (!root) throw new Error('the fixtures workspace has no entities');
    const [child] = await demoApi<EntitySummary[]>(`/api/workspaces/${ws}/entities/${root.id}/entities/`);
    if (!child) throw new Error(`${root.name} has no children`);
    const tree = page.getByRole('tree', { name: /^Entities of / });
    await visit(page, `/workspaces/${ws}`, () =>
      tree.getByRole('treeitem', { name: root.name, exact: true }).waitFor(),
    );
    await tree.getByRole('treeitem', { name: root.name, exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    await tree.getByRole('treeitem', { name: child.name, exact: true }).waitFor();
    await expectNoViolations(page);
  });

  it('an entity with parameters, with blame, and a file entity', async () => {
    const { page } = session;
    const { fixtures } = await demoInfo();
    const ws = fixtures.workspaces.fixtures;
    const entity = await demoApi<EntitySummary>(
      `/api/workspaces/${ws}/entities/${fixtures.entities.manyRevisions}/`,
    );
    await visit(page, `/workspaces/${ws}/entities/${entity.id}`, (p) =>
      p
        .getByRole('tree', { name: `Parameters of ${entity.name}` })
        .getByRole('treeitem')
        .first()
        .waitFor(),
    );
    await page.getByRole('button', { name: 'Show blame' }).click();
    await page.getByText('Reading the revision history for blame…').waitFor({ state: 'detached' });
    await expectNoViolations(page);

    const file = await demoApi<EntitySummary>(`/api/workspaces/${ws}/entities/${fixtures.entities.file}/`);
    await visit(page, `/workspaces/${ws}/entities/${file.id}`, (p) =>
      p.getByRole('heading', { level: 2, name: file.name, exact: true }).waitFor(),
    );
    await page.getByRole('heading', { name: 'File' }).waitFor();
    await expectNoViolations(page);
  });

  it('revisions: the diff in both layouts and the full document with blame', async () => {
    const { page } = session;
    const { fixtures } = await demoInfo();
    const ws = fixtures.workspaces.fixtures;
    const base = `/workspaces/${ws}/entities/${fixtures.entities.manyRevisions}/revisions`;
    const changes = page.getByRole('list', { name: 'Changes' }).getByRole('listitem').first();
    await visit(page, base, () => changes.waitFor());
    await expectNoViolations(page);
    await visit(page, `${base}?view=unified`, () => changes.waitFor());
    await expectNoViolations(page);
    const differences = page.getByRole('region', { name: 'Differences' });
    await visit(page, `${base}?scope=full&blame=true`, () =>
      differences
        .getByText(/^#\d+ · /)
        .first()
        .waitFor(),
    );
    await differences.getByText('reading history…').waitFor({ state: 'detached' });
    await expectNoViolations(page);
    expect(workerScripts.map((worker) => worker.url)).toContainEqual(expect.stringContaining('diff.worker'));
  });

  it('the parameter editor, with an edit', async () => {
    const { page } = session;
    const { fixtures } = await demoInfo();
    const ws = fixtures.workspaces.fixtures;
    const entity = await demoApi<EntitySummary>(
      `/api/workspaces/${ws}/entities/${fixtures.entities.manyRevisions}/`,
    );
    const changes = page.getByRole('region', { name: 'Your changes' });
    await visit(page, `/workspaces/${ws}/entities/${entity.id}/edit`, async (p) => {
      await p.getByRole('region', { name: `Edit parameters of ${entity.name}` }).waitFor();
      await changes.getByRole('heading', { name: 'No unsaved changes' }).waitFor();
    });
    const field = page
      .getByRole('region', { name: `Edit parameters of ${entity.name}` })
      .getByRole('textbox')
      .first();
    await field.fill(`${await field.inputValue()}1`);
    await changes.getByRole('heading', { name: /^Your changes: / }).waitFor();
    await expectNoViolations(page);
    await changes.getByRole('button', { name: 'Discard changes' }).click();
  });

  it('the audit list', async () => {
    const { page } = session;
    await visit(page, '/audit', (p) => p.getByText(/^\d+ archived workspaces?$/).waitFor());
    await expectNoViolations(page);
  });

  it('an audit run to its report (worker, SVG timeline, exports)', async () => {
    const { page } = session;
    const workspace = await smallArchivedWorkspace();
    await visit(page, `/audit/${workspace.id}`, (p) =>
      p.getByRole('heading', { name: /^Audit of / }).waitFor(),
    );
    await page.getByRole('button', { name: 'Start audit' }).click();
    await page.getByText(/^Audit complete:/).waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { name: 'Activity timeline' }).waitFor();
    await page.getByRole('img').first().waitFor();
    await expectNoViolations(page);
    expect(workerScripts.map((worker) => worker.url)).toContainEqual(expect.stringContaining('audit.worker'));
  });

  it('the 404 pages: an unknown address, a workspace and an entity that do not exist', async () => {
    const { page } = session;
    await visit(page, '/no/such/page', (p) =>
      p.getByRole('heading', { name: 'This page does not exist' }).waitFor(),
    );
    await expectNoViolations(page);
    session.allowConsoleError(/404 \(Not Found\)/);
    await visit(page, '/workspaces/999999', (p) =>
      p.getByRole('heading', { name: 'This workspace does not exist' }).waitFor(),
    );
    await expectNoViolations(page);
    await visit(page, '/workspaces/2/entities/999999', (p) =>
      p.getByRole('heading', { name: 'This entity does not exist' }).waitFor(),
    );
    await expectNoViolations(page);
  });
});

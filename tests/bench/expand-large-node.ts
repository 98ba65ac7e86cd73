import type { Browser, Page } from 'playwright-core';
import { FIXTURE_ENTITY_IDS, FIXTURE_WORKSPACE_IDS } from '../../server/app';
import { demoGet, type EntityJson } from './demo-client';
import type { BenchApp } from './environment';
import {
  assertNoProblems,
  type BenchEntry,
  ENTITY_TREE,
  median,
  openBenchPage,
  repeat,
  round,
} from './measure';
import { installPaintProbe, readPaintTiming } from './page-probes';

const BUDGET_MS = 100;
const RUNS = 5;
const WS = FIXTURE_WORKSPACE_IDS.big;
const PARENT = FIXTURE_ENTITY_IDS.bigParent;
const STRUCTURE = FIXTURE_ENTITY_IDS.bigStructure;
const CHILDREN_PATH = `/api/workspaces/${WS}/entities/${PARENT}/entities/`;
const CHILD_LEVEL = 4; // project › structure › pile group › pile
const MORE_ROW = /^(Load more|Loading more|Retry loading more)/;

type Run = { ms: number; loadMoreRow: boolean; laterPages: number[] };

/**
 * How the page gets to a visible, closed entity 3. `deepLink`: its own page, whose children list
 * shares the tree's cache entry, so both render the 5,000 children when the response lands.
 * `treeOnly`: the page of its parent (entity 2), then entity 2 opened in the tree: only the tree
 * renders them.
 */
const SCENARIOS = {
  deepLink: { url: `/workspaces/${WS}/entities/${PARENT}`, openParentFirst: false },
  treeOnly: { url: `/workspaces/${WS}/entities/${STRUCTURE}`, openParentFirst: true },
} as const;

function treeItem(page: Page, name: string) {
  return page.locator(ENTITY_TREE).getByRole('treeitem', { name, exact: true });
}

async function expandRow(page: Page, name: string) {
  const row = treeItem(page, name);
  await row.locator('span[aria-hidden="true"]').first().click();
  await row.and(page.locator('[aria-expanded="true"]')).waitFor();
}

/** Scrolls to the last child and looks for the row that would stand for the rest of the list. */
async function findLoadMoreRow(page: Page, parentName: string, childCount: number): Promise<boolean> {
  const tree = page.locator(ENTITY_TREE);
  const [parentTop, rowHeight] = await treeItem(page, parentName).evaluate((el) => [
    new DOMMatrix(getComputedStyle(el).transform).m42,
    el.getBoundingClientRect().height,
  ]);
  await tree.evaluate((el, y) => el.scrollTo(0, y - el.clientHeight / 2), parentTop + childCount * rowHeight);
  await tree.locator(`[aria-level="${CHILD_LEVEL}"][aria-posinset="${childCount}"]`).waitFor();
  return (await tree.getByRole('treeitem', { name: MORE_ROW }).count()) > 0;
}

async function runOnce(
  browser: Browser,
  app: BenchApp,
  scenario: keyof typeof SCENARIOS,
  body: string,
  names: Map<number, string>,
  childCount: number,
): Promise<Run> {
  const { context, page, problems } = await openBenchPage(browser, app.baseUrl);
  try {
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const laterPages: number[] = [];
    // Held until the node is open in the tree, so what is timed is the tree taking in the response.
    await page.route(
      (url) => url.pathname === CHILDREN_PATH,
      async (route) => {
        const offset = Number(new URL(route.request().url()).searchParams.get('offset'));
        if (offset !== 0) {
          laterPages.push(offset);
          return route.continue();
        }
        await released;
        await route.fulfill({ status: 200, contentType: 'application/json', body });
      },
    );
    const { url, openParentFirst } = SCENARIOS[scenario];
    const parentName = names.get(PARENT) as string;
    await page.goto(url);
    if (openParentFirst) await expandRow(page, names.get(STRUCTURE) as string);
    await treeItem(page, parentName).and(page.locator('[aria-expanded="false"]')).waitFor();

    await page.evaluate(installPaintProbe, `${ENTITY_TREE} [role="treeitem"][aria-level="${CHILD_LEVEL}"]`);
    await expandRow(page, parentName);
    release();
    const timing = await page.evaluate(readPaintTiming, CHILDREN_PATH);
    const loadMoreRow = await findLoadMoreRow(page, parentName, childCount);
    assertNoProblems(problems);
    return { ms: timing.paintAt - timing.responseEnd, loadMoreRow, laterPages };
  } finally {
    await context.close();
  }
}

export async function measureExpandLargeNode(browser: Browser, app: BenchApp): Promise<BenchEntry[]> {
  // Without limit/offset the API answers a bare array of every child: one page of a server whose
  // cap is higher than ours.
  const children = await demoGet<EntityJson[]>(app, `${CHILDREN_PATH}`);
  const expected = app.demo.fixtures.counts.bigParentChildren;
  if (children.length !== expected)
    throw new Error(`expected ${expected} children of ${PARENT}, got ${children.length}`);
  const body = JSON.stringify({ count: children.length, results: children });
  const names = new Map<number, string>();
  for (const id of [PARENT, STRUCTURE])
    names.set(id, (await demoGet<EntityJson>(app, `/api/workspaces/${WS}/entities/${id}/`)).name);

  const entries: BenchEntry[] = [];
  for (const scenario of Object.keys(SCENARIOS) as (keyof typeof SCENARIOS)[]) {
    const runs = await repeat(RUNS, () => runOnce(browser, app, scenario, body, names, children.length));
    const samples = runs.map((run) => round(run.ms));
    const loadMore = runs.some((run) => run.loadMoreRow);
    const laterPages = runs.flatMap((run) => run.laterPages);
    const where = scenario === 'deepLink' ? 'its own page open (tree + children list)' : 'tree only';
    entries.push({
      name: `5,000-child node: response → rows painted, ${where}`,
      value: median(samples),
      unit: 'ms',
      budget: BUDGET_MS,
      samples,
      note:
        `${children.length} children in one page (${round(body.length / 1e6, 2)} MB); ` +
        `"Load more" row: ${loadMore ? 'PRESENT (wrong)' : 'none'}; ` +
        `later page requests: ${laterPages.length ? laterPages.join(', ') : 'none'}`,
      details: { scenario, loadMoreRow: loadMore, laterPages, responseBytes: body.length },
    });
  }
  return entries;
}

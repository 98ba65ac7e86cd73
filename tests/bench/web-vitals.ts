import type { Browser, Page } from 'playwright-core';
import { FIXTURE_ENTITY_IDS, FIXTURE_WORKSPACE_IDS } from '../../server/app';
import { workspaceListPage } from '../e2e/workspace-list-page';
import { assertNoProblems, type BenchEntry, ENTITY_TREE, median, openBenchPage, round } from './measure';
import { installVitalsProbe, readVitals, type Vitals } from './page-probes';

const BUDGETS = { lcp: 1000, inp: 100, cls: 0.02 };
const RUNS = 3;

type VitalsPage = {
  name: string;
  path: string;
  /** Until the page shows what it is for. */
  ready(page: Page): Promise<void>;
  /** What a person does first: the interaction INP is taken from. */
  interact(page: Page): Promise<void>;
};

const WS = FIXTURE_WORKSPACE_IDS.big;

const PAGES: VitalsPage[] = [
  {
    name: '/workspaces',
    path: '/workspaces',
    ready: (page) => workspaceListPage(page).rows.first().waitFor(),
    async interact(page) {
      const list = workspaceListPage(page);
      await list.search.click();
      await list.search.pressSequentially('bridge');
      await page.waitForURL(/q=bridge/);
    },
  },
  {
    name: 'tree page',
    path: `/workspaces/${WS}`,
    ready: (page) => page.locator(ENTITY_TREE).getByRole('treeitem').first().waitFor(),
    async interact(page) {
      const row = page.locator(ENTITY_TREE).getByRole('treeitem').first();
      await row.locator('span[aria-hidden="true"]').first().click();
      await row.and(page.locator('[aria-expanded="true"]')).waitFor();
    },
  },
  {
    name: 'entity page',
    path: `/workspaces/${WS}/entities/${FIXTURE_ENTITY_IDS.bigStructure}`,
    ready: (page) => page.getByRole('navigation', { name: 'Entity views' }).waitFor(),
    async interact(page) {
      await page.getByRole('link', { name: 'Revisions', exact: true }).click();
      await page.waitForURL(/\/revisions/);
    },
  },
];

async function loadOnce(browser: Browser, baseUrl: string, target: VitalsPage): Promise<Vitals> {
  const { context, page, problems } = await openBenchPage(browser, baseUrl);
  try {
    await context.addInitScript(installVitalsProbe);
    await page.goto(target.path);
    await target.ready(page);
    await page.waitForLoadState('networkidle');
    await target.interact(page);
    const vitals = await page.evaluate(readVitals);
    assertNoProblems(problems);
    return vitals;
  } finally {
    await context.close();
  }
}

async function vitalsOf(browser: Browser, baseUrl: string, target: VitalsPage): Promise<Vitals[]> {
  const runs: Vitals[] = [];
  for (let run = 0; run < RUNS; run++) runs.push(await loadOnce(browser, baseUrl, target));
  return runs;
}

/**
 * LCP, INP and CLS from PerformanceObserver: cold loads, then the first interaction a person makes;
 * for the baseline build too (`before`), page by page, so both see the same machine.
 */
export async function measureWebVitals(
  browser: Browser,
  baseUrl: string,
  { before }: { before?: { baseUrl: string; ref: string } } = {},
): Promise<BenchEntry[]> {
  const entries: BenchEntry[] = [];
  for (const target of PAGES) {
    const runs = await vitalsOf(browser, baseUrl, target);
    const then = before ? await vitalsOf(browser, before.baseUrl, target) : undefined;
    const of = (pick: (vitals: Vitals) => number, digits = 1) => ({
      value: round(median(runs.map(pick)), digits),
      baseline: then && round(median(then.map(pick)), digits),
      samples: runs.map((vitals) => round(pick(vitals), digits)),
    });
    const slowest = runs.flatMap((vitals) => vitals.interactions).sort((a, b) => b.duration - a.duration)[0];
    entries.push(
      {
        name: `LCP, ${target.name}`,
        unit: 'ms',
        budget: BUDGETS.lcp,
        ...of((vitals) => vitals.lcp),
        note: `largest paint: ${runs[0]?.lcpElement ?? '?'}`,
      },
      {
        name: `INP, ${target.name}`,
        unit: 'ms',
        budget: BUDGETS.inp,
        ...of((vitals) => vitals.inp),
        note: slowest
          ? `slowest interaction: ${slowest.type} ${slowest.duration} ms (events under 16 ms are not reported: 0)`
          : 'no interaction took 16 ms or more',
      },
      { name: `CLS, ${target.name}`, unit: '', budget: BUDGETS.cls, ...of((vitals) => vitals.cls, 3) },
    );
  }
  return entries;
}

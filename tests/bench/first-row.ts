import type { Browser } from 'playwright-core';
import { BARE_PAGE_PATH, FIRST_PAGE_REQUEST } from './bare-page';
import { assertNoProblems, type BenchEntry, median, openBenchPage, round } from './measure';
import { type FirstRowTiming, installFirstRowProbe, readFirstRowTiming } from './page-probes';

/** Goal: the first workspace row within 2.5× the zero-framework page (on the way to 1.5×). */
const RATIO_BUDGET = 2.5;
const RUNS = 7;

export type FirstRowTarget = {
  /** What the table calls it. */
  label: string;
  baseUrl: string;
  path: string;
};

/** The first workspace's name, as the API lists it first: what both pages must paint. */
async function firstWorkspaceName(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/${FIRST_PAGE_REQUEST}`);
  if (!response.ok) throw new Error(`the first page of workspaces answered ${response.status}`);
  const page = (await response.json()) as { results: { name: string }[] };
  const name = page.results[0]?.name;
  if (!name) throw new Error('the demo lists no workspace');
  return name;
}

async function loadOnce(browser: Browser, target: FirstRowTarget, name: string): Promise<FirstRowTiming> {
  const { context, page, problems } = await openBenchPage(browser, target.baseUrl);
  try {
    await context.addInitScript(installFirstRowProbe, name);
    await page.goto(target.path, { waitUntil: 'commit' });
    const timing = await page.evaluate(readFirstRowTiming);
    assertNoProblems(problems);
    return timing;
  } finally {
    await context.close();
  }
}

/**
 * Navigation start to the first workspace row painted, for the zero-framework page, the dashboard
 * and the baseline build, in one run: cold loads (a fresh context each), the pages taking turns (the
 * order reversed every other round, so neither always follows the other), after one warm-up round.
 */
export async function measureFirstRow(
  browser: Browser,
  { bare, now, before }: { bare: string; now: string; before?: { baseUrl: string; ref: string } },
): Promise<BenchEntry[]> {
  const targets: FirstRowTarget[] = [
    { label: 'zero-framework page', baseUrl: bare, path: BARE_PAGE_PATH },
    { label: 'dashboard', baseUrl: now, path: '/workspaces' },
    ...(before ? [{ label: `baseline ${before.ref}`, baseUrl: before.baseUrl, path: '/workspaces' }] : []),
  ];
  const name = await firstWorkspaceName(now);
  const timings = new Map<FirstRowTarget, FirstRowTiming[]>(targets.map((target) => [target, []]));
  for (let round = -1; round < RUNS; round++) {
    const order = round % 2 === 0 ? targets : [...targets].reverse();
    for (const target of order) {
      const timing = await loadOnce(browser, target, name);
      if (round >= 0) timings.get(target)?.push(timing);
    }
  }

  const summary = (target: FirstRowTarget) => {
    const runs = timings.get(target) ?? [];
    const of = (pick: (timing: FirstRowTiming) => number) => round(median(runs.map(pick)));
    return {
      paint: of((t) => t.paintAt),
      samples: runs.map((t) => round(t.paintAt)),
      requestedAt: of((t) => t.requestedAt),
      responseEnd: of((t) => t.responseEnd),
      scriptsEnd: of((t) => t.scriptsEnd),
      domAt: of((t) => t.domAt),
    };
  };
  const [bareTarget, nowTarget, beforeTarget] = targets as [FirstRowTarget, FirstRowTarget, FirstRowTarget?];
  const bareSummary = summary(bareTarget);
  const nowSummary = summary(nowTarget);
  const beforeSummary = beforeTarget ? summary(beforeTarget) : undefined;
  const where = (s: ReturnType<typeof summary>) =>
    `request sent at ${s.requestedAt} ms, answered ${s.responseEnd}, scripts in ${s.scriptsEnd}, row in the DOM ${s.domAt}`;

  const entries: BenchEntry[] = [
    {
      name: 'First workspace row, zero-framework page',
      value: bareSummary.paint,
      unit: 'ms',
      samples: bareSummary.samples,
      note: `medians of ${RUNS} cold loads: ${where(bareSummary)}`,
    },
    {
      name: 'First workspace row, dashboard',
      value: nowSummary.paint,
      unit: 'ms',
      baseline: beforeSummary?.paint,
      samples: nowSummary.samples,
      note: `medians of ${RUNS} cold loads: ${where(nowSummary)}${
        beforeSummary
          ? `; baseline ${before?.ref}: ${where(beforeSummary)} [runs: ${beforeSummary.samples.join(', ')}]`
          : ''
      }`,
    },
    {
      name: 'First workspace row, dashboard ÷ zero-framework',
      value: round(nowSummary.paint / bareSummary.paint, 2),
      unit: '×',
      budget: RATIO_BUDGET,
      baseline: beforeSummary ? round(beforeSummary.paint / bareSummary.paint, 2) : undefined,
      note: 'the goal after this one: 1.5×',
    },
  ];
  return entries;
}

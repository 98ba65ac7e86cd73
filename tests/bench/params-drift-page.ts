import type { Browser } from 'playwright-core';
import { FIXTURE_WORKSPACE_IDS } from '../../server/app';
import { demoGet } from './demo-client';
import type { BenchApp } from './environment';
import { type Frame, installLongFrameProbe, settledFrames } from './frame-probes';
import { assertNoProblems, type BenchEntry, median, openBenchPage, repeat, round } from './measure';

const RUNS = 2;
const WS = FIXTURE_WORKSPACE_IDS.big;
/** The product's budget: no frame over this, anywhere. */
const FREEZE_MS = 200;
/** A ceiling for a stuck crawl, not a speed check. */
const CRAWL_TIMEOUT_MS = 15 * 60_000;

type Page<T> = { count: number; results: T[] };
type Run = { frames: Frame[]; finishedMs: number; read: number; deviating: string };

/** The big workspace's type with the most entities (the piles): the drift page's heaviest case. */
async function biggestType(app: BenchApp) {
  const types = await demoGet<Page<{ id: number; name: string }>>(
    app,
    `/api/workspaces/${WS}/entity_types/?limit=100&offset=0`,
  );
  const counted = await Promise.all(
    types.results.map(async (type) => ({
      ...type,
      count: (
        await demoGet<Page<unknown>>(
          app,
          `/api/workspaces/${WS}/entity_types/${type.id}/entities/?limit=1&offset=0`,
        )
      ).count,
    })),
  );
  const [biggest] = counted.sort((a, b) => b.count - a.count);
  if (!biggest) throw new Error(`workspace ${WS} has no entity types`);
  return biggest;
}

async function runOnce(browser: Browser, app: BenchApp, typeId: number): Promise<Run> {
  const { context, page, problems } = await openBenchPage(browser, app.baseUrl);
  try {
    await context.addInitScript(installLongFrameProbe);
    // The app lists a type without params and then reads each entity on its own: for ~97,000 piles
    // that is over 20 minutes of requests on this machine. Asked of the list instead (the crawl takes
    // params a list item happens to carry), the same documents reach the same inference and deviation
    // search in ~1,000 requests, 100 entities a page: what is timed is the main thread taking them in.
    const listPath = `/api/workspaces/${WS}/entity_types/${typeId}/entities/`;
    await page.route(
      (url) => url.pathname === listPath && !url.searchParams.has('properties'),
      (route) => {
        const url = new URL(route.request().url());
        url.searchParams.set('properties', 'true');
        return route.continue({ url: url.href });
      },
    );
    await page.goto(`/workspaces/${WS}/drift?type=${typeId}`);
    await page.getByRole('status').getByText('Finished.').waitFor({ timeout: CRAWL_TIMEOUT_MS });
    const finishedMs = await page.evaluate(() => performance.now());
    const heading = page.getByRole('heading', { name: /^Deviating entities/ });
    // The last refresh renders in a transition: wait until the heading counts every entity read.
    const readText = (await page.getByText(/^[\d,]+ of [\d,]+ entities read$/).textContent()) ?? '';
    const read = readText.split(' ')[0] ?? '';
    await heading.filter({ hasText: ` of ${read})` }).waitFor();
    const frames = await page.evaluate(settledFrames);
    assertNoProblems(problems);
    return {
      frames,
      finishedMs,
      read: Number(read.replace(/,/g, '')),
      deviating: (await heading.textContent()) ?? '',
    };
  } finally {
    await context.close();
  }
}

const over = (run: Run) => run.frames.filter((frame) => frame.duration > FREEZE_MS);
const longest = (run: Run) => Math.max(0, ...run.frames.map((frame) => frame.duration));
const medianOf = (runs: readonly Run[], pick: (run: Run) => number) =>
  runs.length ? round(median(runs.map(pick))) : undefined;
/** The frames over budget, `ms@s` (how long, and when after navigation). */
const overList = (runs: readonly Run[]) =>
  runs
    .map(
      (run) =>
        over(run)
          .map((frame) => `${round(frame.duration, 0)}@${round(frame.start / 1000, 0)}`)
          .join(' ') || 'none',
    )
    .join(' | ');

/**
 * The params drift page on the big workspace's biggest type, crawled to the end: every frame of the
 * main thread over 200 ms while it reads, infers the schema and looks for deviations, and how long
 * the whole crawl took. With `before`, the baseline build is measured in the same run, alternating.
 */
export async function measureParamsDriftPage(
  browser: Browser,
  app: BenchApp,
  { before }: { before?: BenchApp } = {},
): Promise<BenchEntry[]> {
  const type = await biggestType(app);
  const now: Run[] = [];
  const then: Run[] = [];
  await repeat(RUNS, async () => {
    now.push(await runOnce(browser, app, type.id));
    if (before) then.push(await runOnce(browser, before, type.id));
  });
  const baseline = (pick: (run: Run) => number) => {
    const value = medianOf(then, pick);
    return value === undefined ? {} : { baseline: value };
  };
  const note =
    `${RUNS} runs, type ${type.name} (${type.count.toLocaleString('en')} entities), ` +
    `${now.at(-1)?.deviating ?? ''}; frames over 200 ms (ms@s): ${overList(now)}` +
    (then.length ? `; before: ${overList(then)}` : '');
  return [
    {
      name: `Params drift, ${type.count.toLocaleString('en')}-entity type: frames over 200 ms`,
      value: medianOf(now, (run) => over(run).length) ?? Number.NaN,
      unit: 'frames',
      budget: 0,
      samples: now.map((run) => over(run).length),
      note,
      ...baseline((run) => over(run).length),
    },
    {
      name: 'Params drift: longest frame',
      value: medianOf(now, longest) ?? Number.NaN,
      unit: 'ms',
      budget: FREEZE_MS,
      samples: now.map((run) => round(longest(run))),
      ...baseline(longest),
    },
    {
      name: 'Params drift: navigation → every entity read',
      value: medianOf(now, (run) => run.finishedMs / 1000) ?? Number.NaN,
      unit: 's',
      samples: now.map((run) => round(run.finishedMs / 1000)),
      note: `${now.at(-1)?.read.toLocaleString('en') ?? '?'} entities read, with their params in the list pages`,
      details: {
        now: now.map((run) => run.frames.filter((frame) => frame.duration > 100)),
        before: then.map((run) => run.frames.filter((frame) => frame.duration > 100)),
      },
      ...baseline((run) => run.finishedMs / 1000),
    },
  ];
}

import type { Browser, CDPSession, Page } from 'playwright-core';
import { workspaceListPage } from '../e2e/workspace-list-page';
import { demoGet } from './demo-client';
import type { BenchApp } from './environment';
import { assertNoProblems, type BenchEntry, median, openBenchPage, repeat, round } from './measure';

const RUNS = 3;
const HEAP_BUDGET_MB = 150;
const LIST_PATH = '/api/workspaces/';
/** Archived ones included: all 10,000 of the large demo (8,989 without them). */
const LIST_URL = '/workspaces?archived=true';
const SCROLLER = '[data-scroll-container="workspaces"]';
/** The row the user opens before coming back: far down, as someone who scrolled to row 9,000. */
const OPENED_ROW = 9_000;
/** Longer than the list's staleTime (5 minutes; 30 s before it had its own): stale by then. */
const STALE_AFTER_MS = 5 * 60_000 + 1000;

type Page1 = { count: number; results: { id: number; name: string }[] };

/** Every workspace name in the order the list shows them (the default sort), straight from the demo. */
async function expectedNames(app: BenchApp): Promise<string[]> {
  const names: string[] = [];
  let count = Number.POSITIVE_INFINITY;
  while (names.length < count) {
    const page = await demoGet<Page1>(
      app,
      `${LIST_PATH}?sort=name:asc&include_archived=true&limit=1000&offset=${names.length}`,
    );
    count = page.count;
    if (page.results.length === 0) break;
    names.push(...page.results.map((workspace) => workspace.name));
  }
  return names;
}

type ListRequests = { offsets: number[]; aborted: number[] };

type ListWatch = {
  readonly requests: ListRequests;
  reset(): void;
  /** Resolves once no list request has been under way for `quietMs`. */
  settled(quietMs?: number): Promise<void>;
};

function watchListRequests(page: Page): ListWatch {
  let requests: ListRequests = { offsets: [], aborted: [] };
  let inFlight = 0;
  let lastChange = performance.now();
  const offsetOf = (url: string) => {
    const parsed = new URL(url);
    return parsed.pathname === LIST_PATH ? Number(parsed.searchParams.get('offset') ?? 0) : undefined;
  };
  page.on('request', (request) => {
    const offset = offsetOf(request.url());
    if (offset === undefined) return;
    requests.offsets.push(offset);
    inFlight += 1;
    lastChange = performance.now();
  });
  const finished = (failed: boolean) => (request: { url(): string }) => {
    const offset = offsetOf(request.url());
    if (offset === undefined) return;
    if (failed) requests.aborted.push(offset);
    inFlight -= 1;
    lastChange = performance.now();
  };
  page.on('requestfinished', finished(false));
  page.on('requestfailed', finished(true));
  return {
    get requests() {
      return requests;
    },
    reset() {
      requests = { offsets: [], aborted: [] };
    },
    async settled(quietMs = 1000) {
      while (inFlight > 0 || performance.now() - lastChange < quietMs) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}

const duplicatesIn = (offsets: readonly number[]) => offsets.length - new Set(offsets).size;

type EndStats = { ms: number; longFrames: number[]; frames: number };

/**
 * In the page: keeps the list scrolled to its bottom, one position per animation frame, until the
 * footer says every workspace is loaded and nothing more is under way. Long animation frames are
 * recorded on the way.
 */
async function scrollToEnd({ scroller, done }: { scroller: string; done: string }): Promise<EndStats> {
  const element = document.querySelector<HTMLElement>(scroller);
  if (!element) throw new Error('no workspace list scroller');
  const supported = PerformanceObserver.supportedEntryTypes;
  const frameType = supported.includes('long-animation-frame') ? 'long-animation-frame' : 'longtask';
  const longFrames: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.duration > 50) longFrames.push(entry.duration);
  });
  observer.observe({ type: frameType });
  const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  const started = performance.now();
  let frames = 0;
  const finished = () =>
    [...element.querySelectorAll('[role="status"]')].some((node) => node.textContent === done) &&
    element.scrollTop + element.clientHeight >= element.scrollHeight - 1;
  while (!finished()) {
    if (performance.now() - started > 120_000) throw new Error(`the list never said "${done}"`);
    element.scrollTop = element.scrollHeight;
    await nextFrame();
    frames += 1;
  }
  const ms = performance.now() - started;
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 200));
  for (const entry of observer.takeRecords()) if (entry.duration > 50) longFrames.push(entry.duration);
  observer.disconnect();
  return { ms, longFrames, frames };
}

/**
 * In the page: walks the list from top to bottom a viewport at a time and reads every rendered row's
 * position and name. Returns the names by position (1-based index - 1); holes are rows never shown.
 */
async function walkRows(scroller: string): Promise<(string | null)[]> {
  const element = document.querySelector<HTMLElement>(scroller);
  if (!element) throw new Error('no workspace list scroller');
  const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  const seen: (string | null)[] = [];
  const read = () => {
    for (const row of element.querySelectorAll<HTMLElement>('ul > li[aria-posinset]')) {
      const position = Number(row.getAttribute('aria-posinset'));
      seen[position - 1] = row.querySelector('a')?.textContent ?? null;
    }
  };
  element.scrollTop = 0;
  await nextFrame();
  await nextFrame();
  read();
  const step = Math.max(1, element.clientHeight - 64);
  while (element.scrollTop + element.clientHeight < element.scrollHeight - 1) {
    element.scrollTop += step;
    await nextFrame();
    await nextFrame();
    read();
  }
  return Array.from(seen, (name) => name ?? null);
}

async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 2 ** 20;
}

type Return = {
  requests: number[];
  /** The highest row position rendered in the list's viewport once it is back. */
  rowsInView: { first: number; last: number };
};

/** The positions of the rows at the top and bottom of the scroller's viewport. */
function rowsInView(scroller: string): { first: number; last: number } {
  const element = document.querySelector<HTMLElement>(scroller);
  if (!element) throw new Error('no workspace list scroller');
  const box = element.getBoundingClientRect();
  const visible = [...element.querySelectorAll<HTMLElement>('ul > li[aria-posinset]')]
    .filter((row) => {
      const rect = row.getBoundingClientRect();
      return rect.bottom > box.top && rect.top < box.bottom;
    })
    .map((row) => Number(row.getAttribute('aria-posinset')));
  return { first: Math.min(...visible), last: Math.max(...visible) };
}

/** Scrolls `row` into the middle of the list, opens its workspace, and comes back with the Back button. */
async function openAndComeBack(
  page: Page,
  watch: ListWatch,
  row: number,
  name: string,
  stale: boolean,
): Promise<Return> {
  await page
    .locator(SCROLLER)
    .evaluate((element, top) => element.scrollTo(0, top - element.clientHeight / 2), (row - 1) * 64);
  await page.getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
  await page.waitForLoadState('networkidle');
  if (stale) {
    // As if the user had spent longer than the list's staleTime in the workspace.
    await page.evaluate((skew) => {
      const now = Date.now.bind(Date);
      Date.now = () => now() + skew;
    }, STALE_AFTER_MS);
  }
  watch.reset();
  await page.goBack();
  await workspaceListPage(page).rows.first().waitFor();
  // A same-document navigation: Playwright's networkidle would not wait for what it sets off.
  await watch.settled();
  return { requests: [...watch.requests.offsets], rowsInView: await page.evaluate(rowsInView, SCROLLER) };
}

type Run = {
  count: number;
  requests: ListRequests;
  end: EndStats;
  heapMB: number;
  unreachable: number;
  fresh: Return;
  stale: Return;
};

async function runOnce(browser: Browser, app: BenchApp, names: string[], walk: boolean): Promise<Run> {
  const { context, page, problems } = await openBenchPage(browser, app.baseUrl);
  try {
    const cdp = await context.newCDPSession(page);
    const watch = watchListRequests(page);
    await page.goto(LIST_URL);
    const ui = workspaceListPage(page);
    await ui.rows.first().waitFor();
    const done = `All ${names.length.toLocaleString('en-US')} workspaces loaded`;
    const end = await page.evaluate(scrollToEnd, { scroller: SCROLLER, done });
    await watch.settled();
    const requests = { offsets: [...watch.requests.offsets], aborted: [...watch.requests.aborted] };
    const heap = await heapMB(cdp);

    let unreachable = 0;
    if (walk) {
      const seen = await page.evaluate(walkRows, SCROLLER);
      for (let i = 0; i < names.length; i++) if (seen[i] !== names[i]) unreachable += 1;
      unreachable += Math.max(0, seen.length - names.length);
    }
    const opened = names[OPENED_ROW - 1] as string;
    const fresh = await openAndComeBack(page, watch, OPENED_ROW, opened, false);
    const stale = await openAndComeBack(page, watch, OPENED_ROW, opened, true);
    assertNoProblems(problems);
    return { count: names.length, requests, end, heapMB: heap, unreachable, fresh, stale };
  } finally {
    await context.close();
  }
}

/**
 * `/workspaces` of the large demo with archived ones included (10,000 workspaces), scrolled to the
 * end: the time it takes, the list requests (a duplicate is an offset asked twice, e.g. a page
 * request cancelled and repeated), the JS heap after a GC with everything loaded, whether every row
 * can be reached (first run: the list walked top to bottom, each position's name compared with the
 * API's), and what coming back from a workspace opened at row 9,000 costs while the list is fresh and
 * once it is stale. With `before`, the baseline build is measured in the same run, alternating.
 */
export async function measureWorkspaceListScroll(
  browser: Browser,
  large: BenchApp,
  { before, runs: times = RUNS }: { before?: BenchApp; runs?: number } = {},
): Promise<BenchEntry[]> {
  const names = await expectedNames(large);
  const now: Run[] = [];
  const then: Run[] = [];
  await repeat(times, async (index) => {
    now.push(await runOnce(browser, large, names, index === 0));
    if (before) then.push(await runOnce(browser, before, names, index === 0));
  });
  const pick = (of: (run: Run) => number) => {
    const samples = now.map((run) => round(of(run)));
    const baseline = then.length ? median(then.map((run) => round(of(run)))) : undefined;
    return { value: median(samples), samples, baseline };
  };
  const n = names.length.toLocaleString('en-US');
  const row = OPENED_ROW.toLocaleString('en-US');
  const first = now[0] as Run;
  const where = (back: Return) => `rows ${back.rowsInView.first}–${back.rowsInView.last} in view`;
  const both = (describe: (runs: Run[]) => string) =>
    then.length ? `now: ${describe(now)}; before: ${describe(then)}` : describe(now);
  return [
    {
      name: `${n}-workspace list: duplicate page requests scrolling to the end`,
      ...pick((run) => duplicatesIn(run.requests.offsets)),
      unit: 'requests',
      budget: 0,
      note: both(
        (runs) =>
          `${runs[0]?.requests.offsets.length} list requests; cancelled: ${runs.map((run) => run.requests.aborted.length).join(', ')}`,
      ),
    },
    {
      name: `${n}-workspace list: rows not reachable by scrolling`,
      value: first.unreachable,
      baseline: then[0]?.unreachable,
      unit: 'rows',
      budget: 0,
      note: 'first run: walked top to bottom, each position compared with the API list (name:asc)',
    },
    {
      name: `${n}-workspace list: JS heap after GC, everything loaded`,
      ...pick((run) => run.heapMB),
      unit: 'MB',
      budget: HEAP_BUDGET_MB,
      note: 'CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage',
    },
    {
      name: `${n}-workspace list: first row → all loaded, scrolling at the bottom`,
      ...pick((run) => run.end.ms),
      unit: 'ms',
      note: both(
        (runs) =>
          `long frames (> 50 ms) on the way: ${runs.map((run) => run.end.longFrames.length).join(', ')}, longest ${round(Math.max(0, ...runs.flatMap((run) => run.end.longFrames)))} ms`,
      ),
    },
    {
      name: `${n}-workspace list: back from row ${row}, fresh: list requests`,
      ...pick((run) => run.fresh.requests.length),
      unit: 'requests',
      budget: 0,
      note: both((runs) => runs.map((run) => where(run.fresh)).join('; ')),
    },
    {
      name: `${n}-workspace list: back from row ${row}, stale: list requests`,
      ...pick((run) => run.stale.requests.length),
      unit: 'requests',
      budget: 1,
      note: both((runs) =>
        runs.map((run) => `offsets ${summarise(run.stale.requests)}, ${where(run.stale)}`).join('; '),
      ),
    },
  ];
}

function summarise(offsets: readonly number[]): string {
  if (offsets.length <= 4) return `[${offsets.join(', ')}]`;
  return `[${offsets.slice(0, 2).join(', ')}, … ${offsets.at(-1)}] (${offsets.length})`;
}

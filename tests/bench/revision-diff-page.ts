import type { Browser } from 'playwright-core';
import { FIXTURE_ENTITY_IDS, FIXTURE_WORKSPACE_IDS } from '../../server/app';
import type { BenchApp } from './environment';
import { installFirstChangeProbe, installLongFrameProbe, type ProbeWindow } from './frame-probes';
import { assertNoProblems, type BenchEntry, median, openBenchPage, repeat, round } from './measure';

const RUNS = 3;
const WS = FIXTURE_WORKSPACE_IDS.fixtures;
const ENTITY = FIXTURE_ENTITY_IDS.manyRevisions;
/** Longer than this, the page felt frozen: the diff of two 1 MB documents must not cause one. */
const FREEZE_MS = 200;

type Run = {
  firstChangeMs: number;
  fromResponseMs: number;
  longestFrameMs: number;
  framesOver200: number;
  /** Revisions endpoint bytes downloaded before the first change (the list and the params read). */
  kilobytes: number;
};

async function runOnce(browser: Browser, app: BenchApp): Promise<Run> {
  const { context, page, problems } = await openBenchPage(browser, app.baseUrl);
  try {
    await context.addInitScript(installLongFrameProbe);
    await context.addInitScript(installFirstChangeProbe);
    await page.goto(`/workspaces/${WS}/entities/${ENTITY}/revisions`);
    const firstChangeMs = await page.evaluate(() => (window as ProbeWindow).__firstChange as Promise<number>);
    // The list and each params document come from the same endpoint: the last answer before the paint.
    const { responseEnd, bytes } = await page.evaluate(
      ({ path, before }) => {
        const answers = performance
          .getEntriesByType('resource')
          .map((entry) => entry as PerformanceResourceTiming)
          .filter((entry) => new URL(entry.name).pathname === path && entry.responseEnd <= before);
        return {
          responseEnd: answers.length ? Math.max(...answers.map((entry) => entry.responseEnd)) : Number.NaN,
          bytes: answers.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
        };
      },
      { path: `/api/workspaces/${WS}/entities/${ENTITY}/revisions/`, before: firstChangeMs },
    );
    const frames = (await page.evaluate(() => (window as ProbeWindow).__frames ?? [])).map(
      (frame) => frame.duration,
    );
    assertNoProblems(problems);
    return {
      firstChangeMs,
      fromResponseMs: firstChangeMs - responseEnd,
      longestFrameMs: Math.max(0, ...frames),
      framesOver200: frames.filter((ms) => ms > FREEZE_MS).length,
      kilobytes: bytes / 1024,
    };
  } finally {
    await context.close();
  }
}

/**
 * The revisions page of the entity with 500 revisions of ~1 MB params: from navigation to the first
 * change painted, from the last revisions answer it needed (the list, then the two documents compared)
 * to that paint, what those answers weighed, and the longest main-thread frame meanwhile.
 */
export async function measureRevisionDiffPage(browser: Browser, app: BenchApp): Promise<BenchEntry[]> {
  const runs = await repeat(RUNS, () => runOnce(browser, app));
  const note = `${RUNS} runs, 500 revisions of ~1 MB params, newest pair`;
  return [
    {
      name: 'Revisions page: navigation → first change painted',
      value: round(median(runs.map((run) => run.firstChangeMs))),
      unit: 'ms',
      note,
      samples: runs.map((run) => round(run.firstChangeMs)),
    },
    {
      name: 'Revisions page: last revisions response → first change painted',
      value: round(median(runs.map((run) => run.fromResponseMs))),
      unit: 'ms',
      samples: runs.map((run) => round(run.fromResponseMs)),
    },
    {
      name: 'Revisions page: revisions data downloaded before the first change',
      value: round(median(runs.map((run) => run.kilobytes))),
      unit: 'KB',
      note: 'the list and the params documents read before the first change, as sent (encoded)',
    },
    {
      name: 'Revisions page: frames over 200 ms (frozen page)',
      value: median(runs.map((run) => run.framesOver200)),
      unit: 'frames',
      budget: 0,
      note: `longest frame ${round(median(runs.map((run) => run.longestFrameMs)))} ms`,
    },
  ];
}

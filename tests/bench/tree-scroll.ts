import type { Browser } from 'playwright-core';
import { FIXTURE_WORKSPACE_IDS } from '../../server/app';
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
import { installPaintProbe, readPaintTiming, type ScrollStats, scrollTree } from './page-probes';

const RUNS = 3;
const ROOTS = 100_000;
const SCROLL_STEPS = 60;
const WS = FIXTURE_WORKSPACE_IDS.big;
const ROOTS_PATH = `/api/workspaces/${WS}/entities/`;

/** Valid Entity JSON, mostly leaves (piles), every tenth a pile group that could be opened. */
function syntheticRoots(count: number): string {
  const stamp = '2025-01-01T00:00:00Z';
  const results = Array.from({ length: count }, (_, i) => {
    const group = i % 10 === 0;
    return {
      id: 10_000_000 + i,
      name: `${group ? 'Group' : 'Pile'} ${String(i + 1).padStart(6, '0')}`,
      entity_type: group ? 3 : 4,
      entity_type_name: group ? 'Pile group' : 'Pile',
      locked: false,
      created_at: stamp,
      updated_at: stamp,
      path: [],
    };
  });
  return JSON.stringify({ count, results });
}

type Run = { firstRenderMs: number; scroll: ScrollStats };

async function runOnce(browser: Browser, app: BenchApp, body: string): Promise<Run> {
  const { context, page, problems } = await openBenchPage(browser, app.baseUrl);
  try {
    await page.route(
      (url) => url.pathname === ROOTS_PATH && url.searchParams.get('offset') === '0',
      (route) => route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    await context.addInitScript(installPaintProbe, `${ENTITY_TREE} [role="treeitem"]`);
    await page.goto(`/workspaces/${WS}`);
    const timing = await page.evaluate(readPaintTiming, ROOTS_PATH);
    // Let the page settle (entity types, the detail pane) before scrolling.
    await page.waitForLoadState('networkidle');
    const scroll = await page.evaluate(scrollTree, { tree: ENTITY_TREE, steps: SCROLL_STEPS });
    if (scroll.lastPosition !== ROOTS) {
      throw new Error(`the bottom of the tree shows row ${scroll.lastPosition}, not ${ROOTS}`);
    }
    assertNoProblems(problems);
    return { firstRenderMs: timing.paintAt - timing.responseEnd, scroll };
  } finally {
    await context.close();
  }
}

export async function measureTreeScroll(browser: Browser, app: BenchApp): Promise<BenchEntry[]> {
  const body = syntheticRoots(ROOTS);
  const runs = await repeat(RUNS, () => runOnce(browser, app, body));
  const longFrames = runs.map((run) => run.scroll.longFrames.length);
  const longest = runs.map((run) =>
    round(Math.max(run.scroll.longestFrameGap, ...run.scroll.longFrames.map((frame) => frame.duration))),
  );
  const firstRender = runs.map((run) => round(run.firstRenderMs));
  const first = runs[0]?.scroll;
  const how = `${first?.steps} scroll positions (${SCROLL_STEPS} steps over ${first?.scrollHeight.toLocaleString('en-US')} px, then jumps), one per frame; ${first?.frameType} entries`;
  const blank = runs.map((run) => run.scroll.blankSteps);
  return [
    {
      name: '100,000-node tree: long frames (> 50 ms) while scrolling',
      value: median(longFrames),
      unit: 'frames',
      budget: 0,
      samples: longFrames,
      note: `${how}; steps showing no row mid-tree: ${blank.join(', ')}`,
      details: runs.map((run) => run.scroll.longFrames.map((frame) => round(frame.duration))),
    },
    {
      name: '100,000-node tree: longest frame while scrolling',
      value: median(longest),
      unit: 'ms',
      samples: longest,
      note: 'the longer of the longest rAF-to-rAF interval and the longest long frame',
    },
    {
      name: '100,000-node tree: response → first rows painted',
      value: median(firstRender),
      unit: 'ms',
      samples: firstRender,
      note: `one page of ${ROOTS.toLocaleString('en-US')} roots (${round(body.length / 1e6, 1)} MB)`,
    },
  ];
}

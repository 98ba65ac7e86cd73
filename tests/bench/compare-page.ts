import type { Browser } from 'playwright-core';
import { FIXTURE_ENTITY_IDS, FIXTURE_WORKSPACE_IDS } from '../../server/app';
import { bigStructureFactory } from '../../server/seed/big-document';
import { createRng } from '../../server/seed/prng';
import type { BenchApp } from './environment';
import { assertNoProblems, type BenchEntry, median, openBenchPage, repeat, round } from './measure';

const RUNS = 3;
const WS = FIXTURE_WORKSPACE_IDS.fixtures;
/** Two structures of the fixtures workspace; their params are replaced by the documents below. */
const SIDES = [FIXTURE_ENTITY_IDS.manyRevisions, FIXTURE_ENTITY_IDS.locked] as const;
/** As many piles as the large demo's 1 MB document (SCALE_SETTINGS.large.manyRevisionsPiles). */
const PILES = 5200;
/** Longer than this, the page felt frozen. */
const FREEZE_MS = 200;

type Frame = { duration: number; scripts: string[] };
type Run = { firstChangeMs: number; longestFrameMs: number; framesOver200: number; longFrames: Frame[] };
/** The page's two scopes: the changes under their headers (the default), and the whole document. */
type Scope = 'changed' | 'full';
type ProbeWindow = Window & { __frames?: Frame[]; __firstChange?: Promise<number> };

/**
 * Two pile plans drawn with different seeds from the generator of the large demo's 1 MB document:
 * the same shape, unrelated values, so nearly every leaf differs (about 23,600 changes).
 */
function unrelatedDocuments(): [string, string] {
  const factory = bigStructureFactory(PILES);
  const create = (seed: number, index: number) =>
    JSON.stringify(factory.create(createRng(seed), { name: `Quay wall ${index}`, index }));
  return [create(11, 0), create(12, 1)];
}

/** In the page, before the app starts: every long frame (with its longest scripts), and the first change row. */
function installProbes() {
  const probeWindow = window as ProbeWindow;
  probeWindow.__frames = [];
  const type = PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')
    ? 'long-animation-frame'
    : 'longtask';
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      type Script = { invoker?: string; sourceFunctionName?: string; duration: number };
      const scripts = ((entry as PerformanceEntry & { scripts?: Script[] }).scripts ?? [])
        .filter((script) => script.duration > 20)
        .map(
          (script) =>
            `${script.invoker ?? '?'} (${script.sourceFunctionName || 'anonymous'}) ${Math.round(script.duration)} ms`,
        );
      probeWindow.__frames?.push({ duration: entry.duration, scripts });
    }
  }).observe({ type, buffered: true });
  probeWindow.__firstChange = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[aria-label="Changes"] li[aria-label]')) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

/** Frame entries arrive after their frame: two more frames and a moment before reading them. */
async function settledFrames(): Promise<Frame[]> {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  await frame();
  await frame();
  await new Promise((resolve) => setTimeout(resolve, 300));
  return (window as ProbeWindow).__frames ?? [];
}

async function runOnce(
  browser: Browser,
  app: BenchApp,
  documents: [string, string],
  scope: Scope,
): Promise<Run> {
  const { context, page, problems } = await openBenchPage(browser, app.baseUrl);
  try {
    await context.addInitScript(installProbes);
    for (const [index, entityId] of SIDES.entries()) {
      const path = `/api/workspaces/${WS}/entities/${entityId}/`;
      await page.route(
        (url) => url.pathname === path && url.searchParams.get('properties') === 'true',
        async (route) => {
          const entity = (await (await route.fetch()).json()) as Record<string, unknown>;
          const body = JSON.stringify({ ...entity, properties: '__PARAMS__' }).replace(
            '"__PARAMS__"',
            documents[index] as string,
          );
          await route.fulfill({ status: 200, contentType: 'application/json', body });
        },
      );
    }
    const scopeParam = scope === 'full' ? '&scope=full' : '';
    await page.goto(`/compare?a=${WS}:${SIDES[0]}&b=${WS}:${SIDES[1]}${scopeParam}`);
    const firstChangeMs = await page.evaluate(() => (window as ProbeWindow).__firstChange as Promise<number>);
    const frames = await page.evaluate(settledFrames);
    assertNoProblems(problems);
    return {
      firstChangeMs,
      longestFrameMs: Math.max(0, ...frames.map((frame) => frame.duration)),
      framesOver200: frames.filter((frame) => frame.duration > FREEZE_MS).length,
      longFrames: frames.filter((frame) => frame.duration > 50),
    };
  } finally {
    await context.close();
  }
}

/**
 * The compare page with two unrelated ~1 MB params documents (the demo's two structures, their
 * params swapped for generated pile plans on the way to the page): the longest main-thread frame
 * from navigation until the first change row is painted, and how long that takes; for the changes
 * only (the default) and for the whole document.
 */
export async function measureComparePage(browser: Browser, app: BenchApp): Promise<BenchEntry[]> {
  const documents = unrelatedDocuments();
  const megabytes = documents.map((text) => round(text.length / 1e6, 2)).join(' and ');
  const entries: BenchEntry[] = [];
  for (const scope of ['changed', 'full'] as const) {
    const runs = await repeat(RUNS, () => runOnce(browser, app, documents, scope));
    const label = scope === 'full' ? ', full document' : '';
    entries.push(
      {
        name: `Compare two unrelated 1 MB documents: longest frame${label}`,
        value: round(median(runs.map((run) => run.longestFrameMs))),
        unit: 'ms',
        budget: FREEZE_MS,
        samples: runs.map((run) => round(run.longestFrameMs)),
        note: `${RUNS} runs, ${megabytes} MB, frames over ${FREEZE_MS} ms: ${runs.map((run) => run.framesOver200).join(', ')}`,
        details: { scope, longFrames: runs.map((run) => run.longFrames) },
      },
      {
        name: `Compare two unrelated 1 MB documents: navigation → first change painted${label}`,
        value: round(median(runs.map((run) => run.firstChangeMs))),
        unit: 'ms',
        samples: runs.map((run) => round(run.firstChangeMs)),
      },
    );
  }
  return entries;
}

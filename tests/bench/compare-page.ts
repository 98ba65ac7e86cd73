import type { Browser } from 'playwright-core';
import { FIXTURE_ENTITY_IDS, FIXTURE_WORKSPACE_IDS } from '../../server/app';
import { bigStructureFactory } from '../../server/seed/big-document';
import { createRng } from '../../server/seed/prng';
import type { BenchApp } from './environment';
import {
  type Frame,
  installFirstChangeProbe,
  installLongFrameProbe,
  type ProbeWindow,
  settledFrames,
} from './frame-probes';
import { assertNoProblems, type BenchEntry, median, openBenchPage, repeat, round } from './measure';

const RUNS = 5;
const WS = FIXTURE_WORKSPACE_IDS.fixtures;
/** Two structures of the fixtures workspace; their params are replaced by the documents below. */
const SIDES = [FIXTURE_ENTITY_IDS.manyRevisions, FIXTURE_ENTITY_IDS.locked] as const;
/** As many piles as the large demo's 1 MB document (SCALE_SETTINGS.large.manyRevisionsPiles). */
const PILES = 5200;
/** Longer than this, the page felt frozen. */
const FREEZE_MS = 200;
/** A busy machine shows the first change within seconds; this is only the wait's end. */
const FIRST_CHANGE_TIMEOUT_MS = 120_000;

type Run = {
  firstChangeMs: number;
  longestFrameMs: number;
  /** Once both documents were in: the frames of the diff itself (copying its rows in, rendering them). */
  longestFrameAfterDocumentsMs: number;
  framesOver200: number;
  longFrames: Frame[];
};
/** The page's two scopes: the changes under their headers (the default), and the whole document. */
type Scope = 'changed' | 'full';

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

async function runOnce(
  browser: Browser,
  app: BenchApp,
  documents: [string, string],
  scope: Scope,
): Promise<Run> {
  const { context, page, problems } = await openBenchPage(browser, app.baseUrl);
  try {
    await context.addInitScript(installLongFrameProbe);
    await context.addInitScript(installFirstChangeProbe);
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
    // Bounded, so a build that never shows a change fails this case instead of holding the bench.
    await page
      .locator('[aria-label="Changes"] li[aria-label]')
      .first()
      .waitFor({ timeout: FIRST_CHANGE_TIMEOUT_MS });
    const firstChangeMs = await page.evaluate(() => (window as ProbeWindow).__firstChange as Promise<number>);
    const frames = await page.evaluate(settledFrames);
    const documentsIn = await page.evaluate(
      (paths) =>
        Math.max(
          ...performance
            .getEntriesByType('resource')
            .map((entry) => entry as PerformanceResourceTiming)
            .filter((entry) => paths.includes(new URL(entry.name).pathname))
            .map((entry) => entry.responseEnd),
        ),
      SIDES.map((entityId) => `/api/workspaces/${WS}/entities/${entityId}/`),
    );
    assertNoProblems(problems);
    return {
      firstChangeMs,
      longestFrameMs: Math.max(0, ...frames.map((frame) => frame.duration)),
      longestFrameAfterDocumentsMs: Math.max(
        0,
        ...frames
          .filter((frame) => frame.start + frame.duration > documentsIn)
          .map((frame) => frame.duration),
      ),
      framesOver200: frames.filter((frame) => frame.duration > FREEZE_MS).length,
      longFrames: frames.filter((frame) => frame.duration > 50),
    };
  } finally {
    await context.close();
  }
}

/** The figures of one build, one scope: every repetition. */
function entriesOf(runs: Run[], before: Run[] | undefined, scope: Scope, megabytes: string): BenchEntry[] {
  const label = scope === 'full' ? ', full document' : '';
  const figure = (pick: (run: Run) => number) => ({
    value: round(median(runs.map(pick))),
    samples: runs.map((run) => round(pick(run))),
    baseline: before && round(median(before.map(pick))),
  });
  return [
    {
      name: `Compare two unrelated 1 MB documents: longest frame${label}`,
      unit: 'ms',
      budget: FREEZE_MS,
      ...figure((run) => run.longestFrameMs),
      note: `${RUNS} runs, ${megabytes} MB, frames over ${FREEZE_MS} ms: ${runs.map((run) => run.framesOver200).join(', ')}`,
      details: { scope, longFrames: runs.map((run) => run.longFrames) },
    },
    {
      name: `Compare two unrelated 1 MB documents: longest frame once both are in${label}`,
      unit: 'ms',
      budget: FREEZE_MS,
      ...figure((run) => run.longestFrameAfterDocumentsMs),
      note: 'the diff itself: its rows copied in from the worker and rendered (the app has started)',
    },
    {
      name: `Compare two unrelated 1 MB documents: navigation → first change painted${label}`,
      unit: 'ms',
      ...figure((run) => run.firstChangeMs),
    },
  ];
}

/**
 * The compare page with two unrelated ~1 MB params documents (the demo's two structures, their
 * params swapped for generated pile plans on the way to the page): the longest main-thread frame
 * from navigation until the first change row is painted, the longest once both documents are in,
 * and how long until that paint; for the changes only (the default) and for the whole document.
 * With a baseline build (`before`), its runs alternate with this build's, so both see the same load.
 */
export async function measureComparePage(
  browser: Browser,
  app: BenchApp,
  { before }: { before?: BenchApp } = {},
): Promise<BenchEntry[]> {
  const documents = unrelatedDocuments();
  const megabytes = documents.map((text) => round(text.length / 1e6, 2)).join(' and ');
  const entries: BenchEntry[] = [];
  for (const scope of ['changed', 'full'] as const) {
    const now: Run[] = [];
    const then: Run[] = [];
    await repeat(RUNS, async () => {
      now.push(await runOnce(browser, app, documents, scope));
      if (before) then.push(await runOnce(browser, before, documents, scope));
    });
    entries.push(...entriesOf(now, before ? then : undefined, scope, megabytes));
  }
  return entries;
}

import type { Browser, BrowserContext, Page } from 'playwright-core';

/** One line of the report. `budget` is in `unit`; entries without one are reported, not judged. */
export type BenchEntry = {
  name: string;
  value: number;
  unit: string;
  budget?: number;
  note?: string;
  /** The same figure for the baseline build, measured in the same run (`--baseline`). */
  baseline?: number;
  /** Every repetition's value; `value` is their median. */
  samples?: number[];
  details?: unknown;
};

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Runs one after the other: on two cores, overlapping runs would measure each other. */
export async function repeat<T>(times: number, run: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let index = 0; index < times; index++) results.push(await run(index));
  return results;
}

export type BenchPage = { context: BrowserContext; page: Page; problems: string[] };

/**
 * A fresh context (empty cache, no storage) per repetition. tsx compiles the functions handed to
 * `page.evaluate` with esbuild's keepNames, which wraps inner functions in a `__name(...)` helper
 * the page does not have: the init script gives it one that does nothing.
 */
export async function openBenchPage(browser: Browser, baseUrl: string): Promise<BenchPage> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(30_000);
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  const problems: string[] = [];
  context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`));
  context.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  return { context, page: await context.newPage(), problems };
}

/** A page error means the numbers describe a broken page: refuse them rather than report them. */
export function assertNoProblems(problems: readonly string[]) {
  if (problems.length > 0) throw new Error(`the page reported errors:\n  ${problems.join('\n  ')}`);
}

/** The entity tree, not the JSON viewers' trees on the detail pane. */
export const ENTITY_TREE = '[role="tree"][aria-label^="Entities of"]';

import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';
import { workspaceListPage } from '../e2e/workspace-list-page';
import { assertNoProblems, type BenchEntry, median, openBenchPage, repeat, round } from './measure';

const BUDGET_KB = 120;
export const FIRST_PAGE_JS = 'First-page JS (gzip)';
const RUNS = 3;

type Chunk = { file: string; bytes: number; gzipBytes: number };

async function chunkOf(response: Response): Promise<Chunk> {
  const body = await response.body();
  return {
    file: new URL(response.url()).pathname,
    bytes: body.length,
    gzipBytes: gzipSync(body, { level: 9 }).length,
  };
}

/** Every JS response of a cold visit to `/workspaces`, once its rows are on screen and the network is quiet. */
async function loadOnce(browser: Browser, baseUrl: string): Promise<Chunk[]> {
  const { context, page, problems } = await openBenchPage(browser, baseUrl);
  try {
    const chunks: Promise<Chunk>[] = [];
    page.on('response', (response) => {
      if (response.headers()['content-type']?.includes('javascript')) chunks.push(chunkOf(response));
    });
    await page.goto('/workspaces');
    await workspaceListPage(page).rows.first().waitFor();
    await page.waitForLoadState('networkidle');
    assertNoProblems(problems);
    return (await Promise.all(chunks)).sort((a, b) => b.gzipBytes - a.gzipBytes);
  } finally {
    await context.close();
  }
}

const kb = (bytes: number) => round(bytes / 1024);

async function weigh(browser: Browser, baseUrl: string, runs: number) {
  const loads = await repeat(runs, () => loadOnce(browser, baseUrl));
  const totals = loads.map((chunks) => kb(chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0)));
  const value = median(totals);
  const chunks = loads[totals.indexOf(value)] ?? loads[0] ?? [];
  return { value, totals, chunks };
}

const listOf = (chunks: Chunk[]) =>
  `${chunks.length} chunks: ${chunks.map((chunk) => `${chunk.file.replace(/^\/assets\//, '')} ${kb(chunk.gzipBytes)}`).join(', ')}`;

/**
 * The JS a cold visit to `/workspaces` downloads, gzip -9, for this build and (`before`) the
 * baseline's. Not a timing: the one figure a busy machine cannot spoil, which CI holds to its budget.
 */
export async function measurePageWeight(
  browser: Browser,
  baseUrl: string,
  { before, runs = RUNS }: { before?: { baseUrl: string; ref: string }; runs?: number } = {},
): Promise<BenchEntry[]> {
  const now = await weigh(browser, baseUrl, runs);
  const then = before ? await weigh(browser, before.baseUrl, 1) : undefined;
  return [
    {
      name: FIRST_PAGE_JS,
      value: now.value,
      unit: 'KB',
      budget: BUDGET_KB,
      baseline: then?.value,
      samples: now.totals,
      note: `${listOf(now.chunks)}${then ? `; baseline ${before?.ref}: ${listOf(then.chunks)}` : ''}`,
      details: now.chunks.map((chunk) => ({ ...chunk, gzipKB: kb(chunk.gzipBytes), KB: kb(chunk.bytes) })),
    },
  ];
}

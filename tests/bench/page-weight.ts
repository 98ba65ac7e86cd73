import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';
import { workspaceListPage } from '../e2e/workspace-list-page';
import { assertNoProblems, type BenchEntry, median, openBenchPage, repeat, round } from './measure';

const BUDGET_KB = 120;
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

export async function measurePageWeight(browser: Browser, baseUrl: string): Promise<BenchEntry[]> {
  const runs = await repeat(RUNS, () => loadOnce(browser, baseUrl));
  const totals = runs.map((chunks) => kb(chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0)));
  const value = median(totals);
  const chunks = runs[totals.indexOf(value)] ?? runs[0] ?? [];
  const listed = chunks.map((chunk) => `${chunk.file.replace(/^\/assets\//, '')} ${kb(chunk.gzipBytes)}`);
  return [
    {
      name: 'First-page JS (gzip)',
      value,
      unit: 'KB',
      budget: BUDGET_KB,
      samples: totals,
      note: `${chunks.length} chunks: ${listed.join(', ')}`,
      details: chunks.map((chunk) => ({ ...chunk, gzipKB: kb(chunk.gzipBytes), KB: kb(chunk.bytes) })),
    },
  ];
}

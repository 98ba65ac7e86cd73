/**
 * `npm run bench`: builds the app for production, serves it against the demo servers, and measures
 * it in headless Chromium. Prints a table and writes `.e2e-artifacts/bench.json`. Over budget is
 * reported, not fatal: the exit code is non-zero only when something could not be measured.
 * `--only <name>[,<name>]` runs just the measurements whose names contain one of those words.
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { CHROMIUM_PATH, launchChromium } from '../chromium';
import { measureAuditCrawl } from './audit-crawl';
import { type BenchEnvironment, startBenchEnvironment } from './environment';
import { measureExpandLargeNode } from './expand-large-node';
import { type BenchEntry, round } from './measure';
import { measurePageWeight } from './page-weight';
import { type Failure, type Machine, printMachine, printTable, writeReport } from './report';
import { measureRevisionDiffPage } from './revision-diff-page';
import { measureTreeScroll } from './tree-scroll';

const REPORT_PATH = fileURLToPath(new URL('../../.e2e-artifacts/bench.json', import.meta.url));
const DIFF_BENCH = fileURLToPath(new URL('./diff-bench.ts', import.meta.url));

const entries: BenchEntry[] = [];
const failures: Failure[] = [];
const log = (line: string) => console.log(`bench: ${line}`);

/** `npm run bench -- --only tree,revisions`: just the measurements whose names contain one of these. */
const only = (() => {
  const index = process.argv.indexOf('--only');
  const value = index === -1 ? undefined : process.argv[index + 1];
  return value ? value.split(',').map((part) => part.trim().toLowerCase()) : undefined;
})();

async function measure(name: string, run: () => Promise<BenchEntry[]>) {
  if (only && !only.some((part) => name.toLowerCase().includes(part))) return;
  const started = performance.now();
  try {
    entries.push(...(await run()));
    log(`${name} measured in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    failures.push({
      measurement: name,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    console.error(`bench: ${name} could not be measured:`, error);
  }
}

/** The diff comparison (ours against jsondiffpatch) lives in diff-bench.ts, loaded only when it is there. */
async function diffBench(): Promise<BenchEntry[]> {
  if (!existsSync(DIFF_BENCH)) return [skipped('tests/bench/diff-bench.ts does not exist')];
  const module: { runDiffBench?: unknown } = await import(DIFF_BENCH);
  if (typeof module.runDiffBench !== 'function')
    return [skipped('diff-bench.ts does not export runDiffBench')];
  return (await module.runDiffBench()) as BenchEntry[];
}

function skipped(why: string): BenchEntry {
  log(`diff of two 1 MB documents skipped: ${why}`);
  return { name: 'Diff of two 1 MB documents', value: Number.NaN, unit: '', note: `skipped: ${why}` };
}

async function main() {
  const started = performance.now();
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH)`);
  let environment: BenchEnvironment | undefined;
  let browser: Browser | undefined;
  let machine: Machine;
  try {
    browser = await launchChromium();
    machine = {
      cores: cpus().length,
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      memoryGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      chromium: browser.version(),
      platform: `${process.platform} ${process.arch}`,
      load: { before: round(loadavg()[0] ?? 0, 2) },
    };
    printMachine(machine);
    environment = await startBenchEnvironment(log);
    const { small, large } = environment;
    await measure('first-page JS', () => measurePageWeight(browser as Browser, small.baseUrl));
    await measure('5,000-child node', () => measureExpandLargeNode(browser as Browser, large));
    await measure('100,000-node tree scroll', () => measureTreeScroll(browser as Browser, large));
    await measure('revisions page of 1 MB documents', () =>
      measureRevisionDiffPage(browser as Browser, large),
    );
    // In its own process, with the browser idle: the crawl and the demo server get a core each.
    await measure('audit crawl throughput', () => measureAuditCrawl(large, log));
  } finally {
    await browser?.close();
    await environment?.close();
  }
  // In Node, after the browser is gone: nothing else competes for the two cores.
  await measure('diff of two 1 MB documents', diffBench);

  machine.load.after = round(loadavg()[0] ?? 0, 2);
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  printTable(entries);
  for (const failure of failures) console.error(`COULD NOT MEASURE ${failure.measurement}`);
  writeReport(REPORT_PATH, { machine, entries, failures, seconds });
  log(`${entries.length} results in ${seconds} s, written to ${REPORT_PATH}`);
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error('bench: could not run:', error);
    process.exit(1);
  },
);

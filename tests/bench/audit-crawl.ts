/**
 * Audit crawl throughput (issue 9): one full audit of the large archived workspace for its time and
 * requests per entity (≤ 3), then entities audited per second at concurrency 1, 4 and 6 with a
 * simulated network latency (goal: ≥ 5× the sequential crawl at 6).
 *
 * Latency: a real environment answers each request after tens of milliseconds of network and
 * queueing that the local demo lacks, and hiding that is what concurrency is for. The demo's `delay`
 * fault sleeps before answering without blocking other requests, so concurrent ones overlap as they
 * would on a network.
 *
 * Like for like: the three rates are each measured over the same stretch of the same tree, resumed
 * from one journal saved during the full audit. Fixed time windows from the start would compare
 * different work: the sequential crawl would still be listing the top of the tree (page after page
 * of children, 3.4 requests per entity) while the concurrent one had reached its leaves (2.9), which
 * flattered the speed-up (7.8× at 6 on a bound of 6). The full audit runs without the delay: it is
 * about counting requests, and its time is the demo's own speed.
 *
 * The crawls run in a child process (this file, re-run with AUDIT_CRAWL_CHILD set): a real audit
 * client does not share the server's event loop, and on two cores the two should not take turns.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXTURE_WORKSPACE_IDS } from '../../server/app';
import type { AuditProgress } from '../../src/api/audit/audit-types';
import { runAudit } from '../../src/api/audit/crawl';
import { createMemoryJournal, type JournalEntry } from '../../src/api/audit/journal';
import { createApiClient } from '../../src/lib/api-client';
import type { BenchApp } from './environment';
import { round } from './measure';
import type { ReportEntry } from './report';

/** The workspace audited: the archived fixture (100,500 entities at the large scale). */
export const AUDIT_BENCH_WORKSPACE = FIXTURE_WORKSPACE_IDS.archived;
export const SIMULATED_LATENCY_MS = 20;
const CONCURRENCIES = [1, 4, 6] as const;
/** Where the rates are measured from: past the top levels, where most of a tree's entities are. */
const RESUME_FROM_DONE = 20_000;
/** How many entities each rate is measured over: about 25 s for the sequential crawl, 4 s at 6. */
const STRETCH_ENTITIES = 800;
const SPEED_UP_GOAL = 5;
const REQUESTS_PER_ENTITY_BUDGET = 3;

type Connection = { apiUrl: string; token: string };
type FullTask = Connection & { mode: 'full'; concurrency: number; snapshotPath: string };
type StretchTask = Connection & { mode: 'stretch'; concurrency: number; snapshotPath: string };
type ChildTask = FullTask | StretchTask;

type FullResult = {
  mode: 'full';
  seconds: number;
  entities: number;
  requests: number;
  outcome: string;
  failures: number;
  /** Entities done in the journal saved for the stretches; undefined when the tree was too small. */
  snapshotDone?: number;
};
type StretchResult = { mode: 'stretch'; seconds: number; done: number; requests: number; ranOut: boolean };
type ChildResult = FullResult | StretchResult | { mode: 'error'; error: string };

const CHILD_ENV = 'AUDIT_CRAWL_CHILD';

function auditOptions(task: ChildTask, journal = createMemoryJournal()) {
  return {
    client: createApiClient({ baseUrl: task.apiUrl, token: task.token }),
    scope: { environment: task.apiUrl, user: 'admin', workspaceId: AUDIT_BENCH_WORKSPACE },
    journal,
    concurrency: task.concurrency,
  };
}

/** The whole audit; on the way, the journal as it stood at RESUME_FROM_DONE goes to a file. */
async function crawlAll(task: FullTask): Promise<FullResult> {
  const options = auditOptions(task);
  let snapshotDone: number | undefined;
  const started = performance.now();
  const result = await runAudit({
    ...options,
    onProgress: (progress) => {
      if (snapshotDone !== undefined || progress.done < RESUME_FROM_DONE) return;
      // What is flushed so far: a consistent journal, as a cancel at this moment would have left it.
      writeFileSync(task.snapshotPath, JSON.stringify(options.journal.entries));
      snapshotDone = replayDone(options.journal.entries);
    },
  });
  return {
    mode: 'full',
    seconds: (performance.now() - started) / 1000,
    entities: result.entities.length,
    requests: result.requests,
    outcome: result.outcome,
    failures: result.failures.length,
    snapshotDone,
  };
}

const replayDone = (entries: readonly JournalEntry[]) =>
  new Set(
    entries.flatMap((entry) =>
      entry.kind === 'units'
        ? entry.units.filter((u) => u.complete && u.entityId !== null).map((u) => u.entityId)
        : [],
    ),
  ).size;

/** Resumes the saved journal and times the next STRETCH_ENTITIES entities, between two progress samples. */
async function crawlStretch(task: StretchTask): Promise<StretchResult> {
  const saved = JSON.parse(readFileSync(task.snapshotPath, 'utf8')) as JournalEntry[];
  const controller = new AbortController();
  type Sample = { at: number; progress: AuditProgress };
  let from: Sample | undefined;
  let to: Sample | undefined;
  let last: Sample | undefined;
  const result = await runAudit({
    ...auditOptions(task, createMemoryJournal(saved)),
    signal: controller.signal,
    onProgress: (progress) => {
      const sample = { at: performance.now(), progress };
      last = sample;
      from ??= sample;
      if (!to && progress.done - from.progress.done >= STRETCH_ENTITIES) {
        to = sample;
        controller.abort(new Error('stretch measured'));
      }
    },
  });
  const end = to ?? last;
  if (!from || !end || end === from)
    throw new Error(`the audit ended (${result.outcome}) before it was timed`);
  return {
    mode: 'stretch',
    seconds: (end.at - from.at) / 1000,
    done: end.progress.done - from.progress.done,
    requests: end.progress.requests - from.progress.requests,
    ranOut: to === undefined,
  };
}

function inChild(task: ChildTask): Promise<FullResult | StretchResult> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [], {
      env: { ...process.env, [CHILD_ENV]: JSON.stringify(task) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let answer: ChildResult | undefined;
    child.on('message', (message) => {
      answer = message as ChildResult;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (answer?.mode === task.mode) resolve(answer as FullResult | StretchResult);
      else {
        const why = answer?.mode === 'error' ? answer.error : `exited with code ${code}`;
        reject(new Error(`the audit crawl process (${task.mode}) failed: ${why}`));
      }
    });
  });
}

async function control(app: BenchApp, method: string, path: string, body?: unknown) {
  const response = await fetch(new URL(path, app.demo.url), {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok && response.status !== 404) {
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  }
  return response;
}

/** The demo's own count of what it was sent, when it keeps one: proof that the audit only read. */
async function serverCount(app: BenchApp): Promise<{ gets: number; writes: number } | undefined> {
  const response = await control(app, 'GET', '/__control/requests');
  if (!response.ok) return undefined;
  const counts = (await response.json()) as { byMethod: Record<string, number>; writes: number };
  return { gets: counts.byMethod.GET ?? 0, writes: counts.writes };
}

async function fullAudit(app: BenchApp, connection: Connection, snapshotPath: string) {
  await control(app, 'DELETE', '/__faults');
  await control(app, 'DELETE', '/__control/requests');
  const full = (await inChild({ ...connection, mode: 'full', concurrency: 6, snapshotPath })) as FullResult;
  const counted = await serverCount(app);
  if (counted && counted.writes > 0) throw new Error(`the audit sent ${counted.writes} writes`);
  if (counted && counted.gets !== full.requests) {
    throw new Error(`the audit counted ${full.requests} requests, the server ${counted.gets}`);
  }
  const serverNote = counted
    ? `; the server counted ${counted.gets} GETs and ${counted.writes} writes`
    : '; the server keeps no request count';
  const entries: ReportEntry[] = [
    {
      name: 'Full audit, no added latency, concurrency 6',
      value: round(full.seconds),
      unit: 's',
      note:
        `workspace ${AUDIT_BENCH_WORKSPACE}: ${full.entities} entities, ${full.requests} requests, ` +
        `outcome ${full.outcome}, ${full.failures} failures, ` +
        `${round(full.entities / full.seconds)} entities/s${serverNote}`,
    },
    {
      name: 'Full audit: requests per entity',
      value: round(full.requests / Math.max(1, full.entities), 3),
      unit: 'requests',
      budget: REQUESTS_PER_ENTITY_BUDGET,
    },
  ];
  return { full, entries };
}

export async function measureAuditCrawl(app: BenchApp, log: (line: string) => void): Promise<ReportEntry[]> {
  const connection = { apiUrl: `${app.demo.url}/api/`, token: app.demo.tokens.admin };
  const scratch = mkdtempSync(join(tmpdir(), 'audit-bench-'));
  const snapshotPath = join(scratch, 'journal.json');
  try {
    const { full, entries } = await fullAudit(app, connection, snapshotPath);
    log(`full audit: ${full.entities} entities, ${full.requests} requests in ${round(full.seconds)} s`);
    if (full.snapshotDone === undefined) {
      throw new Error(
        `workspace ${AUDIT_BENCH_WORKSPACE} has ${full.entities} entities: too few to resume from ${RESUME_FROM_DONE}`,
      );
    }

    const rates = new Map<number, number>();
    await control(app, 'POST', '/__faults', {
      path: '/api/',
      kind: 'delay',
      delayMs: SIMULATED_LATENCY_MS,
      count: 100_000_000,
    });
    try {
      for (const concurrency of CONCURRENCIES) {
        const stretch = (await inChild({
          ...connection,
          mode: 'stretch',
          concurrency,
          snapshotPath,
        })) as StretchResult;
        const rate = stretch.done / stretch.seconds;
        rates.set(concurrency, rate);
        log(`audit crawl at concurrency ${concurrency}: ${round(rate)} entities/s`);
        entries.push({
          name: `Audit crawl, ${SIMULATED_LATENCY_MS} ms latency, concurrency ${concurrency}`,
          value: round(rate),
          unit: 'entities/s',
          note:
            `${stretch.done} entities in ${round(stretch.seconds, 2)} s, resumed from ${full.snapshotDone} done, ` +
            `${round(stretch.requests / Math.max(1, stretch.done), 2)} requests per entity` +
            (stretch.ranOut ? '; the audit finished first' : ''),
        });
      }
    } finally {
      await control(app, 'DELETE', '/__faults');
    }
    entries.push({
      name: `Audit crawl, ${SIMULATED_LATENCY_MS} ms latency, concurrency 6 vs 1`,
      value: round((rates.get(6) ?? Number.NaN) / (rates.get(1) ?? Number.NaN), 2),
      unit: '×',
      minimum: SPEED_UP_GOAL,
    });
    return entries;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function runChild(task: ChildTask) {
  try {
    answer(task.mode === 'full' ? await crawlAll(task) : await crawlStretch(task));
  } catch (error) {
    answer({ mode: 'error', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

/** Exits once the answer is out: idle keep-alive connections must not hold the process open. */
function answer(result: ChildResult) {
  if (!process.send) throw new Error('the audit crawl child needs an IPC channel to its parent');
  process.send(result, () => process.exit(0));
}

const childTask = process.env[CHILD_ENV];
if (childTask) void runChild(JSON.parse(childTask) as ChildTask);

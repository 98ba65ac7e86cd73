// @vitest-environment node
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../scripts/audit/cli';
import { FIXTURE_WORKSPACE_IDS as W } from '../../server/app';
import { sha256Hex } from '../../src/lib/sha256';
import { startTestServer } from './demo-client';

/**
 * `npm run audit` against the small demo: as a real process (`tsx scripts/audit/main.ts`, the
 * package script) where the exit code, signals and files matter, in-process (`runCli`) for the other
 * exit codes. Between the CLI and the demo sits a counting proxy, so requests are counted where they
 * leave the CLI, and the demo is asked at the end whether any of them was a write.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SLOW = { timeout: 180_000 };

const api = startTestServer();
let proxy: Server;
let proxyUrl: string;
/** Requests under /api/ since the test began; `everything` since the file began. */
let sent: { method: string; path: string }[] = [];
const everything: { method: string; path: string }[] = [];
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'audit-cli-'));
  const upstream = new URL(api.server.url);
  proxy = createServer((incoming, outgoing) => {
    if (incoming.url?.startsWith('/api/')) {
      const seen = { method: incoming.method ?? '', path: incoming.url };
      sent.push(seen);
      everything.push(seen);
    }
    const forwarded = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: incoming.url,
        method: incoming.method,
        headers: incoming.headers,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', () => outgoing.destroy());
    // A stopped CLI drops its connections: drop the held request upstream too.
    outgoing.on('close', () => forwarded.destroy());
    incoming.pipe(forwarded);
  });
  await new Promise<void>((listening) => proxy.listen(0, '127.0.0.1', listening));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
afterAll(async () => {
  proxy.closeAllConnections();
  await new Promise((closed) => proxy.close(closed));
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  sent = [];
  expect((await api.call('/__faults', { as: null, method: 'DELETE' })).status).toBe(204);
});

const admin = () => api.server.tokens.admin;
const path = (name: string) => join(dir, name);

function addFault(fault: { path: string; kind: string; count?: number; delayMs?: number }) {
  return api.call('/__faults', { as: null, method: 'POST', body: { count: 1, ...fault } });
}

type Run = { code: number | null; stdout: string; stderr: string };

function start(args: string[], token: string = admin()): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(TSX, ['scripts/audit/main.ts', ...args], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      VIKTOR_API_URL: `${proxyUrl}/api/`,
      VIKTOR_TOKEN: token,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const done = new Promise<Run>((exited) => child.on('close', (code) => exited({ code, stdout, stderr })));
  return { child, done };
}

const spawnCli = (args: string[], token?: string) => start(args, token).done;

async function inProcess(args: string[], env: Record<string, string> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    env: { VIKTOR_API_URL: `${proxyUrl}/api/`, VIKTOR_TOKEN: admin(), ...env },
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    signal: new AbortController().signal,
  });
  return { code, stdout, stderr };
}

const printedSha = (stdout: string) => /csv_sha256\s+([0-9a-f]{64})/.exec(stdout)?.[1];
const csvIds = (csv: string) =>
  csv
    .trimEnd()
    .split('\r\n')
    .slice(1)
    .map((line) => Number(line.split(',')[0]));

describe('auditing the archived workspace from a terminal', () => {
  let reference: { csv: string; requests: number; ids: number[] };

  it(
    'writes the CSV and JSON, whose csv_sha256 is the SHA-256 of the CSV bytes, and exits 0',
    SLOW,
    async () => {
      const run = await spawnCli([
        '--workspace',
        String(W.archived),
        '--csv',
        path('a.csv'),
        '--out',
        path('a.json'),
        '--state',
        path('a.state.jsonl'),
        '--concurrency',
        '6',
      ]);
      expect(run.stderr).not.toContain('\x1b[2K'); // no redrawn progress line outside a terminal
      expect(run.code).toBe(0);

      const csv = await readFile(path('a.csv'), 'utf8');
      const json = JSON.parse(await readFile(path('a.json'), 'utf8'));
      const sha = sha256Hex(csv);
      expect(json.provenance).toMatchObject({ workspace_id: W.archived, outcome: 'done', csv_sha256: sha });
      expect(printedSha(run.stdout)).toBe(sha);
      expect(run.stdout).toMatch(/outcome\s+done/);
      expect(run.stdout).toMatch(/requests per entity\s+\d/);
      const ids = csvIds(csv);
      expect(ids).toHaveLength(api.server.fixtures.counts.archivedWorkspaceEntities);
      expect(json.rows.map((row: { id: number }) => row.id)).toEqual(ids);
      expect(json.provenance.counts.entities).toBe(ids.length);

      const state = await readFile(path('a.state.jsonl'), 'utf8');
      for (const text of [csv, JSON.stringify(json), state, run.stdout, run.stderr])
        expect(text).not.toContain(admin());
      reference = { csv, requests: sent.length, ids };
    },
  );

  it('resumes after being stopped with SIGINT: fewer requests, the same CSV bytes', SLOW, async () => {
    // A request the server holds for minutes keeps the first run going until it is stopped.
    const held = reference.ids[Math.floor(reference.ids.length / 2)];
    expect(
      (
        await addFault({
          path: `/api/workspaces/${W.archived}/entities/${held}/`,
          kind: 'delay',
          delayMs: 300_000,
        })
      ).status,
    ).toBe(201);
    const args = [
      '--workspace',
      String(W.archived),
      '--csv',
      path('b.csv'),
      '--state',
      path('b.state.jsonl'),
    ];
    const first = start(args);
    const lines = async () =>
      (await readFile(path('b.state.jsonl'), 'utf8').catch(() => '')).split('\n').length;
    // Header, run-started and at least one batch of finished units are on disk.
    await expect.poll(lines, { timeout: 120_000, interval: 100 }).toBeGreaterThanOrEqual(4);
    first.child.kill('SIGINT');
    const stopped = await first.done;
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toContain('the same command resumes');
    await expect(readFile(path('b.csv'))).rejects.toThrow(/ENOENT/);

    await api.call('/__faults', { as: null, method: 'DELETE' });
    sent = [];
    const resumed = await spawnCli(args);
    expect(resumed.code).toBe(0);
    expect(sent.length).toBeLessThan(reference.requests);
    expect(await readFile(path('b.csv'), 'utf8')).toBe(reference.csv);
  });

  it(
    'stops with exit 3 on a 401 mid-run, keeping the state; the same command then finishes the job',
    SLOW,
    async () => {
      const failing = reference.ids[Math.floor(reference.ids.length / 3)];
      await addFault({ path: `/api/workspaces/${W.archived}/entities/${failing}/`, kind: '401' });
      const args = [
        '--workspace',
        String(W.archived),
        '--csv',
        path('c.csv'),
        '--state',
        path('c.state.jsonl'),
      ];
      const refused = await inProcess(args);
      expect(refused.code).toBe(3);
      expect(refused.stderr).toContain('VIKTOR refused the token (401)');
      expect(sent.length).toBeGreaterThan(0);

      sent = [];
      const resumed = await inProcess(args);
      expect(resumed.code).toBe(0);
      expect(sent.length).toBeLessThan(reference.requests);
      expect(await readFile(path('c.csv'), 'utf8')).toBe(reference.csv);
    },
  );
});

describe('exit codes', () => {
  it(
    'exits 2 for bad input and 3 for a refused token, as a real process, before any file is written',
    SLOW,
    async () => {
      const asArgument = await spawnCli(['--workspace', '3', '--token', admin()]);
      expect(asArgument.code).toBe(2);
      expect(asArgument.stderr).toContain('VIKTOR_TOKEN');
      expect(asArgument.stderr).not.toContain(admin());

      const badToken = await spawnCli(
        ['--workspace', '3', '--csv', path('never.csv')],
        'vktrpat_wrongwrongwron_wrongwrongwrongwrongwrongw',
      );
      expect(badToken.code).toBe(3);
      expect(badToken.stderr).toContain('401');
      await expect(readFile(path('never.csv'))).rejects.toThrow(/ENOENT/);
    },
  );

  it('exits 4 when something could not be read, and the rerun redoes only that', async () => {
    const roots = await api.json<unknown[]>(`/api/workspaces/${W.bridge}/entities/`);
    const root = (roots.body[0] as { id: number }).id;
    await addFault({ path: `/api/workspaces/${W.bridge}/entities/${root}/revisions/`, kind: 'malformed' });
    const args = ['--workspace', String(W.bridge), '--out', path('d.json'), '--state', path('d.state.jsonl')];
    const partial = await inProcess(args);
    expect(partial.code).toBe(4);
    expect(partial.stdout).toMatch(/outcome\s+partial/);
    expect(partial.stdout).toContain(`entity ${root}, revisions`);
    const json = JSON.parse(await readFile(path('d.json'), 'utf8'));
    expect(json.failures).toEqual([expect.objectContaining({ entityId: root, step: 'revisions' })]);
    const firstRun = sent.length;

    sent = [];
    const resumed = await inProcess(args);
    expect(resumed.code).toBe(0);
    // The user, the workspace, its entity types, and the one history again.
    expect(sent.length).toBeLessThanOrEqual(6);
    expect(sent.length).toBeLessThan(firstRun);
    expect(JSON.parse(await readFile(path('d.json'), 'utf8')).failures).toEqual([]);
  });

  it('exits 3 when the token may not list archived workspaces', async () => {
    const engineer = await inProcess(['--all-archived', '--out-dir', path('e')], {
      VIKTOR_TOKEN: api.server.tokens.engineer,
    });
    expect(engineer.code).toBe(3);
    expect(engineer.stderr).toContain('organisation admin');
  });

  it.each([
    { args: ['--workspace', '999999'], message: 'no such workspace' },
    { args: ['--workspace', String(W.archived)], viewer: true, message: 'organisation admins only' },
    {
      args: ['--workspace', String(W.bridge), '--state', '{dir}/a.state.jsonl'],
      message: `belongs to workspace ${W.archived}`,
    },
    { args: ['--workspace', '3', '--out', '{dir}/missing/a.json'], message: '--out' },
    { args: ['--workspace', '3'], url: 'http://example.com/api/', message: 'VIKTOR_API_URL must be https:' },
    { args: ['--workspace', '3'], url: '', message: 'VIKTOR_API_URL is not set' },
    { args: ['--summarize', '{dir}/no-such-dir'], message: 'no such directory' },
    { args: ['--summarize', '{dir}'], message: 'no shard-<i>-of-<n>.json' },
  ] as { args: string[]; viewer?: boolean; url?: string; message: string }[])(
    'exits 2 for $args: "$message"',
    async ({ args, viewer, url, message }) => {
      const env: Record<string, string> = {};
      if (viewer) env.VIKTOR_TOKEN = api.server.tokens.viewer;
      if (url !== undefined) env.VIKTOR_API_URL = url;
      const run = await inProcess(
        args.map((arg) => arg.replace('{dir}', dir)),
        env,
      );
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(message);
    },
  );
});

describe('every archived workspace, in shards', () => {
  it('3 shards cover every archived workspace exactly once; --summarize combines them', SLOW, async () => {
    // The demo answers at most 50 workspaces a page: read them all, as the CLI must.
    const archived: number[] = [];
    for (let offset = 0, count = 1; offset < count; ) {
      const page = await api.json<{ count: number; results: { id: number; is_archived: boolean }[] }>(
        `/api/workspaces/?include_archived=true&limit=100&offset=${offset}`,
      );
      archived.push(...page.body.results.filter((workspace) => workspace.is_archived).map(({ id }) => id));
      count = page.body.count;
      offset += page.body.results.length;
    }
    archived.sort((a, b) => a - b);
    expect(archived.length).toBeGreaterThan(3);

    const shards = await Promise.all(
      [0, 1, 2].map((index) =>
        spawnCli([
          '--all-archived',
          '--out-dir',
          path(`shards/out-${index}`),
          '--shard',
          `${index}/3`,
          '--concurrency',
          '2',
        ]),
      ),
    );
    expect(shards.map((run) => run.code)).toEqual([0, 0, 0]);

    const audited = [];
    for (const index of [0, 1, 2]) {
      const manifest = JSON.parse(
        await readFile(path(`shards/out-${index}/shard-${index}-of-3.json`), 'utf8'),
      );
      expect(manifest.archived_workspace_ids).toEqual(archived);
      audited.push(...manifest.workspaces.map((entry: { workspace_id: number }) => entry.workspace_id));
      const files = await readdir(path(`shards/out-${index}`));
      for (const entry of manifest.workspaces) {
        expect(files).toEqual(expect.arrayContaining([entry.csv, entry.json, entry.state]));
      }
    }
    expect(audited.sort((a, b) => a - b)).toEqual(archived);

    const summary = await spawnCli(['--summarize', path('shards')]);
    expect(summary.code).toBe(0);
    const index = JSON.parse(await readFile(path('shards/index.json'), 'utf8'));
    expect(index).toMatchObject({
      complete: true,
      not_audited: [],
      audited_twice: [],
      shards: { count: 3, missing: [] },
    });
    expect(index.workspaces.map((entry: { workspace_id: number }) => entry.workspace_id)).toEqual(archived);
    let lines = '';
    for (const entry of index.workspaces) {
      const csv = await readFile(join(path('shards'), entry.csv), 'utf8');
      expect(entry).toMatchObject({ outcome: 'done', csv_sha256: sha256Hex(csv), csv_verified: true });
      expect(entry.shard).toBe(archived.indexOf(entry.workspace_id) % 3);
      lines += `${entry.workspace_id} ${entry.csv_sha256}\n`;
    }
    expect(index.combined_sha256).toBe(sha256Hex(lines));
    expect(/combined_sha256\s+([0-9a-f]{64})/.exec(summary.stdout)?.[1]).toBe(index.combined_sha256);

    // Without one shard the index says what is missing, and the exit code says "not complete".
    await rm(path('shards/out-1/shard-1-of-3.json'));
    const incomplete = await inProcess(['--summarize', path('shards')]);
    expect(incomplete.code).toBe(4);
    expect(JSON.parse(await readFile(path('shards/index.json'), 'utf8'))).toMatchObject({
      complete: false,
      shards: { missing: [1] },
    });
  });
});

describe('read-only', () => {
  it('sent nothing but GET requests to the environment', async () => {
    expect(everything.length).toBeGreaterThan(1000);
    expect(new Set(everything.map((seen) => seen.method))).toEqual(new Set(['GET']));
    // The demo's own count, where the demo has one: no write arrived either.
    const counted = await api.json<{ writes: number }>('/__control/requests', { as: null });
    if (counted.status !== 404) expect(counted.body.writes).toBe(0);
  });
});

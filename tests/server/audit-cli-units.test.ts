// @vitest-environment node
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workspacesOfShard } from '../../scripts/audit/archived-workspaces';
import { parseAuditArgs, TOKEN_AS_ARGUMENT } from '../../scripts/audit/args';
import { readConnection } from '../../scripts/audit/connection';
import { UsageError } from '../../scripts/audit/exit-codes';
import { createFileJournal } from '../../scripts/audit/file-journal';
import { createProgressLine } from '../../scripts/audit/progress-line';
import { combinedSha256 } from '../../scripts/audit/run-summarize';
import { terminalText } from '../../scripts/audit/terminal-text';
import type { AuditProgress, AuditScope } from '../../src/api/audit/audit-types';
import type { JournalEntry } from '../../src/api/audit/journal';
import { sha256Hex } from '../../src/lib/sha256';

/** The CLI's parts that need no server: arguments, environment, shard rule, state file, progress. */
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error('expected a UsageError');
};

describe('arguments', () => {
  it('reads each mode with its defaults', () => {
    expect(parseAuditArgs(['--workspace', '3'])).toEqual({
      mode: 'workspace',
      workspaceId: 3,
      concurrency: 4,
    });
    expect(
      parseAuditArgs([
        '--workspace=3',
        '--csv',
        'a.csv',
        '--out=a.json',
        '--state',
        's',
        '--concurrency',
        '6',
      ]),
    ).toEqual({
      mode: 'workspace',
      workspaceId: 3,
      csv: 'a.csv',
      out: 'a.json',
      state: 's',
      concurrency: 6,
    });
    expect(parseAuditArgs(['--all-archived', '--out-dir', 'out', '--shard', '2/3'])).toEqual({
      mode: 'all-archived',
      outDir: 'out',
      shard: { index: 2, count: 3 },
      concurrency: 4,
    });
    expect(parseAuditArgs(['--all-archived', '--out-dir', 'out'])).toMatchObject({
      shard: { index: 0, count: 1 },
    });
    expect(parseAuditArgs(['--summarize', 'out'])).toEqual({ mode: 'summarize', dir: 'out' });
    expect(parseAuditArgs(['--help'])).toEqual({ mode: 'help' });
  });

  it.each([
    [['--workspace', '3', '--verbose'], 'Unknown option --verbose'],
    [['report.csv'], 'Unexpected argument "report.csv"'],
    [[], 'Say what to audit'],
    [['--csv', 'a.csv'], 'Say what to audit'],
    [['--workspace', 'abc'], '--workspace must be a workspace id'],
    [['--workspace', '3.5'], '--workspace must be a workspace id'],
    [['--workspace', '0'], '--workspace must be a workspace id'],
    [['--workspace', '-1'], '--workspace must be a workspace id'],
    [['--workspace'], '--workspace needs a value'],
    [['--workspace', '3', '--workspace', '4'], '--workspace is given twice'],
    [['--workspace', '3', '--concurrency', '0'], '--concurrency must be a whole number from 1 to 6'],
    [['--workspace', '3', '--concurrency', '7'], '--concurrency must be a whole number from 1 to 6'],
    [['--workspace', '3', '--concurrency', 'two'], '--concurrency must be a whole number from 1 to 6'],
    [['--workspace', '3', '--all-archived'], '--workspace and --all-archived cannot be combined'],
    [['--all-archived'], '--all-archived needs --out-dir'],
    [['--all-archived', '--out-dir', 'o', '--csv', 'a.csv'], '--csv cannot be used with --all-archived'],
    [['--workspace', '3', '--shard', '0/2'], '--shard cannot be used with --workspace'],
    [['--all-archived', '--out-dir', 'o', '--shard', '3/3'], '--shard must be i/n with 0 ≤ i < n'],
    [['--all-archived', '--out-dir', 'o', '--shard', '1/0'], '--shard must be i/n with 0 ≤ i < n'],
    [['--all-archived', '--out-dir', 'o', '--shard', '1'], '--shard must be i/n with 0 ≤ i < n'],
    [['--all-archived', '--out-dir', 'o', '--shard', '-1/3'], '--shard must be i/n with 0 ≤ i < n'],
    [['--workspace', '3', '--csv', 'x', '--out', './x'], '--csv and --out name the same file'],
    [['--all-archived=yes', '--out-dir', 'o'], '--all-archived takes no value'],
  ])('refuses %j, naming the flag', (argv, message) => {
    expect(refusal(() => parseAuditArgs(argv))).toContain(message);
  });

  it('refuses a token given as an argument, in any spelling, without repeating it', () => {
    const token = 'vktrpat_ddAdbK46HoJiwT_5jZfmEvwnamkhWStp9cUGzU9nU';
    for (const argv of [
      ['--workspace', '3', '--token', token],
      ['--workspace', '3', `--token=${token}`],
      ['--workspace', '3', '--api-token', 'abc'],
      ['--workspace', token],
      ['--workspace', '3', token],
    ]) {
      const message = refusal(() => parseAuditArgs(argv));
      expect(message).toBe(TOKEN_AS_ARGUMENT);
      expect(message).toContain('VIKTOR_TOKEN');
      expect(message).not.toContain(token);
    }
  });
});

describe('the environment', () => {
  const token = 'vktrpat_abcdefghijklmn_abcdefghijklmnopqrstuvwxyz';

  it.each([
    ['https://cloud.viktor.ai', 'https://cloud.viktor.ai/api/'],
    ['https://cloud.viktor.ai/', 'https://cloud.viktor.ai/api/'],
    ['https://cloud.us1.viktor.ai/api', 'https://cloud.us1.viktor.ai/api/'],
    ['https://org.viktor.ai/api/', 'https://org.viktor.ai/api/'],
    ['http://localhost:8787/api/', 'http://localhost:8787/api/'],
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787/api/'],
  ])('takes %s as the API root %s', (url, baseUrl) => {
    expect(readConnection({ VIKTOR_API_URL: url, VIKTOR_TOKEN: token })).toEqual({
      baseUrl,
      environment: new URL(url).host,
      token,
    });
  });

  it('takes a token read from a secret with its trailing newline', () => {
    expect(readConnection({ VIKTOR_API_URL: 'https://a.viktor.ai', VIKTOR_TOKEN: `${token}\n` }).token).toBe(
      token,
    );
  });

  it.each([
    [{ VIKTOR_TOKEN: token }, 'VIKTOR_API_URL is not set'],
    [{ VIKTOR_API_URL: 'https://a.viktor.ai' }, 'VIKTOR_TOKEN is not set'],
    [{ VIKTOR_API_URL: 'https://a.viktor.ai', VIKTOR_TOKEN: '  ' }, 'VIKTOR_TOKEN is not set'],
    [
      { VIKTOR_API_URL: 'https://a.viktor.ai', VIKTOR_TOKEN: 'two words' },
      'VIKTOR_TOKEN contains whitespace',
    ],
    [{ VIKTOR_API_URL: 'cloud.viktor.ai', VIKTOR_TOKEN: token }, 'VIKTOR_API_URL is not a URL'],
    [{ VIKTOR_API_URL: 'http://cloud.viktor.ai/api/', VIKTOR_TOKEN: token }, 'VIKTOR_API_URL must be https:'],
    [{ VIKTOR_API_URL: 'ftp://cloud.viktor.ai/api/', VIKTOR_TOKEN: token }, 'VIKTOR_API_URL must be https:'],
    [{ VIKTOR_API_URL: 'https://a.viktor.ai/api/workspaces/', VIKTOR_TOKEN: token }, 'its API root'],
    [{ VIKTOR_API_URL: 'https://a.viktor.ai/v1/', VIKTOR_TOKEN: token }, 'its API root'],
    [{ VIKTOR_API_URL: 'https://a.viktor.ai/api/?x=1', VIKTOR_TOKEN: token }, 'its API root'],
    [{ VIKTOR_API_URL: 'https://me:pw@a.viktor.ai/api/', VIKTOR_TOKEN: token }, 'must not carry a user'],
  ])('refuses %j', (env, message) => {
    expect(refusal(() => readConnection(env))).toContain(message);
  });
});

describe('the shard rule', () => {
  const workspaces = [63, 3, 45, 9, 27, 18, 54, 36].map((id) => ({ id }));

  it('gives every workspace to exactly one of n shards, by position among the sorted ids', () => {
    const shards = [0, 1, 2].map((index) =>
      workspacesOfShard(workspaces, { index, count: 3 }).map(({ id }) => id),
    );
    expect(shards).toEqual([
      [3, 27, 54],
      [9, 36, 63],
      [18, 45],
    ]);
    expect(workspacesOfShard(workspaces, { index: 0, count: 1 })).toHaveLength(8);
    expect(workspacesOfShard(workspaces, { index: 9, count: 10 })).toEqual([]);
  });
});

describe('the state file', () => {
  const scope: AuditScope = { environment: 'cloud.viktor.ai', user: 'ada@example.com', workspaceId: 3 };
  const units = (id: number): JournalEntry => ({
    kind: 'units',
    units: [{ entityId: id, complete: true, children: [], failures: [], revisions: { count: 1 } }],
    requests: 2,
  });
  let dir: string;
  let path: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'audit-state-'));
    path = join(dir, 'state.jsonl');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('reads back what was appended, one line per batch after a header naming the audit', async () => {
    const journal = createFileJournal(path, scope);
    expect(await journal.read()).toEqual([]);
    await journal.append([{ kind: 'run-started', at: '2026-01-01T00:00:00.000Z' }]);
    await journal.append([units(1), units(2)]);
    const lines = (await readFile(path, 'utf8')).split('\n');
    expect(lines).toHaveLength(4);
    expect(JSON.parse(lines[0] as string)).toEqual({ format: 'viktor-audit-state', version: 1, scope });
    expect(await createFileJournal(path, scope).read()).toEqual([
      { kind: 'run-started', at: '2026-01-01T00:00:00.000Z' },
      units(1),
      units(2),
    ]);
  });

  it('ignores a torn last line and cuts it off before the next append', async () => {
    const journal = createFileJournal(path, scope);
    await journal.append([units(1)]);
    await writeFile(path, `${await readFile(path, 'utf8')}[{"kind":"units","uni`);
    const resumed = createFileJournal(path, scope);
    expect(await resumed.read()).toEqual([units(1)]);
    await resumed.append([units(2)]);
    expect(await createFileJournal(path, scope).read()).toEqual([units(1), units(2)]);
    expect(await readFile(path, 'utf8')).not.toContain('"uni\n');
  });

  it("refuses another audit's state, a file that is not a state file, and a damaged line", async () => {
    await createFileJournal(path, scope).append([units(1)]);
    await expect(createFileJournal(path, { ...scope, workspaceId: 4 }).read()).rejects.toThrow(
      /belongs to workspace 3 on cloud.viktor.ai as ada@example.com, not workspace 4/,
    );
    await expect(createFileJournal(path, { ...scope, user: 'bob@example.com' }).read()).rejects.toThrow(
      UsageError,
    );

    await writeFile(path, `${await readFile(path, 'utf8')}not json\n[]\n`);
    await expect(createFileJournal(path, scope).read()).rejects.toThrow(/damaged at line 3/);

    await writeFile(path, 'id,path\r\n1,a\r\n');
    await expect(createFileJournal(path, scope).read()).rejects.toThrow(/not an audit state file/);
  });

  it('starts over after clear', async () => {
    const journal = createFileJournal(path, scope);
    await journal.append([units(1)]);
    await journal.clear();
    expect(await journal.read()).toEqual([]);
    await journal.append([units(2)]);
    expect(await createFileJournal(path, scope).read()).toEqual([units(2)]);
  });
});

describe('the progress line', () => {
  const progress: AuditProgress = {
    found: 3300,
    done: 1200,
    requests: 1500,
    errors: 2,
    inFlight: 4,
    ratePerSecond: 600,
    etaSeconds: 3.5,
    resumed: 100,
  };
  const stream = (isTTY: boolean) => {
    const written: string[] = [];
    return { written, isTTY, columns: 200, write: (text: string) => written.push(text) };
  };

  it('is redrawn in place on a terminal and cleared at the end', () => {
    const terminal = stream(true);
    const line = createProgressLine(terminal, 'workspace 3');
    line.update(progress);
    line.update({ ...progress, done: 1300 });
    line.end();
    expect(terminal.written).toEqual([
      '\r\x1b[2Kworkspace 3: 1200 of 3300 entities · 1500 requests · 4 in flight · 100 from the state file · 600/s · about 4 s left · 2 not read',
      expect.stringContaining('1300 of 3300'),
      '\r\x1b[2K',
    ]);
  });

  it('is an occasional plain line anywhere else', () => {
    const pipe = stream(false);
    let now = 0;
    const line = createProgressLine(pipe, 'workspace 3', { now: () => now, plainEveryMs: 30_000 });
    line.update(progress);
    now = 29_999;
    line.update(progress);
    now = 30_000;
    line.update({ ...progress, waitingUntil: 40_000 });
    line.end();
    expect(pipe.written).toEqual([expect.stringMatching(/^workspace 3: 1200 of 3300 .*wait 10 s\n$/)]);
  });
});

describe('the combined SHA-256', () => {
  it('is the SHA-256 of "<id> <csv_sha256>\\n" lines by ascending id, workspaces without a CSV left out', () => {
    const a = 'a'.repeat(64);
    const b = 'b'.repeat(64);
    expect(
      combinedSha256([
        { workspace_id: 10, csv_sha256: b },
        { workspace_id: 9 },
        { workspace_id: 3, csv_sha256: a },
      ]),
    ).toBe(sha256Hex(`3 ${a}\n10 ${b}\n`));
  });
});

describe('terminal text', () => {
  it('shows control characters from the server as escapes', () => {
    expect(terminalText('Quay\x1b]0;owned\x07 wall\nfake line')).toBe(
      'Quay\\u001b]0;owned\\u0007 wall\\u000afake line',
    );
    expect(terminalText('Köhlbrand – Dike')).toBe('Köhlbrand – Dike');
  });
});

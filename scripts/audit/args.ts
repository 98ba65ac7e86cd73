import { resolve } from 'node:path';
import { MAX_CONCURRENCY } from '../../src/lib/request-pool';
import { UsageError } from './exit-codes';

/**
 * The command line of `npm run audit`. Hand-written rather than `util.parseArgs` so that every
 * refusal names the flag and says what to do instead, and so that nothing that looks like a token is
 * ever echoed back (a message goes to CI logs).
 */
export type Shard = { index: number; count: number };

export type AuditCommand =
  | { mode: 'help' }
  | {
      mode: 'workspace';
      workspaceId: number;
      csv?: string;
      out?: string;
      state?: string;
      concurrency: number;
    }
  | { mode: 'all-archived'; outDir: string; shard: Shard; concurrency: number }
  | { mode: 'summarize'; dir: string };

export const DEFAULT_CLI_CONCURRENCY = 4;

const VALUE_FLAGS = [
  'workspace',
  'csv',
  'out',
  'state',
  'concurrency',
  'out-dir',
  'shard',
  'summarize',
] as const;
const SWITCHES = ['all-archived', 'help'] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];
type Switch = (typeof SWITCHES)[number];

/** Which flags each mode takes besides the one that selects it. */
const MODE_FLAGS = {
  workspace: ['csv', 'out', 'state', 'concurrency'],
  'all-archived': ['out-dir', 'shard', 'concurrency'],
  summarize: [],
} as const satisfies Record<string, readonly ValueFlag[]>;

export const TOKEN_AS_ARGUMENT =
  'The token is never taken as an argument (the process list, shell history and CI logs would show it): ' +
  'set VIKTOR_TOKEN in the environment instead, e.g. from a secret.';

/** A VIKTOR personal access token starts `vktrpat_`; session tokens are long opaque strings. */
const looksLikeToken = (arg: string) => /vktrpat_/i.test(arg);

const isValueFlag = (name: string): name is ValueFlag => (VALUE_FLAGS as readonly string[]).includes(name);
const isSwitch = (name: string): name is Switch => (SWITCHES as readonly string[]).includes(name);

function readFlags(argv: readonly string[]) {
  const values = new Map<ValueFlag, string>();
  const switches = new Set<Switch>();
  // Before anything else, so no message (which may echo a value) can ever repeat a token.
  if (argv.some(looksLikeToken)) throw new UsageError(TOKEN_AS_ARGUMENT);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-h') {
      switches.add('help');
      continue;
    }
    if (!arg.startsWith('--') || arg === '--') {
      throw new UsageError(`Unexpected argument "${arg}": options are --flags (see --help).`);
    }
    const equals = arg.indexOf('=');
    const name = arg.slice(2, equals === -1 ? undefined : equals);
    const inline = equals === -1 ? undefined : arg.slice(equals + 1);
    if (/token/i.test(name)) throw new UsageError(TOKEN_AS_ARGUMENT);
    if (isSwitch(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value.`);
      switches.add(name);
    } else if (isValueFlag(name)) {
      const value = inline ?? argv[i + 1];
      if (inline === undefined) i++;
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
        throw new UsageError(`--${name} needs a value (see --help).`);
      }
      if (values.has(name)) throw new UsageError(`--${name} is given twice.`);
      values.set(name, value);
    } else {
      throw new UsageError(`Unknown option --${name} (see --help).`);
    }
  }
  return { values, switches };
}

function positiveId(flag: string, value: string): number {
  const id = Number(value);
  if (!/^[1-9]\d*$/.test(value) || !Number.isSafeInteger(id)) {
    throw new UsageError(`${flag} must be a workspace id, a whole number above 0 (got "${value}").`);
  }
  return id;
}

function concurrencyOf(value: string | undefined): number {
  if (value === undefined) return DEFAULT_CLI_CONCURRENCY;
  const concurrency = Number(value);
  if (!/^\d+$/.test(value) || concurrency < 1 || concurrency > MAX_CONCURRENCY) {
    throw new UsageError(
      `--concurrency must be a whole number from 1 to ${MAX_CONCURRENCY} (got "${value}"): ` +
        'more requests at once would strain a shared VIKTOR environment.',
    );
  }
  return concurrency;
}

/** `i/n`, 0-based like Kubernetes' JOB_COMPLETION_INDEX: `0/3`, `1/3`, `2/3`. */
export function parseShard(value: string | undefined): Shard {
  if (value === undefined) return { index: 0, count: 1 };
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index >= count || !Number.isSafeInteger(count)) {
    throw new UsageError(
      `--shard must be i/n with 0 ≤ i < n, counted from 0 like JOB_COMPLETION_INDEX (got "${value}"; ` +
        'for 3 machines: 0/3, 1/3 and 2/3).',
    );
  }
  return { index, count };
}

function refuseSamePaths(paths: Partial<Record<'csv' | 'out' | 'state', string>>) {
  const seen = new Map<string, string>();
  for (const [flag, path] of Object.entries(paths)) {
    if (path === undefined) continue;
    const other = seen.get(resolve(path));
    if (other) throw new UsageError(`--${other} and --${flag} name the same file: give each its own.`);
    seen.set(resolve(path), flag);
  }
}

export function parseAuditArgs(argv: readonly string[]): AuditCommand {
  const { values, switches } = readFlags(argv);
  if (switches.has('help')) return { mode: 'help' };

  const modes = [
    ...(values.has('workspace') ? ['workspace' as const] : []),
    ...(switches.has('all-archived') ? ['all-archived' as const] : []),
    ...(values.has('summarize') ? ['summarize' as const] : []),
  ];
  const [mode] = modes;
  if (mode === undefined) {
    throw new UsageError(
      'Say what to audit: --workspace <id>, --all-archived --out-dir <dir>, or --summarize <dir> (see --help).',
    );
  }
  if (modes.length > 1)
    throw new UsageError(`--${modes[0]} and --${modes[1]} cannot be combined: choose one.`);
  const allowed: readonly ValueFlag[] = MODE_FLAGS[mode];
  for (const flag of values.keys()) {
    if (flag !== mode && !allowed.includes(flag)) {
      throw new UsageError(`--${flag} cannot be used with --${mode}.`);
    }
  }

  if (mode === 'workspace') {
    const paths = { csv: values.get('csv'), out: values.get('out'), state: values.get('state') };
    refuseSamePaths(paths);
    return {
      mode,
      workspaceId: positiveId('--workspace', values.get('workspace') as string),
      ...Object.fromEntries(Object.entries(paths).filter(([, path]) => path !== undefined)),
      concurrency: concurrencyOf(values.get('concurrency')),
    };
  }
  if (mode === 'all-archived') {
    const outDir = values.get('out-dir');
    if (outDir === undefined) {
      throw new UsageError('--all-archived needs --out-dir <dir>: each workspace gets its own files there.');
    }
    return {
      mode,
      outDir,
      shard: parseShard(values.get('shard')),
      concurrency: concurrencyOf(values.get('concurrency')),
    };
  }
  return { mode, dir: values.get('summarize') as string };
}

export const USAGE = `Audit VIKTOR workspaces from a terminal: every entity, its revision count, first and last revision.

  npm run audit -- --workspace <id> [--csv report.csv] [--out report.json] [--state state.jsonl] [--concurrency 4]
  npm run audit -- --all-archived --out-dir <dir> [--shard i/n] [--concurrency 4]
  npm run audit -- --summarize <dir>

Environment (never arguments):
  VIKTOR_API_URL   https://<environment>.viktor.ai or https://<environment>.viktor.ai/api/
                   (plain http only for localhost and 127.0.0.1: the demo)
  VIKTOR_TOKEN     a personal access token; --all-archived needs an organisation admin's

Options:
  --workspace <id>    audit this workspace
  --csv <file>        write the rows as CSV (RFC 4180, UTF-8, CRLF)
  --out <file>        write rows, failures and provenance (csv_sha256) as JSON
  --state <file>      keep progress in this JSON-lines file; the same command again resumes from it
  --concurrency <n>   requests in flight at once, 1 to ${MAX_CONCURRENCY} (default ${DEFAULT_CLI_CONCURRENCY})
  --all-archived      audit every archived workspace, one after another, into --out-dir:
                      workspace-<id>.csv, .json, .state.jsonl and shard-<i>-of-<n>.json
  --shard i/n         only the archived workspaces at positions p (ids sorted ascending) with p % n = i;
                      i counts from 0, like JOB_COMPLETION_INDEX
  --summarize <dir>   combine the shard-*-of-*.json found under <dir> into <dir>/index.json

Exit codes: 0 done, 1 other failure, 2 bad input, 3 token refused (401/403), 4 partial,
130/143 stopped by SIGINT/SIGTERM (progress kept in the state file).`;

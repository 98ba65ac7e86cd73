import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { createSha256 } from '../../src/lib/sha256';
import type { AuditCommand } from './args';
import { writeFileAtomically } from './atomic-file';
import type { CliContext } from './cli-context';
import { EXIT, UsageError } from './exit-codes';
import { SHARD_FILE_PATTERN, type ShardManifest, shardManifestSchema } from './shard-manifest';
import { terminalText } from './terminal-text';
import { AUDIT_CLI_TOOL } from './tool';

type SummarizeCommand = Extract<AuditCommand, { mode: 'summarize' }>;

/**
 * `--summarize DIR`: the shard manifests found anywhere under DIR (one directory, or one per shard as
 * CI artifact downloads lay them out) become `DIR/index.json`: every workspace audited, its files,
 * csv_sha256 (checked against the CSV's bytes), counts, outcome and shard, whether every shard and
 * every archived workspace is there exactly once, and one combined SHA-256 for the whole set.
 */
export const COMBINED_SHA256_RULE =
  'SHA-256 of the UTF-8 text made of one line "<workspace_id> <csv_sha256>\\n" (one space, lowercase hex, ' +
  'LF) per workspace that has a CSV, ordered by workspace id ascending';

export function combinedSha256(entries: readonly { workspace_id: number; csv_sha256?: string }[]): string {
  const hash = createSha256();
  const withCsv = entries.filter((entry) => entry.csv_sha256 !== undefined);
  for (const entry of [...withCsv].sort((a, b) => a.workspace_id - b.workspace_id)) {
    hash.update(`${entry.workspace_id} ${entry.csv_sha256}\n`);
  }
  return hash.hex();
}

async function fileSha256(path: string): Promise<string | undefined> {
  const hash = createSha256();
  try {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  } catch {
    return undefined;
  }
  return hash.hex();
}

type Found = { path: string; manifest: ShardManifest };

async function findManifests(dir: string): Promise<Found[]> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`--summarize ${dir}: no such directory.`);
  const names = (await readdir(dir, { recursive: true })).filter((name) =>
    SHARD_FILE_PATTERN.test(basename(name)),
  );
  const found: Found[] = [];
  for (const name of names.sort()) {
    const path = join(dir, name);
    let parsed: ReturnType<typeof shardManifestSchema.safeParse>;
    try {
      parsed = shardManifestSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    } catch {
      throw new UsageError(`--summarize: ${path} is not JSON.`);
    }
    if (!parsed.success) throw new UsageError(`--summarize: ${path} is not a shard manifest of this tool.`);
    found.push({ path, manifest: parsed.data });
  }
  if (found.length === 0) {
    throw new UsageError(`--summarize ${dir}: no shard-<i>-of-<n>.json under it (run --all-archived first).`);
  }
  return found;
}

/** Shards of one split of one environment, each once: anything else would be counted wrong. */
function checkOneSplit(found: Found[]): { count: number; environment: string } {
  const counts = new Set(found.map(({ manifest }) => manifest.shard.count));
  if (counts.size > 1) {
    throw new UsageError(
      `--summarize: shards of different splits (n = ${[...counts].join(', ')}): keep one split per directory.`,
    );
  }
  const environments = new Set(found.map(({ manifest }) => manifest.environment));
  if (environments.size > 1) {
    throw new UsageError(
      `--summarize: shards from different environments (${[...environments].join(', ')}).`,
    );
  }
  const seen = new Map<number, string>();
  for (const { path, manifest } of found) {
    const other = seen.get(manifest.shard.index);
    if (other)
      throw new UsageError(`--summarize: shard ${manifest.shard.index} is there twice (${other}, ${path}).`);
    seen.set(manifest.shard.index, path);
  }
  return { count: [...counts][0] as number, environment: [...environments][0] as string };
}

export async function runSummarizeCommand(command: SummarizeCommand, context: CliContext): Promise<number> {
  const dir = resolve(command.dir);
  const found = await findManifests(dir);
  const { count, environment } = checkOneSplit(found);
  const shardsFound = found.map(({ manifest }) => manifest.shard.index).sort((a, b) => a - b);
  const missingShards = Array.from({ length: count }, (_, index) => index).filter(
    (index) => !shardsFound.includes(index),
  );

  const listed = new Set(found.flatMap(({ manifest }) => manifest.archived_workspace_ids));
  const listingsAgree = found.every(
    ({ manifest }) =>
      manifest.archived_workspace_ids.length === listed.size &&
      manifest.archived_workspace_ids.every((id) => listed.has(id)),
  );

  const workspaces = [];
  const auditedTwice: number[] = [];
  const seen = new Set<number>();
  for (const { path, manifest } of [...found].sort(
    (a, b) => a.manifest.shard.index - b.manifest.shard.index,
  )) {
    const at = (name: string | undefined) =>
      name === undefined ? undefined : relative(dir, join(dirname(path), name));
    for (const entry of manifest.workspaces) {
      if (seen.has(entry.workspace_id)) {
        auditedTwice.push(entry.workspace_id);
        continue;
      }
      seen.add(entry.workspace_id);
      const csv = at(entry.csv);
      const actual = csv === undefined ? undefined : await fileSha256(join(dir, csv));
      workspaces.push({
        workspace_id: entry.workspace_id,
        ...(entry.name === undefined ? {} : { name: entry.name }),
        shard: manifest.shard.index,
        outcome: entry.outcome,
        ...(csv === undefined ? {} : { csv }),
        ...(entry.json === undefined ? {} : { json: at(entry.json) }),
        ...(entry.state === undefined ? {} : { state: at(entry.state) }),
        ...(entry.csv_sha256 === undefined ? {} : { csv_sha256: entry.csv_sha256 }),
        ...(csv === undefined ? {} : { csv_verified: actual !== undefined && actual === entry.csv_sha256 }),
        ...(entry.counts === undefined ? {} : { counts: entry.counts }),
        ...(entry.requests === undefined ? {} : { requests: entry.requests }),
        ...(entry.reason === undefined ? {} : { reason: entry.reason }),
      });
    }
  }
  workspaces.sort((a, b) => a.workspace_id - b.workspace_id);
  const notAudited = [...listed].filter((id) => !seen.has(id)).sort((a, b) => a - b);
  const unverified = workspaces
    .filter((entry) => entry.csv_verified === false)
    .map((entry) => entry.workspace_id);
  const notDone = workspaces.filter((entry) => entry.outcome !== 'done').map((entry) => entry.workspace_id);
  const unreadableListingItems = found.flatMap(({ manifest }) => manifest.unreadable_listing_items);
  const complete =
    missingShards.length === 0 &&
    listingsAgree &&
    notAudited.length === 0 &&
    auditedTwice.length === 0 &&
    unverified.length === 0 &&
    notDone.length === 0 &&
    unreadableListingItems.length === 0;

  const index = {
    format: 'viktor-audit-index',
    version: 1,
    complete,
    combined_sha256: combinedSha256(workspaces),
    combined_sha256_rule: COMBINED_SHA256_RULE,
    environment,
    shards: { count, found: shardsFound, missing: missingShards, rule: found[0]?.manifest.shard_rule },
    archived_workspace_ids: [...listed].sort((a, b) => a - b),
    listings_agree: listingsAgree,
    not_audited: notAudited,
    audited_twice: [...new Set(auditedTwice)].sort((a, b) => a - b),
    csv_not_matching: unverified,
    not_done: notDone,
    unreadable_listing_items: unreadableListingItems,
    workspaces,
    generated_at: new Date().toISOString(),
    tool: AUDIT_CLI_TOOL.name,
    tool_version: AUDIT_CLI_TOOL.version,
  };
  const indexPath = join(dir, 'index.json');
  await writeFileAtomically(indexPath, [`${JSON.stringify(index, null, 2)}\n`]);

  const problems = [
    missingShards.length ? `shards missing: ${missingShards.join(', ')}` : '',
    listingsAgree
      ? ''
      : 'the shards listed different archived workspaces (archived while they ran?): rerun all shards',
    notAudited.length ? `not audited: ${notAudited.join(', ')}` : '',
    auditedTwice.length ? `audited twice: ${index.audited_twice.join(', ')}` : '',
    unverified.length ? `CSV missing or not matching its csv_sha256: ${unverified.join(', ')}` : '',
    notDone.length ? `partial or failed: ${notDone.join(', ')}` : '',
    unreadableListingItems.length
      ? `${unreadableListingItems.length} unreadable items in the workspace list`
      : '',
  ].filter(Boolean);
  context.stdout.write(
    `${workspaces.length} workspaces from ${shardsFound.length} of ${count} shards (${terminalText(environment)})\n` +
      `  combined_sha256      ${index.combined_sha256}\n` +
      `  complete             ${complete ? 'yes' : 'no'}\n` +
      problems.map((problem) => `  ${problem}\n`).join('') +
      `  index                ${indexPath}\n`,
  );
  return complete ? EXIT.done : EXIT.partial;
}

import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createApiClient } from '../../src/lib/api-client';
import { listArchivedWorkspaces, SHARD_RULE, workspacesOfShard } from './archived-workspaces';
import type { AuditCommand } from './args';
import { writeFileAtomically } from './atomic-file';
import { auditWorkspace } from './audit-workspace';
import type { CliContext } from './cli-context';
import { readConnection } from './connection';
import { AuthError, EXIT, UsageError } from './exit-codes';
import { identifyUser } from './identity';
import {
  SHARD_FORMAT,
  type ShardManifest,
  type ShardWorkspace,
  shardFileName,
  workspaceFileNames,
} from './shard-manifest';
import { workspaceSummary } from './summary';
import { terminalText } from './terminal-text';
import { AUDIT_CLI_TOOL } from './tool';

type ArchivedCommand = Extract<AuditCommand, { mode: 'all-archived' }>;

async function makeOutDir(outDir: string) {
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    throw new UsageError(`--out-dir ${outDir} cannot be created: ${(error as Error).message}`);
  }
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * `--all-archived`: this shard's archived workspaces one after another, each with its own files and
 * state in the out dir (so a rerun of the shard resumes where it stopped), then the shard manifest.
 * One workspace that cannot be audited is recorded and the next one goes on; a refused token (401)
 * stops everything, because every further request would fail the same way.
 */
export async function runArchivedCommand(command: ArchivedCommand, context: CliContext): Promise<number> {
  const connection = readConnection(context.env);
  const outDir = resolve(command.outDir);
  await makeOutDir(outDir);
  const { shard } = command;

  const client = createApiClient({ baseUrl: connection.baseUrl, token: connection.token });
  const user = await identifyUser(client, context.signal);
  const startedAt = new Date().toISOString();
  const listing = await listArchivedWorkspaces(client, context.signal);
  const mine = workspacesOfShard(listing.workspaces, shard);
  context.stderr.write(
    `Shard ${shard.index}/${shard.count}: ${mine.length} of ${listing.workspaces.length} archived workspaces` +
      (mine.length ? ` (${mine.map((workspace) => workspace.id).join(', ')})` : '') +
      '.\n',
  );
  for (const item of listing.unreadable) {
    context.stderr.write(
      `An item of the workspace list could not be read${item.id === undefined ? '' : ` (id ${item.id})`}: ` +
        `${terminalText(item.reason)}\n`,
    );
  }

  const audited: ShardWorkspace[] = [];
  for (const workspace of mine) {
    const names = workspaceFileNames(workspace.id);
    const files = {
      csv: join(outDir, names.csv),
      json: join(outDir, names.json),
      state: join(outDir, names.state),
    };
    try {
      const audit = await auditWorkspace({
        connection,
        scope: { environment: connection.environment, user, workspaceId: workspace.id },
        files,
        concurrency: command.concurrency,
        signal: context.signal,
        stderr: context.stderr,
      });
      if (!audit) return EXIT.failed;
      context.stdout.write(workspaceSummary(audit));
      audited.push({
        workspace_id: workspace.id,
        name: audit.result.workspace.name,
        outcome: audit.result.outcome === 'done' ? 'done' : 'partial',
        ...names,
        csv_sha256: audit.provenance.csv_sha256,
        counts: audit.provenance.counts,
        requests: audit.result.requests,
      });
    } catch (error) {
      if (context.signal.aborted) return EXIT.failed;
      if ((error instanceof AuthError && error.status === 401) || error instanceof UsageError) throw error;
      const reason = reasonOf(error);
      context.stderr.write(`Workspace ${workspace.id} could not be audited: ${terminalText(reason)}\n`);
      audited.push({
        workspace_id: workspace.id,
        name: workspace.name,
        outcome: 'failed',
        state: names.state,
        reason,
      });
    }
  }

  const manifest: ShardManifest = {
    format: SHARD_FORMAT,
    version: 1,
    shard,
    shard_rule: SHARD_RULE,
    environment: connection.environment,
    user,
    tool: AUDIT_CLI_TOOL.name,
    tool_version: AUDIT_CLI_TOOL.version,
    started_at: startedAt,
    finished_at: new Date().toISOString(),
    archived_workspace_ids: listing.workspaces.map((workspace) => workspace.id),
    unreadable_listing_items: listing.unreadable,
    workspaces: audited,
  };
  const manifestPath = join(outDir, shardFileName(shard.index, shard.count));
  await writeFileAtomically(manifestPath, [`${JSON.stringify(manifest, null, 2)}\n`]);

  const notDone = audited.filter((entry) => entry.outcome !== 'done');
  context.stdout.write(
    `Shard ${shard.index}/${shard.count}: ${audited.length - notDone.length} of ${audited.length} workspaces done` +
      (notDone.length ? `; not complete: ${notDone.map((entry) => entry.workspace_id).join(', ')}` : '') +
      `\n  manifest             ${manifestPath}\n`,
  );
  return notDone.length === 0 && listing.unreadable.length === 0 ? EXIT.done : EXIT.partial;
}

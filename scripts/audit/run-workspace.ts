import { access, constants } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createApiClient } from '../../src/lib/api-client';
import { isApiError } from '../../src/lib/api-error';
import type { AuditCommand } from './args';
import { auditWorkspace } from './audit-workspace';
import type { CliContext } from './cli-context';
import { readConnection } from './connection';
import { EXIT, UsageError } from './exit-codes';
import { identifyUser } from './identity';
import { workspaceSummary } from './summary';

type WorkspaceCommand = Extract<AuditCommand, { mode: 'workspace' }>;

/** A file the audit will write must have a directory to go in: found out now, not after the crawl. */
async function checkWritable(flag: string, path: string | undefined) {
  if (path === undefined) return;
  const directory = dirname(resolve(path));
  try {
    await access(directory, constants.W_OK);
  } catch {
    throw new UsageError(`--${flag} ${path}: the directory ${directory} does not exist or is not writable.`);
  }
}

/** `--workspace <id>`: exit 0 done, 4 partial, or the signal's code when stopped. */
export async function runWorkspaceCommand(command: WorkspaceCommand, context: CliContext): Promise<number> {
  const connection = readConnection(context.env);
  await checkWritable('csv', command.csv);
  await checkWritable('out', command.out);
  await checkWritable('state', command.state);

  const client = createApiClient({ baseUrl: connection.baseUrl, token: connection.token });
  const user = await identifyUser(client, context.signal);
  const audit = await auditWorkspace({
    connection,
    scope: { environment: connection.environment, user, workspaceId: command.workspaceId },
    files: { csv: command.csv, json: command.out, state: command.state },
    concurrency: command.concurrency,
    signal: context.signal,
    stderr: context.stderr,
  }).catch((error: unknown) => {
    if (isApiError(error) && error.isNotFound) {
      throw new UsageError(
        `--workspace ${command.workspaceId}: no such workspace, or this token may not see it ` +
          '(archived workspaces are visible to organisation admins only).',
      );
    }
    throw error;
  });
  if (!audit) {
    context.stderr.write(
      command.state
        ? `Stopped. What was done is in ${resolve(command.state)}: the same command resumes from there.\n`
        : 'Stopped. Without --state nothing was kept: give --state <file> to be able to resume.\n',
    );
    return EXIT.failed;
  }
  context.stdout.write(workspaceSummary(audit));
  return audit.result.outcome === 'done' ? EXIT.done : EXIT.partial;
}

import { isApiError } from '../../src/lib/api-error';
import { parseAuditArgs, USAGE } from './args';
import type { CliContext } from './cli-context';
import { AuthError, EXIT, UsageError } from './exit-codes';
import { runArchivedCommand } from './run-archived';
import { runSummarizeCommand } from './run-summarize';
import { runWorkspaceCommand } from './run-workspace';
import { terminalText } from './terminal-text';

function interruptedCode(signal: AbortSignal): number {
  return signal.reason === 'SIGTERM' ? EXIT.interrupted.SIGTERM : EXIT.interrupted.SIGINT;
}

/** Runs one command line to its exit code; every refusal and failure is said on stderr. */
export async function runCli(argv: readonly string[], context: CliContext): Promise<number> {
  try {
    const command = parseAuditArgs(argv);
    let code: number;
    if (command.mode === 'help') {
      context.stdout.write(`${USAGE}\n`);
      return EXIT.done;
    } else if (command.mode === 'workspace') code = await runWorkspaceCommand(command, context);
    else if (command.mode === 'all-archived') code = await runArchivedCommand(command, context);
    else code = await runSummarizeCommand(command, context);
    return context.signal.aborted ? interruptedCode(context.signal) : code;
  } catch (error) {
    if (context.signal.aborted) return interruptedCode(context.signal);
    if (error instanceof UsageError) {
      context.stderr.write(`${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof AuthError) {
      context.stderr.write(`${error.message}\n`);
      return EXIT.auth;
    }
    const reason = isApiError(error) ? error.message : error instanceof Error ? error.message : String(error);
    context.stderr.write(`The audit failed: ${terminalText(reason)}\n`);
    return EXIT.failed;
  }
}

/**
 * `npm run audit`: the dashboard's workspace audit from a terminal, for service accounts and batch
 * jobs. Usage: `npm run audit -- --help`, or the README, "Auditing from a terminal".
 */
import { runCli } from './cli';

const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // A second signal means "now": the state file already holds every batch that was written.
    if (controller.signal.aborted) process.exit(signal === 'SIGTERM' ? 143 : 130);
    process.stderr.write(`\n${signal}: stopping after the requests under way…\n`);
    controller.abort(signal);
  });
}

process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  signal: controller.signal,
});

import type { ProgressStream } from './progress-line';

/** What a command needs from its process: handed in, so tests and `main.ts` decide. */
export type CliContext = {
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown };
  stderr: ProgressStream;
  /** Aborted on SIGINT/SIGTERM: the audit stops, keeping its state. */
  signal: AbortSignal;
};

import type { AuditProgress } from '../../src/api/audit/audit-types';

/**
 * Progress on stderr. On a terminal: one line redrawn in place. Anywhere else (CI logs, Kubernetes
 * logs, a pipe) a redrawn line would be thousands of log lines, so only a plain line every half
 * minute, enough to see that a long audit is still moving.
 */
export type ProgressStream = { write(text: string): unknown; isTTY?: boolean; columns?: number };

export type ProgressLine = { update(progress: AuditProgress): void; end(): void };

const PLAIN_EVERY_MS = 30_000;

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.max(0, Math.round(seconds))} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function describeProgress(label: string, progress: AuditProgress, now = Date.now()): string {
  const parts = [
    `${label}: ${progress.done} of ${progress.found} entities`,
    `${progress.requests} requests`,
    `${progress.inFlight} in flight`,
  ];
  if (progress.resumed > 0) parts.push(`${progress.resumed} from the state file`);
  if (progress.ratePerSecond !== undefined) parts.push(`${progress.ratePerSecond.toFixed(0)}/s`);
  if (progress.etaSeconds !== undefined) parts.push(`about ${formatDuration(progress.etaSeconds)} left`);
  if (progress.errors > 0) parts.push(`${progress.errors} not read`);
  if (progress.waitingUntil !== undefined && progress.waitingUntil > now) {
    parts.push(`the server asked us to wait ${formatDuration((progress.waitingUntil - now) / 1000)}`);
  }
  return parts.join(' · ');
}

export function createProgressLine(
  stream: ProgressStream,
  label: string,
  options: { now?: () => number; plainEveryMs?: number } = {},
): ProgressLine {
  const now = options.now ?? Date.now;
  const plainEveryMs = options.plainEveryMs ?? PLAIN_EVERY_MS;
  let lastPlain = now();
  let drawn = false;
  return {
    update(progress) {
      const line = describeProgress(label, progress, now());
      if (stream.isTTY) {
        const width = Math.max(20, (stream.columns ?? 80) - 1);
        stream.write(`\r\x1b[2K${line.length > width ? `${line.slice(0, width - 1)}…` : line}`);
        drawn = true;
      } else if (now() - lastPlain >= plainEveryMs) {
        lastPlain = now();
        stream.write(`${line}\n`);
      }
    },
    end() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}

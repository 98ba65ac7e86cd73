import type { AuditProgress } from '../../api/audit/audit-types';

/**
 * The crawl reports progress up to ten times a second; the page re-renders a few times a second at
 * most, so a 100,000-entity audit spends its time crawling, not painting. A change of the 429 wait
 * is passed on at once: the user must see why nothing moves.
 */
export function createProgressThrottle(apply: (progress: AuditProgress) => void, everyMs = 250) {
  let latest: AuditProgress | undefined;
  let appliedAt = 0;
  let appliedWaiting: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function flush() {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!latest) return;
    appliedAt = Date.now();
    appliedWaiting = latest.waitingUntil;
    apply(latest);
  }

  return {
    push(progress: AuditProgress) {
      latest = progress;
      const elapsed = Date.now() - appliedAt;
      if (progress.waitingUntil !== appliedWaiting || elapsed >= everyMs) flush();
      else timer ??= setTimeout(flush, everyMs - elapsed);
    },
    /** The newest progress, applied or not. */
    get latest() {
      return latest;
    },
    stop() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}

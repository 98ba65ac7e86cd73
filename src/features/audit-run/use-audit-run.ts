import { useCallback, useEffect, useRef, useState } from 'react';
import type { AuditProgress, AuditResult, AuditScope } from '../../api/audit/audit-types';
import { DEFAULT_AUDIT_CONCURRENCY, runAudit } from '../../api/audit/crawl';
import { replayJournal } from '../../api/audit/journal';
import type { Workspace } from '../../api/workspaces/schemas';
import { browserApiClient } from '../../lib/api-client';
import { isApiError } from '../../lib/api-error';
import { memoryJournal, openAuditJournal } from './audit-journal';
import { readEntityTypeNames } from './entity-type-names';
import { resultFromJournal, type SavedProgress, savedProgress } from './journal-result';
import { createProgressThrottle } from './progress-throttle';

export type StopReason = 'cancelled' | 'unauthorized' | 'failed';

export type AuditPhase =
  /** Looking in the journal for an earlier audit. */
  | { kind: 'reading' }
  | { kind: 'new' }
  /** An earlier audit stopped part-way (cancel, reload, closed tab): resume or start over. */
  | { kind: 'unfinished'; saved: SavedProgress }
  | { kind: 'running'; progress: AuditProgress | undefined; cancelling: boolean }
  | { kind: 'stopped'; why: StopReason; error?: unknown; saved: SavedProgress }
  | { kind: 'finished'; result: AuditResult; restored: boolean }
  /** A finished audit is in the journal, but what its report needs besides could not be read. */
  | { kind: 'restore-failed'; error: unknown };

const toSaved = (progress: AuditProgress): SavedProgress => ({
  done: progress.done,
  found: progress.found,
  requests: progress.requests,
});

/**
 * One workspace's audit on this page: what the journal holds on load, then start, cancel, resume.
 * The scope is fixed for the hook's life (the page keys it by scope), so is the journal.
 */
export function useAuditRun(scope: AuditScope, workspace: Workspace) {
  const [opened, setOpened] = useState(() => openAuditJournal(scope));
  const [phase, setPhase] = useState<AuditPhase>({ kind: 'reading' });
  const [concurrency, setConcurrency] = useState(DEFAULT_AUDIT_CONCURRENCY);
  const [readAttempt, setReadAttempt] = useState(0);
  const running = useRef<AbortController | null>(null);
  const mounted = useRef(true);
  // Read when a finished audit is restored; a refetched workspace record must not re-read the journal.
  const workspaceRef = useRef(workspace);
  useEffect(() => {
    workspaceRef.current = workspace;
  }, [workspace]);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      // Leaving the page cancels the crawl; what is done is in the journal for next time.
      running.current?.abort(new DOMException('The audit page was left.', 'AbortError'));
    };
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `readAttempt` reads the journal again
  useEffect(() => {
    const controller = new AbortController();
    setPhase({ kind: 'reading' });
    void (async () => {
      let state: ReturnType<typeof replayJournal>;
      try {
        state = replayJournal(await opened.journal.read());
      } catch {
        // IndexedDB refused: audit in memory (the page says a reload starts over).
        if (!controller.signal.aborted) setOpened(memoryJournal());
        return;
      }
      if (controller.signal.aborted) return;
      if (state.finishedAt === undefined) {
        setPhase(
          state.units.size === 0 ? { kind: 'new' } : { kind: 'unfinished', saved: savedProgress(state) },
        );
        return;
      }
      try {
        const entityTypeNames = await readEntityTypeNames(scope.workspaceId, controller.signal);
        const result = resultFromJournal(state, {
          scope,
          workspace: workspaceRef.current,
          entityTypeNames,
        });
        if (controller.signal.aborted) return;
        setPhase(result ? { kind: 'finished', result, restored: true } : { kind: 'new' });
      } catch (error) {
        if (!controller.signal.aborted) setPhase({ kind: 'restore-failed', error });
      }
    })();
    return () => controller.abort();
  }, [opened, scope, readAttempt]);

  const launch = useCallback(
    async (fresh: boolean) => {
      if (running.current) return;
      const controller = new AbortController();
      running.current = controller;
      const throttle = createProgressThrottle((progress) => {
        if (mounted.current && running.current === controller) {
          setPhase((current) => (current.kind === 'running' ? { ...current, progress } : current));
        }
      });
      const before = phase.kind === 'unfinished' || phase.kind === 'stopped' ? phase.saved : undefined;
      const savedNow = (): SavedProgress =>
        throttle.latest ? toSaved(throttle.latest) : (before ?? { done: 0, found: 0, requests: 0 });
      setPhase({ kind: 'running', progress: undefined, cancelling: false });
      let next: AuditPhase;
      try {
        if (fresh) await opened.journal.clear();
        const result = await runAudit({
          client: browserApiClient(),
          scope,
          journal: opened.journal,
          concurrency,
          signal: controller.signal,
          onProgress: throttle.push,
        });
        next =
          result.outcome === 'cancelled'
            ? { kind: 'stopped', why: 'cancelled', saved: savedNow() }
            : { kind: 'finished', result, restored: false };
      } catch (error) {
        const why: StopReason =
          isApiError(error) && error.isUnauthorized
            ? 'unauthorized'
            : controller.signal.aborted
              ? 'cancelled'
              : 'failed';
        next = { kind: 'stopped', why, error, saved: savedNow() };
      } finally {
        throttle.stop();
        running.current = null;
      }
      if (mounted.current) setPhase(next);
    },
    [phase, opened, scope, concurrency],
  );

  const cancel = useCallback(() => {
    if (!running.current) return;
    running.current.abort(new DOMException('The audit was cancelled.', 'AbortError'));
    setPhase((current) => (current.kind === 'running' ? { ...current, cancelling: true } : current));
  }, []);

  return {
    phase,
    /** False when the browser would not keep the journal: a reload starts over. */
    kept: opened.kept,
    concurrency,
    setConcurrency,
    /** A new audit: the journal is cleared first. */
    start: useCallback(() => void launch(true), [launch]),
    /** Only what is not done yet: after a cancel, a reload, a 401 or failures. */
    resume: useCallback(() => void launch(false), [launch]),
    cancel,
    retryRead: useCallback(() => setReadAttempt((attempt) => attempt + 1), []),
  };
}

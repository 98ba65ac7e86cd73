import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { createEntityJob, getJob } from '../../api/jobs/queries';
import { isTerminalJobStatus, type Job } from '../../api/jobs/schemas';
import { isApiError } from '../../lib/api-error';
import { nextPollDelay } from './next-poll-delay';

export type JobRequest = { method_name: string; params: Record<string, unknown>; timeout: number };

/** One run of a controller method, from the POST to a terminal status (or until we stop watching). */
export type JobRun =
  | { phase: 'starting'; request: JobRequest; startedAt: number }
  | { phase: 'start-failed'; request: JobRequest; error: unknown }
  | { phase: 'polling'; request: JobRequest; startedAt: number; job: Job }
  | { phase: 'finished'; request: JobRequest; startedAt: number; finishedAt: number; job: Job }
  | { phase: 'cancelled'; request: JobRequest; startedAt: number; job?: Job }
  | { phase: 'poll-failed'; request: JobRequest; startedAt: number; job: Job; error: unknown };

/** Consecutive transient failures (5xx, network, 429) tolerated before we stop watching. */
const MAX_POLL_RETRIES = 3;
const MAX_RETRY_AFTER_MS = 60_000;

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/** A job's `url` is the documented way back to it; the uid path is the documented shape of that url. */
function jobPath(job: Job): string {
  return job.url ?? `jobs/${job.uid}/`;
}

/**
 * Starts a job and watches it. The POST is a mutation (scoped per entity, so two quick clicks start
 * jobs in order, and it shows in the mutation cache like every other write). The polling is a plain
 * abortable loop rather than `useQuery` + `refetchInterval`: a run is a one-off with its own clock,
 * its own backoff and retry budget and its own AbortController, none of which is cache data, and
 * Query's retries would restart the backoff and could not honour `Retry-After` per poll.
 */
export function useJobRunner(workspaceId: number, entityId: number) {
  const [run, setRun] = useState<JobRun | null>(null);
  const controllerRef = useRef<AbortController | null>(null);
  const { mutateAsync: createJob } = useMutation({
    mutationFn: ({ request, signal }: { request: JobRequest; signal: AbortSignal }) =>
      createEntityJob(workspaceId, entityId, { ...request, poll_result: false }, { signal }),
    scope: { id: `compute-${entityId}` },
  });

  // Leaving the page stops watching; the job itself is the server's business.
  useEffect(() => () => controllerRef.current?.abort(), []);

  async function poll(request: JobRequest, startedAt: number, first: Job, signal: AbortSignal) {
    let job = first;
    let attempt = 0;
    let failures = 0;
    let waitAtLeast = 0;
    while (!isTerminalJobStatus(job.status)) {
      await sleep(Math.max(nextPollDelay(attempt++), waitAtLeast), signal);
      waitAtLeast = 0;
      try {
        job = await getJob(jobPath(job), { signal });
        failures = 0;
      } catch (error) {
        if (signal.aborted) return;
        if (isApiError(error) && error.isTransient && failures < MAX_POLL_RETRIES) {
          failures++;
          waitAtLeast = Math.min(error.retryAfterMs ?? 0, MAX_RETRY_AFTER_MS);
          continue;
        }
        setRun({ phase: 'poll-failed', request, startedAt, job, error });
        return;
      }
      if (signal.aborted) return;
      setRun({ phase: 'polling', request, startedAt, job });
    }
    setRun({ phase: 'finished', request, startedAt, finishedAt: Date.now(), job });
  }

  async function start(request: JobRequest) {
    controllerRef.current?.abort();
    const controller = new AbortController();
    controllerRef.current = controller;
    const { signal } = controller;
    const startedAt = Date.now();
    setRun({ phase: 'starting', request, startedAt });
    let job: Job;
    try {
      job = await createJob({ request, signal });
    } catch (error) {
      if (!signal.aborted) setRun({ phase: 'start-failed', request, error });
      return;
    }
    if (signal.aborted) return;
    if (!isTerminalJobStatus(job.status)) setRun({ phase: 'polling', request, startedAt, job });
    try {
      await poll(request, startedAt, job, signal);
    } catch (error) {
      // Only the sleep throws, and only when aborted; anything else is a bug worth seeing.
      if (!signal.aborted) throw error;
    }
  }

  /** Stops watching: aborts the request in flight. The job may well keep running on the server. */
  function cancel() {
    controllerRef.current?.abort();
    controllerRef.current = null;
    setRun((current) =>
      current?.phase === 'starting' || current?.phase === 'polling'
        ? {
            phase: 'cancelled',
            request: current.request,
            startedAt: current.startedAt,
            job: current.phase === 'polling' ? current.job : undefined,
          }
        : current,
    );
  }

  const busy = run?.phase === 'starting' || run?.phase === 'polling';
  return { run, busy, start, cancel };
}

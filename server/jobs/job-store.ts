import { formatTimestamp } from '../seed/timestamps';
import { JOB_METHODS, type JobOutcome } from './job-methods';

export type JobRecord = {
  uid: number;
  entityId: number;
  methodName: string;
  className: string;
  params: Record<string, unknown>;
  saved: Record<string, unknown>;
  createdMs: number;
  timeoutS?: number;
  outcome?: JobOutcome;
};

export type JobState = {
  status: string;
  message: string | null;
  outcome?: JobOutcome;
  timedOut?: boolean;
};

/** Unknown methods fail quickly, but not instantly, so the create call still reports "running". */
const UNKNOWN_METHOD_MS = 300;

export type JobStore = ReturnType<typeof createJobStore>;

/** Jobs live in memory only: they are short-lived, and a restart forgetting them is realistic enough. */
export function createJobStore() {
  const jobs = new Map<number, JobRecord>();
  let nextUid = 91001;

  function state(job: JobRecord, now = Date.now()): JobState {
    const method = JOB_METHODS[job.methodName];
    const elapsed = now - job.createdMs;
    const duration = method?.durationMs ?? UNKNOWN_METHOD_MS;
    if (job.timeoutS !== undefined && duration > job.timeoutS * 1000 && elapsed >= job.timeoutS * 1000) {
      const error_message = `The job did not finish within its timeout of ${job.timeoutS} s and was stopped.`;
      return { status: 'error', message: null, outcome: { status: 'error', error_message }, timedOut: true };
    }
    if (elapsed < duration)
      return { status: 'running', message: method?.progress?.(elapsed / duration) ?? null };
    job.outcome ??= method
      ? method.run(job.params, job.saved)
      : { status: 'error', error_message: `Method '${job.methodName}' is not defined on ${job.className}.` };
    return { status: job.outcome.status, message: null, outcome: job.outcome };
  }

  return {
    create(record: Omit<JobRecord, 'uid' | 'createdMs'>): JobRecord {
      const job = { ...record, uid: nextUid++, createdMs: Date.now() };
      jobs.set(job.uid, job);
      return job;
    },
    get: (uid: number) => jobs.get(uid),
    state,
    json(job: JobRecord, current = state(job)) {
      const { outcome } = current;
      return {
        uid: job.uid,
        url: `/api/jobs/${job.uid}/`,
        kind: 'result',
        status: current.status,
        message: current.message,
        ...(outcome?.status === 'success' ? { content: outcome.content } : {}),
        ...(outcome && outcome.status !== 'success' ? { error_message: outcome.error_message } : {}),
        ...(outcome?.status === 'error_user' ? { invalid_fields: outcome.invalid_fields } : {}),
        method_name: job.methodName,
        entity: job.entityId,
        created_at: formatTimestamp(job.createdMs),
      };
    },
  };
}

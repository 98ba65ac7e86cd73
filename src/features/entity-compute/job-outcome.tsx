import type { ReactNode } from 'react';
import { JsonViewer } from '../../components/json-viewer/json-viewer';
import { errorMessage } from '../../components/ui/error-state';
import { isApiError } from '../../lib/api-error';
import { formatElapsed } from './format-elapsed';
import { listInvalidFields } from './invalid-fields';
import type { JobRun } from './use-job-runner';

function Alert({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900">
      <p className="font-semibold">{title}</p>
      <div className="mt-1 space-y-2 break-words">{children}</div>
    </div>
  );
}

/** DRF's 400 body: `{"timeout": ["Ensure this value is less than or equal to 86400."]}`. */
function FieldErrors({ error }: { error: unknown }) {
  if (!isApiError(error)) return null;
  const entries = Object.entries(error.fieldErrors);
  if (entries.length === 0) return null;
  return (
    <ul aria-label="Rejected fields" className="list-disc pl-5">
      {entries.map(([field, messages]) => (
        <li key={field}>
          <code>{field}</code>: {messages.join(' ')}
        </li>
      ))}
    </ul>
  );
}

function FailedJob({ run }: { run: Extract<JobRun, { phase: 'finished' }> }) {
  const { job, request } = run;
  const fields = listInvalidFields(job.invalid_fields, request.params);
  const title =
    job.status === 'error_user'
      ? `${request.method_name} did not accept the input`
      : job.status === 'error'
        ? `${request.method_name} failed`
        : `${request.method_name} ended with status “${job.status}”`;
  return (
    <>
      <Alert title={title}>
        <p>{job.error_message || job.message || 'VIKTOR gave no reason.'}</p>
        {fields.length > 0 && (
          <ul aria-label="Invalid fields" className="list-disc pl-5">
            {fields.map((field) => (
              <li key={field.path}>
                <code>{field.path}</code>: {field.message}
              </li>
            ))}
          </ul>
        )}
      </Alert>
      {/* Outside the alert: a whole params tree would otherwise be read out as part of it. */}
      {fields.length > 0 && (
        <JsonViewer
          value={request.params}
          label={`Params sent to ${request.method_name}`}
          highlightPaths={fields.map((field) => field.highlightPath)}
        />
      )}
    </>
  );
}

/** What a run came to: the result, or why there is none. Progress itself lives in JobProgress. */
export function JobOutcome({ run }: { run: JobRun | null }) {
  if (run?.phase === 'start-failed') {
    return (
      <Alert title={`Could not start ${run.request.method_name}`}>
        <p>{errorMessage(run.error)}</p>
        <FieldErrors error={run.error} />
      </Alert>
    );
  }
  if (run?.phase === 'poll-failed') {
    return (
      <Alert title={`Lost track of ${run.request.method_name}`}>
        <p>{errorMessage(run.error)}</p>
        <p>The job may still be running on the VIKTOR server.</p>
      </Alert>
    );
  }
  if (run?.phase !== 'finished') return null;
  if (run.job.status !== 'success') return <FailedJob run={run} />;
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600">Duration: {formatElapsed(run.finishedAt - run.startedAt)}</p>
      {run.job.content === undefined ? (
        <p className="text-sm">{run.request.method_name} returned no content.</p>
      ) : (
        <JsonViewer value={run.job.content} label={`Result of ${run.request.method_name}`} />
      )}
    </div>
  );
}

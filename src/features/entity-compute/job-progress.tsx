import { useEffect, useState } from 'react';
import { Badge } from '../../components/ui/badge';
import { formatElapsed } from './format-elapsed';
import type { JobRun } from './use-job-runner';

/** Re-renders every second while `active`, so the elapsed time ticks between polls. */
function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

function Elapsed({ startedAt, active }: { startedAt: number; active: boolean }) {
  const now = useNow(active);
  // The ticking clock is hidden from screen readers: a live region changing every second is noise.
  return <span aria-hidden="true">{formatElapsed(now - startedAt)} elapsed</span>;
}

/**
 * The one live region for a run. It is always mounted (announcements are only reliable for regions
 * that exist before their text changes) and says where the run is, in words.
 */
export function JobProgress({ run }: { run: JobRun | null }) {
  return (
    <div role="status" aria-label="Job progress" className="flex flex-wrap items-center gap-2 text-sm">
      {run?.phase === 'starting' && (
        <>
          <span>Starting {run.request.method_name}…</span>
          <Elapsed startedAt={run.startedAt} active />
        </>
      )}
      {run?.phase === 'polling' && (
        <>
          <Badge tone="blue">{run.job.status}</Badge>
          <span>{run.job.message || `Waiting for ${run.request.method_name}…`}</span>
          <Elapsed startedAt={run.startedAt} active />
        </>
      )}
      {run?.phase === 'finished' && (
        <>
          <Badge tone={run.job.status === 'success' ? 'green' : 'red'}>{run.job.status}</Badge>
          <span>{run.request.method_name} finished.</span>
        </>
      )}
      {run?.phase === 'cancelled' && (
        <span>
          Stopped watching {run.request.method_name}. The job may still be running on the VIKTOR server.
        </span>
      )}
    </div>
  );
}

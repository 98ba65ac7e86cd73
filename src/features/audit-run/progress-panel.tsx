import { useEffect, useState } from 'react';
import type { AuditProgress } from '../../api/audit/audit-types';
import { formatDuration, n } from './format';

/** The running audit: a bar, its counts, rate and time left, and why it waits when it waits. */
export function ProgressPanel({
  progress,
  cancelling,
}: {
  progress: AuditProgress | undefined;
  cancelling: boolean;
}) {
  if (!progress) {
    return (
      <p role="status" className="text-sm text-slate-700">
        Starting: reading the workspace and its entity types…
      </p>
    );
  }
  const { found, done } = progress;
  return (
    <div className="flex flex-col gap-2">
      <progress
        aria-label="Audit progress"
        max={Math.max(found, 1)}
        value={done}
        className="h-3 w-full overflow-hidden rounded-full accent-blue-700"
      />
      <p className="text-sm font-medium text-slate-900">
        {n(done)} of {n(found)} entities done
        <span className="font-normal text-slate-600"> (more are found as the tree is read)</span>
      </p>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-3 lg:grid-cols-6">
        <Stat term="Found" value={n(found)} />
        <Stat term="Done" value={n(done)} />
        <Stat term="Requests" value={n(progress.requests)} />
        <Stat term="Errors" value={n(progress.errors)} />
        <Stat
          term="Rate"
          value={
            progress.ratePerSecond === undefined ? '…' : `${progress.ratePerSecond.toFixed(1)} entities/s`
          }
        />
        <Stat
          term="Time left"
          value={progress.etaSeconds === undefined ? '…' : `about ${formatDuration(progress.etaSeconds)}`}
        />
      </dl>
      {progress.resumed > 0 && (
        <p className="text-sm text-slate-600">
          Resumed: {n(progress.resumed)} entities were done before this run and are not read again.
        </p>
      )}
      {progress.waitingUntil !== undefined && <WaitingNotice until={progress.waitingUntil} />}
      {cancelling && (
        <p role="status" className="text-sm text-slate-700">
          Cancelling: waiting for the requests under way, then saving what is done…
        </p>
      )}
    </div>
  );
}

function Stat({ term, value }: { term: string; value: string }) {
  return (
    <div className="flex flex-col">
      <dt className="text-xs text-slate-500">{term}</dt>
      <dd className="font-medium tabular-nums text-slate-900">{value}</dd>
    </div>
  );
}

/** A 429: every request waits until the server's `Retry-After` has passed, counted down here. */
function WaitingNotice({ until }: { until: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.ceil((until - now) / 1000));
  return (
    <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900">
      Server asked us to wait… resuming in {seconds} s
    </p>
  );
}

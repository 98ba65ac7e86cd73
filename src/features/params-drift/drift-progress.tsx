import type { DriftProgress } from '../../api/drift/crawl-type';
import { Button } from '../../components/ui/button';
import type { DriftStatus } from './use-drift-run';

const n = (value: number) => value.toLocaleString('en');

const STATUS_TEXT: Record<DriftStatus, string> = {
  running: 'Reading params…',
  cancelling: 'Cancelling: waiting for the requests under way…',
  cancelled: 'Cancelled: the results below are from the entities read so far.',
  finished: 'Finished.',
  unauthorized:
    'Stopped: the server no longer accepts our sign-in (401). The results below are from the entities read so far.',
  failed: 'Stopped by an error. The results below are from the entities read so far.',
};

/** Where the crawl is: entities read of the type's total, requests, failures, and Cancel while it runs. */
export function DriftProgressPanel({
  status,
  progress,
  onCancel,
}: {
  status: DriftStatus;
  progress: DriftProgress;
  onCancel: () => void;
}) {
  const { total, read } = progress;
  const running = status === 'running' || status === 'cancelling';
  return (
    <section aria-label="Progress" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-3">
        <progress
          aria-label="Entities read"
          max={Math.max(total ?? 1, 1)}
          value={total === undefined ? undefined : read + progress.failures}
          className="h-3 min-w-48 flex-1 overflow-hidden rounded-full accent-blue-700"
        />
        {running && (
          <Button onClick={onCancel} disabled={status === 'cancelling'}>
            Cancel
          </Button>
        )}
      </div>
      <p className="text-sm font-medium text-slate-900">
        {total === undefined
          ? 'Listing the entities of this type…'
          : `${n(read)} of ${n(total)} entities read`}
      </p>
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <Stat term="Requests" value={n(progress.requests)} />
        <Stat term="Failures" value={n(progress.failures)} />
        <Stat term="In flight" value={n(running ? progress.inFlight : 0)} />
      </dl>
      <p role="status" className="text-sm text-slate-700">
        {STATUS_TEXT[status]}
      </p>
    </section>
  );
}

function Stat({ term, value }: { term: string; value: string }) {
  return (
    <div className="flex gap-1">
      <dt className="text-slate-600">{term}</dt>
      <dd className="font-medium tabular-nums text-slate-900">{value}</dd>
    </div>
  );
}

import type { ReactNode } from 'react';
import { Button } from '../../components/ui/button';
import { ErrorState, errorMessage } from '../../components/ui/error-state';
import { AuditTime } from './audit-time';
import { ConcurrencyField } from './concurrency-field';
import { n, plural } from './format';
import type { SavedProgress } from './journal-result';
import { ProgressPanel } from './progress-panel';
import type { useAuditRun } from './use-audit-run';

type Run = ReturnType<typeof useAuditRun>;

/** What the audit is doing, and the actions that fit: start, cancel, resume, start over, run again. */
export function RunPanel({ run }: { run: Run }) {
  const { phase } = run;
  const concurrency = (
    <ConcurrencyField
      value={run.concurrency}
      onChange={run.setConcurrency}
      disabled={phase.kind === 'running' || phase.kind === 'reading'}
    />
  );
  return (
    <section
      aria-label="Audit run"
      className="flex flex-col gap-3 border-b border-slate-200 bg-white px-4 py-3"
    >
      {!run.kept && (
        <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          This browser does not let the dashboard keep the audit’s progress (IndexedDB is not available): a
          cancel can be resumed while the page stays open, a reload starts over.
        </p>
      )}
      <PhaseBody run={run} concurrency={concurrency} />
    </section>
  );
}

function PhaseBody({ run, concurrency }: { run: Run; concurrency: ReactNode }) {
  const { phase } = run;
  switch (phase.kind) {
    case 'reading':
      return (
        <p role="status" className="text-sm text-slate-600">
          Looking for an earlier audit of this workspace…
        </p>
      );
    case 'new':
      return (
        <Actions concurrency={concurrency}>
          <Button variant="primary" onClick={run.start}>
            Start audit
          </Button>
          <p className="text-sm text-slate-600">
            Progress is kept in this browser: a cancel, a reload or an ended session costs no finished work.
          </p>
        </Actions>
      );
    case 'unfinished':
      return (
        <>
          <p className="text-sm text-slate-900">
            An earlier audit of this workspace was not finished: <Done saved={phase.saved} />
            {phase.saved.startedAt && (
              <>
                {' '}
                (started <AuditTime at={phase.saved.startedAt} />)
              </>
            )}
            .
          </p>
          <ResumeActions run={run} concurrency={concurrency} />
        </>
      );
    case 'running':
      return (
        <>
          <ProgressPanel progress={phase.progress} cancelling={phase.cancelling} />
          <Actions concurrency={concurrency}>
            <Button onClick={run.cancel} disabled={phase.cancelling}>
              {phase.cancelling ? 'Cancelling…' : 'Cancel'}
            </Button>
            <p className="text-sm text-slate-600">You may leave this page: finished work is kept.</p>
          </Actions>
        </>
      );
    case 'stopped':
      return (
        <>
          <Stopped why={phase.why} error={phase.error} saved={phase.saved} />
          <ResumeActions run={run} concurrency={concurrency} />
        </>
      );
    case 'finished':
      return (
        <Actions concurrency={concurrency}>
          <p className="text-sm text-slate-900">
            {phase.result.outcome === 'done' ? 'Audit complete' : 'Audit finished with problems'}
            {': '}
            {plural(phase.result.entities.length, 'entity', 'entities')}, finished{' '}
            <AuditTime at={phase.result.finishedAt} />.
          </p>
          {phase.result.outcome === 'partial' && (
            <Button onClick={run.resume}>Retry what could not be read</Button>
          )}
          <Button onClick={run.start}>Run again</Button>
        </Actions>
      );
    case 'restore-failed':
      return (
        <ErrorState
          title="The finished audit’s report could not be shown"
          error={phase.error}
          message={`Its progress is kept, but the workspace’s entity types could not be read: ${errorMessage(phase.error)}`}
          onRetry={run.retryRead}
        />
      );
  }
}

function Actions({ concurrency, children }: { concurrency: ReactNode; children: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      {children}
      <div className="ml-auto">{concurrency}</div>
    </div>
  );
}

function ResumeActions({ run, concurrency }: { run: Run; concurrency: ReactNode }) {
  return (
    <Actions concurrency={concurrency}>
      <Button variant="primary" onClick={run.resume}>
        Resume
      </Button>
      <Button onClick={run.start}>Start over</Button>
    </Actions>
  );
}

function Done({ saved }: { saved: SavedProgress }) {
  return (
    <span className="font-medium">
      {n(saved.done)} of {n(saved.found)} entities found are done
    </span>
  );
}

function Stopped({ why, error, saved }: { why: string; error: unknown; saved: SavedProgress }) {
  if (why === 'cancelled') {
    return (
      <p role="status" className="text-sm text-slate-900">
        Audit cancelled: <Done saved={saved} />. Resume to read only what is left.
      </p>
    );
  }
  const unauthorized = why === 'unauthorized';
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-900">
      <p className="font-semibold">
        {unauthorized ? 'Your VIKTOR session or token has ended' : 'The audit stopped'}
      </p>
      <p className="mt-1 break-words">
        {unauthorized
          ? 'The server no longer accepts the token the dashboard signs in with (401). Renew the token or sign in again, then resume.'
          : errorMessage(error)}{' '}
        <Done saved={saved} />, and that work is kept.
      </p>
    </div>
  );
}

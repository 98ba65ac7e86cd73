import { Link } from '@tanstack/react-router';
import type { AuditScope } from '../../api/audit/audit-types';
import type { Workspace } from '../../api/workspaces/schemas';
import { ErrorState } from '../../components/ui/error-state';
import { Main } from '../../components/ui/main-landmark';
import { SkeletonRows } from '../../components/ui/skeleton';
import { AuditReportView } from './audit-report';
import { RunPanel } from './run-panel';
import { useAuditRun } from './use-audit-run';
import { useAuditScope } from './use-audit-scope';

/** `/audit/:workspaceId`: crawl one workspace (read-only), follow it, resume it, read its report. */
export function AuditPage({ workspace }: { workspace: Workspace }) {
  const { scope, error, retry } = useAuditScope(workspace.id);
  return (
    <Main className="flex min-h-0 flex-1 flex-col overflow-auto bg-slate-50">
      <AuditHeader workspace={workspace} />
      {scope ? (
        // A new scope (another user signed in) is another audit, with its own journal.
        <AuditRun key={`${scope.environment}\u0000${scope.user}`} scope={scope} workspace={workspace} />
      ) : error ? (
        <div className="p-4">
          <ErrorState title="Could not tell who is signed in" error={error} onRetry={retry} />
        </div>
      ) : (
        <SkeletonRows rows={2} label="Loading…" />
      )}
    </Main>
  );
}

function AuditRun({ scope, workspace }: { scope: AuditScope; workspace: Workspace }) {
  const run = useAuditRun(scope, workspace);
  return (
    <>
      <RunPanel run={run} />
      {/* Keyed: a new run's report never shows the previous one's numbers while it is prepared. */}
      {run.phase.kind === 'finished' && (
        <AuditReportView key={run.phase.result.finishedAt} result={run.phase.result} />
      )}
    </>
  );
}

function AuditHeader({ workspace }: { workspace: Workspace }) {
  return (
    <header className="flex flex-col gap-1 border-b border-slate-200 bg-white px-4 py-3">
      <nav aria-label="Breadcrumbs" className="text-sm text-slate-600">
        <Link to="/audit" className="hover:underline">
          Archived workspaces
        </Link>
      </nav>
      <div className="flex flex-wrap items-baseline gap-x-4">
        <h1 className="text-lg font-semibold">Audit of {workspace.name}</h1>
        <Link
          to="/workspaces/$workspaceId"
          params={{ workspaceId: workspace.id }}
          className="text-sm font-medium text-blue-700 hover:underline"
        >
          Open the workspace
        </Link>
      </div>
      <p className="text-sm text-slate-600">
        Reads the whole entity tree and, for every entity, how many revisions it has and when the first and
        the last were saved. Only reads: nothing in the workspace is changed.
      </p>
      <ArchiveNote workspace={workspace} />
    </header>
  );
}

/** The audit is made for archived workspaces, and works on any an admin can read: say which this is. */
function ArchiveNote({ workspace }: { workspace: Workspace }) {
  if (workspace.is_archived === true) {
    return (
      <p className="text-sm text-slate-600">This workspace is archived: its contents no longer change.</p>
    );
  }
  return (
    <p role="note" className="rounded-md bg-amber-50 px-3 py-1.5 text-sm text-amber-900">
      {workspace.is_archived === false
        ? 'This workspace is not archived: people may change it while the audit runs, so the report is a snapshot.'
        : 'The server did not say whether this workspace is archived: if it is not, the report is a snapshot.'}
    </p>
  );
}

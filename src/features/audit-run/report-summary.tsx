import type { ReactNode } from 'react';
import type { AuditResult } from '../../api/audit/audit-types';
import type { AuditReport } from '../../api/audit/report';
import { NotSent } from '../../components/ui/unreadable';
import { AuditTime } from './audit-time';
import { n, plural } from './format';
import { EntityLink, ReportSection } from './report-section';

export function ReportSummary({ result, report }: { result: AuditResult; report: AuditReport }) {
  const workspaceId = result.scope.workspaceId;
  const perEntity = report.entities ? (result.requests / report.entities).toFixed(2) : undefined;
  return (
    <ReportSection title="Summary">
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-3">
        <Fact term="Outcome">
          {result.outcome === 'done'
            ? 'Complete: everything was read'
            : `Finished with ${plural(report.failures.length, 'problem')} (see “Could not be read”)`}
        </Fact>
        <Fact term="Entities">{n(report.entities)}</Fact>
        <Fact term="Revisions">{n(report.revisions.total)}</Fact>
        <Fact term="Last activity">
          {report.lastActivity ? (
            <>
              <AuditTime at={report.lastActivity.at} />, in{' '}
              <EntityLink
                workspaceId={workspaceId}
                id={report.lastActivity.id}
                path={report.lastActivity.path}
              />
            </>
          ) : (
            <NotSent />
          )}
        </Fact>
        <Fact term="Requests">
          {n(result.requests)}
          {perEntity && ` (${perEntity} per entity)`}
        </Fact>
        <Fact term="Environment and user">
          {result.scope.environment}, user #{result.scope.user}
        </Fact>
        <Fact term="Started">
          <AuditTime at={result.startedAt} />
        </Fact>
        <Fact term="Finished">
          <AuditTime at={result.finishedAt} />
        </Fact>
      </dl>
    </ReportSection>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 flex-col">
      <dt className="text-xs text-slate-500">{term}</dt>
      <dd className="min-w-0 break-words font-medium text-slate-900">{children}</dd>
    </div>
  );
}

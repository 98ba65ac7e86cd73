import type { AuditResult } from '../../api/audit/audit-types';
import { ErrorState } from '../../components/ui/error-state';
import { SkeletonRows } from '../../components/ui/skeleton';
import { ChangedAfterSection, TopLevelSection } from './activity-sections';
import { TimelineSection } from './activity-timeline';
import { DepthSection, PerTypeSection, RevisionsSection } from './distribution-sections';
import { ExportSection } from './export-section';
import { FailureSection } from './failure-section';
import { LastSavedBySection } from './last-saved-by';
import { ReportSummary } from './report-summary';
import { useAuditAnalysis } from './use-audit-analysis';

/** A finished audit: its report (computed off the main thread) and its exports. */
export function AuditReportView({ result }: { result: AuditResult }) {
  const { state, download, retry } = useAuditAnalysis(result);
  if (state.status === 'working') return <SkeletonRows rows={3} label="Preparing the report…" />;
  if (state.status === 'failed') {
    return (
      <div className="p-4">
        <ErrorState title="The report could not be prepared" error={state.error} onRetry={retry} />
      </div>
    );
  }
  const { report, csvSha256, paths } = state.analysis;
  const workspaceId = result.scope.workspaceId;
  return (
    <div className="grid gap-4 p-4 lg:grid-cols-2">
      <div className="flex flex-col gap-4 lg:col-span-2">
        <ReportSummary result={result} report={report} />
        <ExportSection csvSha256={csvSha256} download={download} />
        <FailureSection failures={report.failures} paths={paths} workspaceId={workspaceId} />
      </div>
      <PerTypeSection report={report} />
      <DepthSection report={report} />
      <RevisionsSection report={report} workspaceId={workspaceId} />
      <LastSavedBySection report={report} />
      <div className="flex flex-col gap-4 lg:col-span-2">
        <TimelineSection report={report} />
        <ChangedAfterSection report={report} workspaceId={workspaceId} />
        <TopLevelSection report={report} workspaceId={workspaceId} />
      </div>
    </div>
  );
}

import { DeviationList } from './deviation-list';
import { DriftProgressPanel } from './drift-progress';
import { FailureList } from './failure-list';
import { PresenceChart } from './presence-chart';
import { SchemaTable } from './schema-table';
import { useDriftRun } from './use-drift-run';

/** One type's drift: crawled on mount (the page keys it by workspace and type), results as they come. */
export function DriftReport({ workspaceId, entityTypeId }: { workspaceId: number; entityTypeId: number }) {
  const { view, cancel, retryEntity, retryList } = useDriftRun(workspaceId, entityTypeId);
  const running = view.status === 'running' || view.status === 'cancelling';
  return (
    <div className="flex flex-col gap-6">
      <DriftProgressPanel status={view.status} progress={view.progress} onCancel={cancel} />
      <FailureList
        workspaceId={workspaceId}
        failures={view.failures}
        onRetryEntity={retryEntity}
        onRetryList={retryList}
        canRetryList={!running}
      />
      <DeviationList workspaceId={workspaceId} deviating={view.deviating} entities={view.entities} />
      <PresenceChart schema={view.schema} />
      <SchemaTable schema={view.schema} entities={view.entities} />
    </div>
  );
}

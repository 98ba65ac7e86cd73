import { ComputeForm } from './compute-form';
import { JobOutcome } from './job-outcome';
import { JobProgress } from './job-progress';
import { useJobRunner } from './use-job-runner';

type Props = {
  workspaceId: number;
  entityId: number;
  entityParams: Record<string, unknown> | undefined;
  /** Why this user may not run methods here (viewer rights, archived workspace); authoritative. */
  readOnlyReason?: string;
};

function Panel({ workspaceId, entityId, entityParams, readOnlyReason }: Props) {
  const { run, busy, start, cancel } = useJobRunner(workspaceId, entityId);
  return (
    <section aria-labelledby={`compute-${entityId}-heading`} className="space-y-4">
      <h2 id={`compute-${entityId}-heading`} className="text-base font-semibold">
        Run a controller method
      </h2>
      <ComputeForm
        entityParams={entityParams}
        readOnlyReason={readOnlyReason}
        busy={busy}
        onRun={(request) => void start(request)}
        onCancel={cancel}
      />
      <JobProgress run={run} />
      <JobOutcome run={run} />
    </section>
  );
}

/** Runs a controller method on an entity (the SDK's `entity_compute`) and shows how it ends. */
export function ComputePanel(props: Props) {
  // Keyed per entity: moving to another entity stops watching the old job and clears the form.
  return <Panel key={`${props.workspaceId}-${props.entityId}`} {...props} />;
}

import type { AuditFailure } from '../../api/audit/audit-types';
import { ShowMore, useCapped } from './capped';
import { plural } from './format';
import { EntityLink, ReportSection } from './report-section';

const STEPS: Record<AuditFailure['step'], string> = {
  children: 'its children could not be listed',
  revisions: 'its revisions could not be read',
  'list-item': 'an item of a list could not be read',
  workspace: 'the workspace could not be read',
  'entity-types': 'the entity types could not be read (type names were taken from the entities)',
};

type Props = { failures: AuditFailure[]; paths: Record<number, string>; workspaceId: number };

/** Everything the audit could not read, each with the server's reason: the report is only this complete. */
export function FailureSection({ failures, paths, workspaceId }: Props) {
  const capped = useCapped(failures);
  return (
    <ReportSection title="Could not be read">
      {failures.length === 0 ? (
        <p className="text-sm text-slate-700">Everything was read: no entity, list or history failed.</p>
      ) : (
        <>
          <p className="text-sm text-slate-700">
            {plural(failures.length, 'problem')}. Run “Retry what could not be read” to try these again; the
            rest is not read again.
          </p>
          <ul aria-label="Problems" className="flex flex-col divide-y divide-slate-100 text-sm">
            {capped.shown.map((failure, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a failure may name no entity
              <li key={index} className="py-1.5">
                <FailureText failure={failure} paths={paths} workspaceId={workspaceId} />
              </li>
            ))}
          </ul>
          <ShowMore capped={capped} noun="problems" />
        </>
      )}
    </ReportSection>
  );
}

function FailureText({ failure, paths, workspaceId }: { failure: AuditFailure } & Omit<Props, 'failures'>) {
  const { entityId, listedUnder } = failure;
  const listed = failure.step === 'list-item';
  return (
    <>
      {entityId !== undefined && !listed ? (
        <EntityLink workspaceId={workspaceId} id={entityId} path={paths[entityId] ?? `Entity #${entityId}`} />
      ) : (
        <span className="font-medium">
          {listed
            ? `${entityId === undefined ? 'An item' : `Entity #${entityId}`} listed ${
                listedUnder === null || listedUnder === undefined
                  ? 'among the root entities'
                  : `under ${paths[listedUnder] ?? `entity #${listedUnder}`}`
              }`
            : 'The workspace'}
        </span>
      )}
      <span className="text-slate-700">
        {': '}
        {listed ? 'could not be read' : STEPS[failure.step]}
        {failure.status !== undefined ? ` (${failure.status})` : ''}
      </span>
      <p className="break-words text-red-800">{failure.reason}</p>
    </>
  );
}

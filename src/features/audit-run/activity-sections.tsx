import type { AuditReport } from '../../api/audit/report';
import { NotSent } from '../../components/ui/unreadable';
import { AuditTime } from './audit-time';
import { ShowMore, useCapped } from './capped';
import { plural } from './format';
import { Cell, EntityLink, NumberCell, ReportSection, ReportTable } from './report-section';

type Props = { report: AuditReport; workspaceId: number };

export function TopLevelSection({ report, workspaceId }: Props) {
  const capped = useCapped(report.perTopLevel);
  return (
    <ReportSection title="Last activity per top-level entity">
      <p className="text-sm text-slate-600">
        Each root entity with everything below it: the latest revision or update anywhere in its subtree.
      </p>
      <ReportTable
        columns={[{ label: 'Entity' }, { label: 'Entities', numeric: true }, { label: 'Last activity' }]}
      >
        {capped.shown.map((row) => (
          <tr key={row.id}>
            <Cell>
              <EntityLink workspaceId={workspaceId} id={row.id} path={row.name} />
            </Cell>
            <NumberCell value={row.entities} />
            <Cell>{row.lastActivity ? <AuditTime at={row.lastActivity} /> : <NotSent />}</Cell>
          </tr>
        ))}
      </ReportTable>
      <ShowMore capped={capped} noun="top-level entities" />
    </ReportSection>
  );
}

export function ChangedAfterSection({ report, workspaceId }: Props) {
  const changed = report.changedAfterWorkspace;
  const capped = useCapped(changed);
  const title = 'Changed after the workspace was last updated';
  if (!report.workspaceUpdatedAt) {
    return (
      <ReportSection title={title}>
        <p className="text-sm text-slate-600">
          The server did not send the workspace’s <code>updated_at</code>, so what changed after it cannot be
          told.
        </p>
      </ReportSection>
    );
  }
  return (
    <ReportSection title={title}>
      <p className="text-sm text-slate-700">
        The workspace’s own record was last updated <AuditTime at={report.workspaceUpdatedAt} />.{' '}
        {changed.length === 0
          ? 'No entity has a revision or an update after that.'
          : `${plural(changed.length, 'entity has', 'entities have')} a revision or an update after that, newest first:`}
      </p>
      {changed.length > 0 && (
        <ul
          aria-label="Entities changed after the workspace"
          className="flex flex-col divide-y divide-slate-100 text-sm"
        >
          {capped.shown.map((entity) => (
            <li key={entity.id} className="flex flex-wrap justify-between gap-x-4 py-1">
              <EntityLink workspaceId={workspaceId} id={entity.id} path={entity.path} />
              <span className="text-slate-600">
                <AuditTime at={entity.at} />
              </span>
            </li>
          ))}
        </ul>
      )}
      <ShowMore capped={capped} noun="entities" />
    </ReportSection>
  );
}

import type { AuditReport } from '../../api/audit/report';
import { useUserName } from '../../api/users/user-names';
import { ShowMore, useCapped } from './capped';
import { plural } from './format';
import { Cell, NumberCell, ReportSection, ReportTable } from './report-section';

/**
 * Who saved each entity last, from `last_updated_by`. The API has no user lookup: the current user is
 * named, anyone else is a user id.
 */
export function LastSavedBySection({ report }: { report: AuditReport }) {
  const userName = useUserName();
  const capped = useCapped(report.lastSavedBy);
  return (
    <ReportSection title="Who saved last">
      <ReportTable columns={[{ label: 'User' }, { label: 'Entities saved last', numeric: true }]}>
        {capped.shown.map((row) => (
          <tr key={row.userId}>
            <Cell>{userName(row.userId)}</Cell>
            <NumberCell value={row.entities} />
          </tr>
        ))}
      </ReportTable>
      <ShowMore capped={capped} noun="users" />
      {report.lastSavedByNotSent > 0 && (
        <p className="text-sm text-slate-600">
          For {plural(report.lastSavedByNotSent, 'entity', 'entities')} the server did not say who saved last.
        </p>
      )}
    </ReportSection>
  );
}

import type { AuditReport } from '../../api/audit/report';
import { NotSent } from '../../components/ui/unreadable';
import { ShowMore, useCapped } from './capped';
import { n, plural } from './format';
import { Cell, EntityLink, NumberCell, ReportSection, ReportTable } from './report-section';

export function PerTypeSection({ report }: { report: AuditReport }) {
  const capped = useCapped(report.perType);
  return (
    <ReportSection title="Entities per type">
      <ReportTable columns={[{ label: 'Type' }, { label: 'Entities', numeric: true }]}>
        {capped.shown.map((row) => (
          <tr key={row.type}>
            <Cell>{row.type === 'type not sent' ? <NotSent text="type not sent" /> : row.type}</Cell>
            <NumberCell value={row.count} />
          </tr>
        ))}
      </ReportTable>
      <ShowMore capped={capped} noun="types" />
    </ReportSection>
  );
}

export function DepthSection({ report }: { report: AuditReport }) {
  return (
    <ReportSection title="Depth">
      <p className="text-sm text-slate-600">
        Level 1 holds the root entities, level 2 their children, and so on.
      </p>
      <ReportTable columns={[{ label: 'Level' }, { label: 'Entities', numeric: true }]}>
        {report.perLevel.map((row) => (
          <tr key={row.level}>
            <Cell>Level {row.level}</Cell>
            <NumberCell value={row.count} />
          </tr>
        ))}
      </ReportTable>
    </ReportSection>
  );
}

export function RevisionsSection({ report, workspaceId }: { report: AuditReport; workspaceId: number }) {
  const { revisions } = report;
  const largest = Math.max(1, ...revisions.buckets.map((bucket) => bucket.count));
  const counted = revisions.buckets.reduce((sum, bucket) => sum + bucket.count, 0);
  return (
    <ReportSection title="Revisions per entity">
      <p className="text-sm text-slate-700">
        {plural(revisions.total, 'revision')} in all
        {revisions.median !== undefined && <>; median {n(revisions.median)} per entity</>}
        {revisions.most && (
          <>
            ; most: <EntityLink workspaceId={workspaceId} id={revisions.most.id} path={revisions.most.path} />{' '}
            with {n(revisions.most.count)}
          </>
        )}
        .
      </p>
      {revisions.notRead > 0 && (
        <p className="text-sm text-amber-900">
          The history of {plural(revisions.notRead, 'entity', 'entities')} could not be read: not counted here
          (see “Could not be read”).
        </p>
      )}
      <ReportTable
        columns={[{ label: 'Revisions' }, { label: 'Entities', numeric: true }, { label: 'Share' }]}
      >
        {revisions.buckets.map((bucket) => (
          <tr key={bucket.label}>
            <Cell>{bucket.label}</Cell>
            <NumberCell value={bucket.count} />
            <Cell>
              <span className="flex items-center gap-2">
                <span className="w-10 text-right text-xs tabular-nums text-slate-600">
                  {counted ? Math.round((bucket.count / counted) * 100) : 0}%
                </span>
                <span
                  aria-hidden="true"
                  className="block h-3 rounded-sm bg-blue-600"
                  style={{ width: `${(bucket.count / largest) * 80}%`, minWidth: bucket.count ? 2 : 0 }}
                />
              </span>
            </Cell>
          </tr>
        ))}
      </ReportTable>
    </ReportSection>
  );
}

import type { AuditReport } from '../../api/audit/report';
import { formatMonth, n, plural } from './format';
import { Cell, NumberCell, ReportSection, ReportTable } from './report-section';

type Month = AuditReport['timeline'][number];

const WIDTH = 720;
const HEIGHT = 180;
const LEFT = 44;
const BOTTOM = 22;
const TOP = 8;

export function TimelineSection({ report }: { report: AuditReport }) {
  const { timeline, undated } = report;
  return (
    <ReportSection title="Activity timeline">
      <p className="text-sm text-slate-700">
        Revisions per month over the workspace’s life. Only the first and the last revision of each entity are
        dated: the audit reads two revisions per entity, not whole histories.{' '}
        {undated > 0
          ? `${plural(undated, 'revision')} in between ${undated === 1 ? 'is' : 'are'} counted in the totals but not in this chart.`
          : 'No revision is left out of this chart.'}
      </p>
      {timeline.length === 0 ? (
        <p className="text-sm text-slate-600">No revision carries a date the server sent.</p>
      ) : (
        <>
          <TimelineChart timeline={timeline} />
          <Legend />
          <details className="text-sm">
            <summary className="cursor-pointer font-medium text-blue-700">Show as table</summary>
            <ReportTable
              caption="Dated revisions per month"
              columns={[
                { label: 'Month' },
                { label: 'First revisions', numeric: true },
                { label: 'Last revisions', numeric: true },
                { label: 'Total', numeric: true },
              ]}
            >
              {timeline.map((month) => (
                <tr key={month.month}>
                  <Cell>{formatMonth(month.month)}</Cell>
                  <NumberCell value={month.first} />
                  <NumberCell value={month.last} />
                  <NumberCell value={month.first + month.last} />
                </tr>
              ))}
            </ReportTable>
          </details>
        </>
      )}
    </ReportSection>
  );
}

function chartLabel(timeline: Month[]): string {
  const totals = timeline.map((month) => month.first + month.last);
  const dated = totals.reduce((sum, total) => sum + total, 0);
  const peakIndex = totals.indexOf(Math.max(...totals));
  const peak = timeline[peakIndex] as Month;
  const from = formatMonth((timeline[0] as Month).month);
  const to = formatMonth((timeline.at(-1) as Month).month);
  return (
    `Dated revisions per month from ${from} to ${to}: ${n(dated)} in all, the most ` +
    `(${n(totals[peakIndex] ?? 0)}) in ${formatMonth(peak.month)}. The same numbers are in the table below.`
  );
}

/** Hand-written SVG: one stacked bar per month, first revisions below, last revisions on top. */
function TimelineChart({ timeline }: { timeline: Month[] }) {
  const max = Math.max(1, ...timeline.map((month) => month.first + month.last));
  const plotWidth = WIDTH - LEFT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const step = plotWidth / timeline.length;
  const gap = step > 4 ? 1 : 0;
  const y = (value: number) => (value / max) * plotHeight;
  const labelled = axisLabels(timeline);
  return (
    <svg
      role="img"
      aria-label={chartLabel(timeline)}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      className="h-auto w-full max-w-3xl text-slate-500"
    >
      <line x1={LEFT} x2={WIDTH} y1={TOP + plotHeight} y2={TOP + plotHeight} stroke="currentColor" />
      <text x={LEFT - 6} y={TOP + 8} textAnchor="end" fontSize="11" fill="currentColor">
        {n(max)}
      </text>
      <text x={LEFT - 6} y={TOP + plotHeight} textAnchor="end" fontSize="11" fill="currentColor">
        0
      </text>
      {timeline.map((month, index) => {
        const x = LEFT + index * step;
        const firstHeight = y(month.first);
        const lastHeight = y(month.last);
        return (
          <g key={month.month}>
            <title>{`${formatMonth(month.month)}: ${n(month.first)} first, ${n(month.last)} last`}</title>
            <rect
              x={x}
              y={TOP + plotHeight - firstHeight}
              width={Math.max(0.5, step - gap)}
              height={firstHeight}
              className="fill-blue-700"
            />
            <rect
              x={x}
              y={TOP + plotHeight - firstHeight - lastHeight}
              width={Math.max(0.5, step - gap)}
              height={lastHeight}
              className="fill-sky-400"
            />
          </g>
        );
      })}
      {labelled.map((index) => (
        <text
          key={index}
          x={LEFT + index * step + step / 2}
          y={HEIGHT - 6}
          textAnchor="middle"
          fontSize="11"
          fill="currentColor"
        >
          {formatMonth((timeline[index] as Month).month)}
        </text>
      ))}
    </svg>
  );
}

/** The first and last month, and Januaries in between when they do not crowd each other. */
function axisLabels(timeline: Month[]): number[] {
  const last = timeline.length - 1;
  const minGap = Math.max(1, Math.ceil(timeline.length / 6));
  const picked = [0];
  timeline.forEach((month, index) => {
    if (index > 0 && index < last && month.month.endsWith('-01') && index - (picked.at(-1) ?? 0) >= minGap) {
      picked.push(index);
    }
  });
  if (last > 0) {
    if (last - (picked.at(-1) ?? 0) < minGap && picked.length > 1) picked.pop();
    picked.push(last);
  }
  return picked;
}

function Legend() {
  return (
    <p className="flex flex-wrap gap-4 text-xs text-slate-600">
      <span className="flex items-center gap-1">
        <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm bg-blue-700" /> First revision of
        an entity
      </span>
      <span className="flex items-center gap-1">
        <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm bg-sky-400" /> Last revision of an
        entity
      </span>
    </p>
  );
}

import { resolve } from 'node:path';
import type { AuditFailure } from '../../src/api/audit/audit-types';
import type { WorkspaceAudit } from './audit-workspace';
import { formatDuration } from './progress-line';
import { terminalText } from './terminal-text';

/**
 * What is printed when a workspace is done: one `name  value` line each, so a person reads it and a
 * CI step can `grep csv_sha256`. Names and reasons come from the server: printed as inert text.
 */
const FAILURES_SHOWN = 10;

const line = (name: string, value: string | number) => `  ${name.padEnd(20)} ${value}`;

function describeFailure(failure: AuditFailure): string {
  const where =
    failure.entityId !== undefined
      ? `entity ${failure.entityId}`
      : failure.listedUnder === null
        ? 'an item of the root list'
        : failure.listedUnder !== undefined
          ? `an item listed under ${failure.listedUnder}`
          : 'the workspace';
  const status = failure.status ? ` ${failure.status}` : '';
  return `    ${where}, ${failure.step}${status}: ${terminalText(failure.reason)}`;
}

export function workspaceSummary(audit: WorkspaceAudit): string {
  const { result, report, provenance, run, files } = audit;
  const entities = audit.rows.length;
  const lines = [
    `Workspace ${result.workspace.id} "${terminalText(result.workspace.name)}": ${result.outcome}`,
    line('entities', entities),
    line('requests', `${result.requests} (this run: ${run.requests})`),
    line('requests per entity', provenance.requests_per_entity ?? '–'),
    line('time', `${formatDuration(run.seconds)} this run (${run.seconds.toFixed(1)} s)`),
    line('rate', run.seconds > 0 ? `${(run.entities / run.seconds).toFixed(1)} entities/s` : '–'),
    line(
      'revisions',
      `${report.revisions.total}` +
        (report.revisions.median === undefined ? '' : ` (median ${report.revisions.median} per entity)`),
    ),
  ];
  if (report.lastActivity) {
    lines.push(
      line(
        'last activity',
        `${terminalText(report.lastActivity.at)} ${terminalText(report.lastActivity.path)}`,
      ),
    );
  }
  if (report.workspaceUpdatedAt) {
    lines.push(
      line(
        'changed after',
        `${report.changedAfterWorkspace.length} entities (${terminalText(report.workspaceUpdatedAt)})`,
      ),
    );
  }
  lines.push(line('not read', result.failures.length));
  for (const failure of result.failures.slice(0, FAILURES_SHOWN)) lines.push(describeFailure(failure));
  if (result.failures.length > FAILURES_SHOWN) {
    lines.push(`    … and ${result.failures.length - FAILURES_SHOWN} more (the JSON lists every one)`);
  }
  lines.push(line('csv_sha256', provenance.csv_sha256), line('outcome', result.outcome));
  if (files.csv) lines.push(line('csv', resolve(files.csv)));
  if (files.json) lines.push(line('json', resolve(files.json)));
  if (files.state) lines.push(line('state', resolve(files.state)));
  return `${lines.join('\n')}\n`;
}

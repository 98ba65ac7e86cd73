import { csvRecord } from '../../lib/csv';
import { stringifyJson } from '../../lib/exact-json';
import { createSha256 } from '../../lib/sha256';
import type { AuditResult } from './audit-types';
import { AUDIT_COLUMNS, type AuditRow } from './rows';

/**
 * The audit's two exports, written as chunks so a 100,000-entity export streams to a file (CLI) or a
 * download (browser, yielding between chunks) without one huge string. The page and the CLI call
 * these same generators, so the same audit gives the same CSV bytes, hence the same `csv_sha256`.
 */
const ROWS_PER_CHUNK = 1000;

export function* auditCsvChunks(rows: readonly AuditRow[]): Generator<string> {
  yield csvRecord(AUDIT_COLUMNS);
  for (let start = 0; start < rows.length; start += ROWS_PER_CHUNK) {
    let chunk = '';
    for (const row of rows.slice(start, start + ROWS_PER_CHUNK)) {
      chunk += csvRecord(AUDIT_COLUMNS.map((column) => row[column]));
    }
    yield chunk;
  }
}

/** SHA-256 hex of the CSV file's UTF-8 bytes. */
export function auditCsvSha256(rows: readonly AuditRow[]): string {
  const hash = createSha256();
  for (const chunk of auditCsvChunks(rows)) hash.update(chunk);
  return hash.hex();
}

export type AuditTool = { name: string; version: string };

export type AuditProvenance = {
  environment: string;
  user: string;
  workspace_id: number;
  outcome: AuditResult['outcome'];
  started_at: string;
  finished_at: string;
  requests: number;
  requests_per_entity: number | null;
  tool: string;
  tool_version: string;
  counts: { entities: number; revisions: number; failures: number };
  csv_sha256: string;
};

export function auditProvenance(
  result: AuditResult,
  rows: readonly AuditRow[],
  tool: AuditTool,
  csvSha256: string,
): AuditProvenance {
  const revisions = [...result.revisions.values()].reduce((sum, summary) => sum + summary.count, 0);
  return {
    environment: result.scope.environment,
    user: result.scope.user,
    workspace_id: result.scope.workspaceId,
    outcome: result.outcome,
    started_at: result.startedAt,
    finished_at: result.finishedAt,
    requests: result.requests,
    requests_per_entity: rows.length ? Number((result.requests / rows.length).toFixed(3)) : null,
    tool: tool.name,
    tool_version: tool.version,
    counts: { entities: rows.length, revisions, failures: result.failures.length },
    csv_sha256: csvSha256,
  };
}

/**
 * `{"workspace": …, "rows": [...], "failures": [...], "provenance": {…}}`: the workspace record as the
 * server sent it, the CSV's rows (fields not sent left out), what could not be read, and provenance.
 */
export function* auditJsonChunks(
  result: AuditResult,
  rows: readonly AuditRow[],
  provenance: AuditProvenance,
): Generator<string> {
  yield `{"workspace":${stringifyJson(result.workspace)},"rows":[`;
  for (let start = 0; start < rows.length; start += ROWS_PER_CHUNK) {
    const part = rows.slice(start, start + ROWS_PER_CHUNK).map((row) => JSON.stringify(row));
    yield (start === 0 ? '' : ',') + part.join(',');
  }
  yield `],"failures":${JSON.stringify(result.failures)},"provenance":${JSON.stringify(provenance)}}\n`;
}

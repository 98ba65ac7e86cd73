import type { AuditResult } from '../../api/audit/audit-types';
import { auditCsvChunks, auditJsonChunks, auditProvenance } from '../../api/audit/exports';
import { type AuditReport, buildAuditReport } from '../../api/audit/report';
import { type AuditRow, auditRows } from '../../api/audit/rows';
import { createSha256 } from '../../lib/sha256';
import { AUDIT_TOOL } from '../../lib/tool-version';

export type ExportFormat = 'csv' | 'json';

/** What the page shows of a finished audit: the report, the CSV's hash, the paths its failures name. */
export type AuditAnalysis = {
  report: AuditReport;
  csvSha256: string;
  /** Path of every entity a failure names (its own, or the one it was listed under). */
  paths: Record<number, string>;
};

/** Lets the page breathe between chunks when this runs on the main thread; a no-op in the worker. */
export type Pause = () => Promise<void>;

/** A finished audit's rows, kept so that exports need not rebuild them. */
export type Analysed = { result: AuditResult; rows: AuditRow[]; csvSha256: string };

async function csvSha256(rows: readonly AuditRow[], pause: Pause): Promise<string> {
  // The same chunks as the file, so the same bytes: this hash is the downloaded CSV's.
  const hash = createSha256();
  for (const chunk of auditCsvChunks(rows)) {
    hash.update(chunk);
    await pause();
  }
  return hash.hex();
}

export async function analyseAudit(
  result: AuditResult,
  pause: Pause,
): Promise<{ analysed: Analysed; analysis: AuditAnalysis }> {
  const rows = auditRows(result);
  await pause();
  const report = buildAuditReport(result, rows);
  await pause();
  const sha = await csvSha256(rows, pause);
  const pathOf = new Map(rows.map((row) => [row.id, row.path]));
  const paths: Record<number, string> = {};
  for (const failure of result.failures) {
    for (const id of [failure.entityId, failure.listedUnder]) {
      const path = typeof id === 'number' ? pathOf.get(id) : undefined;
      if (typeof id === 'number' && path !== undefined) paths[id] = path;
    }
  }
  return { analysed: { result, rows, csvSha256: sha }, analysis: { report, csvSha256: sha, paths } };
}

const TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
};

/** The export as a file, built chunk by chunk (never one 20 MB string). */
export async function auditFile(analysed: Analysed, format: ExportFormat, pause: Pause): Promise<Blob> {
  const { result, rows, csvSha256: sha } = analysed;
  const chunks =
    format === 'csv'
      ? auditCsvChunks(rows)
      : auditJsonChunks(result, rows, auditProvenance(result, rows, AUDIT_TOOL, sha));
  const parts: string[] = [];
  for (const chunk of chunks) {
    parts.push(chunk);
    await pause();
  }
  return new Blob(parts, { type: TYPES[format] });
}

export const auditFileName = (workspaceId: number, format: ExportFormat) =>
  `audit-workspace-${workspaceId}.${format}`;

import type { AuditProgress, AuditResult, AuditScope } from '../../src/api/audit/audit-types';
import { runAudit } from '../../src/api/audit/crawl';
import {
  type AuditProvenance,
  auditCsvChunks,
  auditCsvSha256,
  auditJsonChunks,
  auditProvenance,
} from '../../src/api/audit/exports';
import { createMemoryJournal } from '../../src/api/audit/journal';
import { type AuditReport, buildAuditReport } from '../../src/api/audit/report';
import { type AuditRow, auditRows } from '../../src/api/audit/rows';
import { createApiClient } from '../../src/lib/api-client';
import { isApiError } from '../../src/lib/api-error';
import { writeFileAtomically } from './atomic-file';
import type { Connection } from './connection';
import { createFileJournal } from './file-journal';
import { createProgressLine, type ProgressStream } from './progress-line';
import { refusedTokenError } from './refusals';
import { AUDIT_CLI_TOOL } from './tool';

/**
 * One workspace, the way the audit page does it: `runAudit` with a journal, then the rows, report,
 * CSV and JSON from the same functions, so the same audit gives the same bytes and `csv_sha256`.
 */
export type WorkspaceFiles = { csv?: string; json?: string; state?: string };

export type WorkspaceAudit = {
  result: AuditResult;
  rows: AuditRow[];
  report: AuditReport;
  provenance: AuditProvenance;
  files: WorkspaceFiles;
  /** This run only (a resume does less): requests sent, wall time, entities finished. */
  run: { requests: number; seconds: number; entities: number };
};

export type AuditWorkspaceOptions = {
  connection: Connection;
  scope: AuditScope;
  files: WorkspaceFiles;
  concurrency: number;
  signal: AbortSignal;
  stderr: ProgressStream;
};

/** Resolves `undefined` when cancelled (nothing written; the state file keeps what was done). */
export async function auditWorkspace(options: AuditWorkspaceOptions): Promise<WorkspaceAudit | undefined> {
  const { connection, scope, files } = options;
  let requests = 0;
  const client = createApiClient({
    baseUrl: connection.baseUrl,
    token: connection.token,
    onRequest: () => requests++,
  });
  const journal = files.state ? createFileJournal(files.state, scope) : createMemoryJournal();
  const progressLine = createProgressLine(options.stderr, `workspace ${scope.workspaceId}`);
  let last: AuditProgress | undefined;
  const started = performance.now();

  let result: AuditResult;
  try {
    result = await runAudit({
      client,
      scope,
      journal,
      concurrency: options.concurrency,
      signal: options.signal,
      onProgress: (progress) => {
        last = progress;
        progressLine.update(progress);
      },
    });
  } catch (error) {
    if (options.signal.aborted) return undefined;
    throw explain(error, scope.workspaceId);
  } finally {
    progressLine.end();
  }
  if (result.outcome === 'cancelled') return undefined;

  const rows = auditRows(result);
  const csvSha256 = auditCsvSha256(rows);
  const provenance = auditProvenance(result, rows, AUDIT_CLI_TOOL, csvSha256);
  if (files.csv) await writeFileAtomically(files.csv, auditCsvChunks(rows));
  if (files.json) await writeFileAtomically(files.json, auditJsonChunks(result, rows, provenance));
  return {
    result,
    rows,
    report: buildAuditReport(result, rows),
    provenance,
    files,
    run: {
      requests,
      seconds: (performance.now() - started) / 1000,
      entities: Math.max(0, rows.length - (last?.resumed ?? 0)),
    },
  };
}

/** A refused token, in words that say what to change; any other rejection as it came. */
function explain(error: unknown, workspaceId: number): unknown {
  if (isApiError(error) && (error.isUnauthorized || error.isForbidden)) {
    return refusedTokenError(error, `read workspace ${workspaceId}`);
  }
  return error;
}

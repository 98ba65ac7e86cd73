import type { AuditResult } from '../../api/audit/audit-types';
import type { AuditAnalysis, ExportFormat } from './audit-files';

/** Messages between the page and the audit worker, matched by `id`. */
export type AnalyserRequest =
  | { id: number; kind: 'analyse'; result: AuditResult }
  /** A file of the audit analysed last. */
  | { id: number; kind: 'file'; format: ExportFormat };

export type AnalyserReply =
  | { id: number; analysis: AuditAnalysis }
  | { id: number; file: Blob }
  | { id: number; error: string };

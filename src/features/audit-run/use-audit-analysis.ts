import { useCallback, useEffect, useState } from 'react';
import type { AuditResult } from '../../api/audit/audit-types';
import { saveFile } from '../../lib/save-file';
import { type AuditAnalyser, createAuditAnalyser } from './audit-analyser';
import { type AuditAnalysis, auditFileName, type ExportFormat } from './audit-files';

export type AnalysisState =
  | { status: 'working' }
  | { status: 'ready'; analysis: AuditAnalysis }
  | { status: 'failed'; error: unknown };

/** The report and CSV hash of a finished audit, computed off the main thread, and its downloads. */
export function useAuditAnalysis(result: AuditResult) {
  const [analyser, setAnalyser] = useState<AuditAnalyser>();
  const [state, setState] = useState<AnalysisState>({ status: 'working' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const created = createAuditAnalyser();
    setAnalyser(created);
    return () => created.dispose();
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` analyses again after a failure
  useEffect(() => {
    if (!analyser) return;
    let live = true;
    setState({ status: 'working' });
    analyser.analyse(result).then(
      (analysis) => live && setState({ status: 'ready', analysis }),
      (error: unknown) => live && setState({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [analyser, result, attempt]);

  const download = useCallback(
    async (format: ExportFormat) => {
      if (!analyser) throw new Error('The audit is still being prepared.');
      saveFile(await analyser.file(format), auditFileName(result.scope.workspaceId, format));
    },
    [analyser, result],
  );

  return { state, download, retry: useCallback(() => setAttempt((count) => count + 1), []) };
}

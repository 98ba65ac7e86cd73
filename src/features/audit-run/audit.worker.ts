import type { AnalyserReply, AnalyserRequest } from './analyser-protocol';
import { type Analysed, analyseAudit, auditFile } from './audit-files';

// The project's lib is DOM, not WebWorker: describe the two members of the worker scope used here.
type WorkerScope = {
  onmessage: ((event: MessageEvent<AnalyserRequest>) => void) | null;
  postMessage(message: AnalyserReply): void;
};

const scope = self as unknown as WorkerScope;
// Off the main thread there is no page to let breathe: run chunk after chunk.
const noPause = async () => {};
let analysed: Analysed | undefined;

scope.onmessage = async ({ data: request }) => {
  try {
    if (request.kind === 'analyse') {
      const done = await analyseAudit(request.result, noPause);
      analysed = done.analysed;
      scope.postMessage({ id: request.id, analysis: done.analysis });
    } else {
      if (!analysed) throw new Error('No audit has been analysed in this worker.');
      scope.postMessage({ id: request.id, file: await auditFile(analysed, request.format, noPause) });
    }
  } catch (error) {
    scope.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
};

import type { AuditResult } from '../../api/audit/audit-types';
import type { AnalyserReply, AnalyserRequest } from './analyser-protocol';
import { type Analysed, type AuditAnalysis, analyseAudit, auditFile, type ExportFormat } from './audit-files';

/**
 * Turns a finished audit into its report, CSV hash and export files. Rows and report of a
 * 100,000-entity audit take a second or more of pure computation, so it runs in a Web Worker and the
 * page stays responsive. Without `Worker` (jsdom) it runs here, yielding to the event loop between
 * chunks.
 */
export type AuditAnalyser = {
  analyse(result: AuditResult): Promise<AuditAnalysis>;
  /** A file of the audit analysed last. */
  file(format: ExportFormat): Promise<Blob>;
  dispose(): void;
};

export function createAuditAnalyser(): AuditAnalyser {
  if (typeof Worker === 'undefined') return inThreadAnalyser();
  try {
    return workerAnalyser(new Worker(new URL('./audit.worker.ts', import.meta.url), { type: 'module' }));
  } catch {
    return inThreadAnalyser();
  }
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function inThreadAnalyser(): AuditAnalyser {
  let analysed: Analysed | undefined;
  return {
    async analyse(result) {
      // Paint the "preparing" state first.
      await nextTask();
      const done = await analyseAudit(result, nextTask);
      analysed = done.analysed;
      return done.analysis;
    },
    async file(format) {
      if (!analysed) throw new Error('No audit has been analysed yet.');
      return auditFile(analysed, format, nextTask);
    },
    dispose() {
      analysed = undefined;
    },
  };
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

type Pending = { resolve: (reply: AnalyserReply) => void; reject: (reason: unknown) => void };

function workerAnalyser(worker: Worker): AuditAnalyser {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let broken: Error | undefined;

  worker.onmessage = ({ data: reply }: MessageEvent<AnalyserReply>) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if (!waiting) return;
    if ('error' in reply) waiting.reject(new Error(reply.error));
    else waiting.resolve(reply);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    broken = new Error(`The audit worker failed: ${event.message || 'unknown error'}`);
    for (const waiting of pending.values()) waiting.reject(broken);
    pending.clear();
  };

  function ask(request: WithoutId<AnalyserRequest>): Promise<AnalyserReply> {
    if (broken) return Promise.reject(broken);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id } as AnalyserRequest);
    });
  }

  return {
    async analyse(result) {
      const reply = await ask({ kind: 'analyse', result });
      if (!('analysis' in reply)) throw new Error('The audit worker sent no report.');
      return reply.analysis;
    },
    async file(format) {
      const reply = await ask({ kind: 'file', format });
      if (!('file' in reply)) throw new Error('The audit worker sent no file.');
      return reply.file;
    },
    dispose() {
      worker.terminate();
      broken = new Error('The audit page was closed.');
      for (const waiting of pending.values()) waiting.reject(broken);
      pending.clear();
    },
  };
}

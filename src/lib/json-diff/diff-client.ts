import type { DiffMode, DiffReply, DiffResult } from './compute-diff';
import type { DiffOptions } from './diff-types';

export type { DiffMode, DiffResult } from './compute-diff';

type Pending = { resolve: (result: DiffResult) => void; reject: (reason: unknown) => void };

// One worker for the page, created on first use: diffs queue in it instead of each paying a start-up.
let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function getWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./diff.worker.ts', import.meta.url), { type: 'module' });
  created.onmessage = (event: MessageEvent<DiffReply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    // No one waiting: that request was aborted, its answer is simply dropped.
    if (!waiting) return;
    pending.delete(reply.id);
    if ('error' in reply) waiting.reject(new Error(reply.error));
    else waiting.resolve(reply);
  };
  created.onerror = (event) => {
    // A worker that failed to load or crashed answers nobody: fail everyone now, start afresh next time.
    event.preventDefault();
    dropWorker();
    const error = new Error(`Diff worker failed: ${event.message || 'unknown error'}`);
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  worker = created;
  return created;
}

function dropWorker() {
  worker?.terminate();
  worker = null;
}

/**
 * Diffs two revisions off the main thread. Aborting rejects with the signal's reason; if that diff was
 * the only one in flight the worker is terminated (a 1 MB diff cannot be interrupted any other way) and
 * the next call starts a new one. Without `Worker` (jsdom, old runtimes) it runs here, after one
 * macrotask so the page can paint its pending state first.
 */
export function diffInWorker(
  before: unknown,
  after: unknown,
  options: DiffOptions = {},
  mode: DiffMode = 'changed',
  signal?: AbortSignal,
): Promise<DiffResult> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  if (typeof Worker === 'undefined') return diffOnMainThread(before, after, options, mode, signal);

  const target = getWorker();
  const id = nextId++;
  return new Promise<DiffResult>((resolve, reject) => {
    const onAbort = () => {
      pending.delete(id);
      if (pending.size === 0) dropWorker();
      reject(signal?.reason);
    };
    const settle =
      <T>(fn: (value: T) => void) =>
      (value: T) => {
        signal?.removeEventListener('abort', onAbort);
        fn(value);
      };
    pending.set(id, { resolve: settle(resolve), reject: settle(reject) });
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      target.postMessage({ id, before, after, options, mode });
    } catch (error) {
      // Not cloneable (a function, a class instance with private state): say so instead of hanging.
      pending.get(id)?.reject(error);
      pending.delete(id);
    }
  });
}

async function diffOnMainThread(
  before: unknown,
  after: unknown,
  options: DiffOptions,
  mode: DiffMode,
  signal?: AbortSignal,
): Promise<DiffResult> {
  await new Promise((resolve) => setTimeout(resolve));
  // Loaded on demand: with a worker (every real browser) the engine lives only in the worker's chunk.
  const { computeDiff } = await import('./compute-diff');
  signal?.throwIfAborted();
  return computeDiff(before, after, options, mode);
}

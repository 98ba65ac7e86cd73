import type {
  DiffMode,
  DiffReply,
  DiffRequest,
  DiffResult,
  InlineReply,
  InlineRequest,
} from './compute-diff';
import type { DiffOptions } from './diff-types';
import type { TextPart } from './inline-text-diff';

export type { DiffMode, DiffResult } from './compute-diff';
export type { TextPart } from './inline-text-diff';

type Reply = DiffReply | InlineReply;
type Pending = { resolve: (reply: Reply) => void; reject: (reason: unknown) => void };

// One worker for the page, created on first use: diffs queue in it instead of each paying a start-up.
let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function getWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./diff.worker.ts', import.meta.url), { type: 'module' });
  created.onmessage = (event: MessageEvent<Reply>) => {
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

type Request = Omit<DiffRequest, 'id'> | Omit<InlineRequest, 'id'>;

function ask(request: Request, signal?: AbortSignal): Promise<Reply> {
  const target = getWorker();
  const id = nextId++;
  return new Promise<Reply>((resolve, reject) => {
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
      target.postMessage({ id, ...request });
    } catch (error) {
      // Not cloneable (a function, a class instance with private state): say so instead of hanging.
      pending.get(id)?.reject(error);
      pending.delete(id);
    }
  });
}

// Without a worker the page must still paint its pending state first: compute after one macrotask.
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/**
 * Diffs two revisions off the main thread. Aborting rejects with the signal's reason; if that diff was
 * the only one in flight the worker is terminated (a 1 MB diff cannot be interrupted any other way) and
 * the next call starts a new one. Without `Worker` (jsdom, old runtimes) it runs here, after one
 * macrotask so the page can paint its pending state first.
 */
export async function diffInWorker(
  before: unknown,
  after: unknown,
  options: DiffOptions = {},
  mode: DiffMode = 'changed',
  signal?: AbortSignal,
): Promise<DiffResult> {
  signal?.throwIfAborted();
  if (typeof Worker !== 'undefined') {
    return (await ask({ before, after, options, mode }, signal)) as DiffResult & { id: number };
  }
  await nextTask();
  // Loaded on demand: with a worker (every real browser) the engine lives only in the worker's chunk.
  const { computeDiff } = await import('./compute-diff');
  signal?.throwIfAborted();
  return computeDiff(before, after, options, mode);
}

/**
 * The word-level parts of one long text change (a row's `text`), from the same worker. Asked per row
 * on screen rather than for every row of every diff: a word diff can take up to 150 ms, and a diff
 * with many long texts changed, or one computed only for its counts, should not pay for all of them.
 */
export async function inlineDiffInWorker(
  text: { from: string; to: string },
  signal?: AbortSignal,
): Promise<TextPart[]> {
  signal?.throwIfAborted();
  if (typeof Worker !== 'undefined') {
    const reply = await ask({ inline: { from: text.from, to: text.to } }, signal);
    return (reply as Extract<InlineReply, { parts: unknown }>).parts;
  }
  await nextTask();
  const { inlineTextDiff } = await import('./inline-text-diff');
  signal?.throwIfAborted();
  return inlineTextDiff(text.from, text.to);
}

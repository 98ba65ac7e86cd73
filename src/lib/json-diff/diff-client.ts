import type {
  DiffMode,
  DiffReply,
  DiffRequest,
  DiffResult,
  InlineReply,
  InlineRequest,
} from './compute-diff';
import type { DiffRow } from './diff-rows';
import type { DiffOptions } from './diff-types';
import type { TextPart } from './inline-text-diff';

export type { DiffMode, DiffResult } from './compute-diff';
export type { TextPart } from './inline-text-diff';

type Reply = DiffReply | InlineReply;
type Request = Omit<DiffRequest, 'id'> | Omit<InlineRequest, 'id'>;
type Pending = {
  resolve: (reply: Reply) => void;
  reject: (reason: unknown) => void;
  /** The row slices of a diff received so far (see ROWS_PER_MESSAGE). */
  rows: DiffRow[];
};

/**
 * One worker for the page, created on first use, and one request posted to it at a time: posting
 * copies both documents on the main thread (structured clone, tens of ms per MB), so ten diffs asked
 * for at once would freeze the page for all ten copies. The next request is posted when the worker
 * answers, each copy in its own task; the worker would have taken them one by one anyway.
 */
let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();
const queue: { id: number; request: Request }[] = [];
let inFlight: number | null = null;

function getWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./diff.worker.ts', import.meta.url), { type: 'module' });
  created.onmessage = (event: MessageEvent<Reply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    // A slice of a diff's rows: the worker is still busy answering, the rest follows.
    if ('more' in reply) {
      for (const row of reply.rows) waiting?.rows.push(row);
      return;
    }
    if (reply.id === inFlight) inFlight = null;
    pending.delete(reply.id);
    // No one waiting: that request was aborted, its answer is simply dropped.
    if (waiting) {
      if ('error' in reply) waiting.reject(new Error(reply.error));
      else if ('rows' in reply && waiting.rows.length > 0)
        waiting.resolve({ ...reply, rows: waiting.rows.concat(reply.rows) });
      else waiting.resolve(reply);
    }
    pump();
  };
  created.onerror = (event) => {
    // A worker that failed to load or crashed answers nobody: fail everyone now, start afresh next time.
    event.preventDefault();
    dropWorker();
    const error = new Error(`Diff worker failed: ${event.message || 'unknown error'}`);
    queue.length = 0;
    for (const waiting of [...pending.values()]) waiting.reject(error);
    pending.clear();
  };
  worker = created;
  return created;
}

function dropWorker() {
  worker?.terminate();
  worker = null;
  inFlight = null;
}

/** Posts the next queued request when the worker is free. */
function pump() {
  while (inFlight === null && queue.length > 0) {
    const { id, request } = queue.shift() as (typeof queue)[number];
    try {
      getWorker().postMessage({ id, ...request });
      inFlight = id;
    } catch (error) {
      // Not cloneable (a function, a class instance with private state): say so instead of hanging.
      pending.get(id)?.reject(error);
      pending.delete(id);
    }
  }
}

function ask(request: Request, signal?: AbortSignal): Promise<Reply> {
  const id = nextId++;
  return new Promise<Reply>((resolve, reject) => {
    const onAbort = () => {
      pending.delete(id);
      const queued = queue.findIndex((item) => item.id === id);
      if (queued !== -1) queue.splice(queued, 1);
      // A 1 MB diff cannot be interrupted any other way: the worker goes, the next one gets a new one.
      if (inFlight === id) dropWorker();
      reject(signal?.reason);
      pump();
    };
    const settle =
      <T>(fn: (value: T) => void) =>
      (value: T) => {
        signal?.removeEventListener('abort', onAbort);
        fn(value);
      };
    pending.set(id, { resolve: settle(resolve), reject: settle(reject), rows: [] });
    signal?.addEventListener('abort', onAbort, { once: true });
    queue.push({ id, request });
    pump();
  });
}

// Without a worker the page must still paint its pending state first: compute after one macrotask.
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/**
 * Diffs two revisions off the main thread. Aborting rejects with the signal's reason; a diff not yet
 * posted is dropped from the queue, the one being computed terminates the worker (a 1 MB diff cannot
 * be interrupted any other way) and the next request starts a new one. Without `Worker` (jsdom, old runtimes) it runs here, after one
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

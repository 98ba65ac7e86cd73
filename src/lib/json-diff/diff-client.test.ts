import { afterEach, describe, expect, it, vi } from 'vitest';
import { handleDiffRequest, handleWorkerRequest, ROWS_PER_MESSAGE, type WorkerRequest } from './compute-diff';
import { diffInWorker, inlineDiffInWorker } from './diff-client';

describe('diffInWorker without Worker (jsdom): main-thread fallback', () => {
  it('runs in jsdom, where there is no Worker', () => {
    expect(typeof Worker).toBe('undefined');
  });

  it('returns rows, counts and the time taken, not the entries no page reads', async () => {
    const result = await diffInWorker(
      { layers: [{ name: 'Clay', phi: 20 }] },
      { layers: [{ name: 'Clay', phi: 22 }] },
    );
    expect(result).not.toHaveProperty('entries');
    expect(result.rows.at(-1)).toMatchObject({ kind: 'changed', path: ['layers', 0, 'phi'] });
    expect(result.counts).toEqual({ added: 0, removed: 0, changed: 1, typeChanged: 0 });
    expect(result.rows.map((r) => r.label)).toEqual(['layers', '[name=Clay]', 'phi']);
    expect(result.ms).toBeGreaterThanOrEqual(0);
  });

  it('passes options and mode on', async () => {
    const result = await diffInWorker(
      { a: 1, b: 1, c: 1 },
      { a: 1 + 1e-12, b: 1, c: 1 },
      { tolerance: 1e-9 },
      'full',
    );
    expect(result.counts).toEqual({ added: 0, removed: 0, changed: 0, typeChanged: 0 });
    expect(result.rows).toMatchObject([{ kind: 'collapsed', hiddenCount: 3 }]);
  });

  it('yields to the event loop before computing, so the page can paint', async () => {
    let read = false;
    const before = {
      get a() {
        read = true;
        return 1;
      },
    };
    const pending = diffInWorker(before, { a: 2 });
    expect(read).toBe(false);
    await pending;
    expect(read).toBe(true);
  });

  it('rejects when aborted before or while waiting, without computing', async () => {
    const done = new AbortController();
    done.abort();
    await expect(diffInWorker({}, {}, {}, 'changed', done.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });

    const later = new AbortController();
    const pending = diffInWorker({ a: 1 }, { a: 2 }, {}, 'changed', later.signal);
    later.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('inlineDiffInWorker without Worker (jsdom)', () => {
  it('returns the word parts of a text change, after one macrotask', async () => {
    const pending = inlineDiffInWorker({ from: 'north row of piles', to: 'south row of piles' });
    await expect(pending).resolves.toEqual([
      { kind: 'removed', text: 'north' },
      { kind: 'added', text: 'south' },
      { kind: 'same', text: ' row of piles' },
    ]);
  });
});

describe('handleDiffRequest (the worker body)', () => {
  it('answers with the id, and turns a failure into an error reply', () => {
    const ok = handleDiffRequest({ id: 7, before: { a: 1 }, after: { a: 2 }, options: {}, mode: 'changed' });
    expect(ok).toMatchObject([{ id: 7, counts: { changed: 1 } }]);
    const hostile = {
      get a(): number {
        throw new Error('boom');
      },
    };
    expect(
      handleDiffRequest({ id: 8, before: hostile, after: { a: 1 }, options: {}, mode: 'changed' }),
    ).toEqual([{ id: 8, error: 'boom' }]);
  });

  it('sends a long diff back as slices of rows, the counts with the last', () => {
    const after = Object.fromEntries(
      Array.from({ length: ROWS_PER_MESSAGE * 2 + 1 }, (_, i) => [`k${i}`, i]),
    );
    const replies = handleDiffRequest({ id: 9, before: {}, after, options: {}, mode: 'changed' });
    expect(replies.map((reply) => ('rows' in reply ? reply.rows.length : reply))).toEqual([
      ROWS_PER_MESSAGE,
      ROWS_PER_MESSAGE,
      1,
    ]);
    expect(replies.slice(0, 2)).toMatchObject([
      { id: 9, more: true },
      { id: 9, more: true },
    ]);
    expect(replies[2]).toMatchObject({ id: 9, counts: { added: ROWS_PER_MESSAGE * 2 + 1 } });
    expect(replies[2]).not.toHaveProperty('more');
  });
});

/** Answers on demand, in any order, the way the real worker would, so the client's bookkeeping shows. */
class FakeWorker {
  static created: FakeWorker[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  inbox: WorkerRequest[] = [];
  terminated = false;
  constructor(readonly url: URL) {
    FakeWorker.created.push(this);
  }
  postMessage(request: WorkerRequest) {
    this.inbox.push(request);
  }
  /** Every message of that request's answer, each as its own event, like the worker's postMessage calls. */
  answer(index: number) {
    for (const data of handleWorkerRequest(this.inbox[index] as WorkerRequest)) this.onmessage?.({ data });
  }
  terminate() {
    this.terminated = true;
  }
}

describe('diffInWorker with a Worker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeWorker.created = [];
  });

  async function freshClient() {
    vi.stubGlobal('Worker', FakeWorker);
    vi.resetModules();
    return (await import('./diff-client')).diffInWorker;
  }

  it('shares one worker, posting the next request only once the previous is answered', async () => {
    const diff = await freshClient();
    const first = diff({ a: 1 }, { a: 2 });
    const second = diff({ b: 1 }, {});
    const worker = FakeWorker.created[0] as FakeWorker;
    expect(FakeWorker.created).toHaveLength(1);
    expect(worker.url.pathname).toMatch(/diff\.worker\.ts$/);
    // Posting copies the documents on the main thread: never several at once.
    expect(worker.inbox).toHaveLength(1);
    worker.answer(0);
    await expect(first).resolves.toMatchObject({ counts: { changed: 1 } });
    expect(worker.inbox).toHaveLength(2);
    worker.answer(1);
    await expect(second).resolves.toMatchObject({ counts: { removed: 1 } });
  });

  it('puts a diff sent in slices back together, and posts the next request only after its last slice', async () => {
    const diff = await freshClient();
    const after = Object.fromEntries(Array.from({ length: ROWS_PER_MESSAGE + 5 }, (_, i) => [`k${i}`, i]));
    const long = diff({}, after);
    const next = diff({ a: 1 }, {});
    const worker = FakeWorker.created[0] as FakeWorker;
    const [firstSlice, lastSlice] = handleWorkerRequest(worker.inbox[0] as WorkerRequest);
    worker.onmessage?.({ data: firstSlice });
    expect(worker.inbox).toHaveLength(1);
    worker.onmessage?.({ data: lastSlice });
    const result = await long;
    expect(result.rows.map((row) => row.label)).toEqual(Object.keys(after));
    expect(result.counts.added).toBe(ROWS_PER_MESSAGE + 5);
    expect(worker.inbox).toHaveLength(2);
    worker.answer(1);
    await expect(next).resolves.toMatchObject({ counts: { removed: 1 } });
  });

  it('drops a queued diff that is aborted without disturbing the one being computed', async () => {
    const diff = await freshClient();
    const controller = new AbortController();
    const running = diff({ a: 1 }, { a: 2 });
    const queued = diff({ b: 1 }, {}, {}, 'changed', controller.signal);
    const last = diff({}, { c: 1 });
    controller.abort();
    await expect(queued).rejects.toMatchObject({ name: 'AbortError' });
    const worker = FakeWorker.created[0] as FakeWorker;
    expect(worker.terminated).toBe(false);
    worker.answer(0);
    await expect(running).resolves.toMatchObject({ counts: { changed: 1 } });
    expect(worker.inbox).toHaveLength(2);
    worker.answer(1);
    await expect(last).resolves.toMatchObject({ counts: { added: 1 } });
  });

  it('asks the same worker for word parts, queued with the diffs', async () => {
    const diff = await freshClient();
    const { inlineDiffInWorker: inline } = await import('./diff-client');
    const whole = diff({ a: 1 }, { a: 2 });
    const words = inline({ from: 'north row', to: 'south row' });
    const worker = FakeWorker.created[0] as FakeWorker;
    expect(FakeWorker.created).toHaveLength(1);
    worker.answer(0);
    expect(worker.inbox[1]).toEqual({
      id: expect.any(Number),
      inline: { from: 'north row', to: 'south row' },
    });
    worker.answer(1);
    await expect(words).resolves.toEqual([
      { kind: 'removed', text: 'north' },
      { kind: 'added', text: 'south' },
      { kind: 'same', text: ' row' },
    ]);
    await expect(whole).resolves.toMatchObject({ counts: { changed: 1 } });
  });

  it('terminates the worker when the diff being computed is aborted, and starts a new one next time', async () => {
    const diff = await freshClient();
    const controller = new AbortController();
    const pending = diff({ a: 1 }, { a: 2 }, {}, 'changed', controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.created[0]?.terminated).toBe(true);
    const next = diff({ a: 1 }, { a: 3 });
    FakeWorker.created[1]?.answer(0);
    await expect(next).resolves.toMatchObject({ counts: { changed: 1 } });
  });

  it('rejects with the error a worker reports, and rejects everyone when the worker dies', async () => {
    const diff = await freshClient();
    const hostile = {
      get a(): number {
        throw new Error('boom');
      },
    };
    const failing = diff(hostile, {});
    FakeWorker.created[0]?.answer(0);
    await expect(failing).rejects.toThrow('boom');

    const waiting = [diff({}, { a: 1 }), diff({}, { b: 1 })];
    FakeWorker.created[0]?.onerror?.({ message: 'script error', preventDefault() {} });
    for (const promise of waiting) await expect(promise).rejects.toThrow(/Diff worker failed: script error/);
    expect(FakeWorker.created[0]?.terminated).toBe(true);
  });
});

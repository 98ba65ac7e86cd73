import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error';
import { abortableSleep, createRequestPool, type RequestPoolOptions } from './request-pool';

/**
 * A clock that only moves when the pool sleeps: a sleep returns after a microtask with the clock set
 * to its deadline (never back), so a wait of 30 s costs nothing and every start time is exact.
 */
function fakeClock() {
  let time = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => time,
    sleep: async (ms: number, signal?: AbortSignal) => {
      signal?.throwIfAborted();
      sleeps.push(ms);
      const until = time + ms;
      await Promise.resolve();
      time = Math.max(time, until);
      signal?.throwIfAborted();
    },
  };
}

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const httpError = (status: number, retryAfterMs?: number) =>
  new ApiError({ kind: 'http', status, message: `HTTP ${status}`, retryAfterMs });

/** Requests that stay open until the test lets them finish, recording how many were open at once. */
function heldRequests() {
  const open: (() => void)[] = [];
  let current = 0;
  let most = 0;
  let started = 0;
  const request = async () => {
    started++;
    current++;
    most = Math.max(most, current);
    const held = deferred();
    open.push(held.resolve);
    await held.promise;
    current--;
  };
  return {
    request,
    finishOne: () => open.shift()?.(),
    get started() {
      return started;
    },
    get most() {
      return most;
    },
    get open() {
      return open.length;
    },
  };
}

function poolWith(options: Partial<RequestPoolOptions> = {}) {
  const clock = fakeClock();
  const pool = createRequestPool({ concurrency: 2, now: clock.now, sleep: clock.sleep, ...options });
  return { pool, clock };
}

describe('createRequestPool: the concurrency bound', () => {
  it.each([
    { asked: 1, applied: 1 },
    { asked: 4, applied: 4 },
    { asked: 6, applied: 6 },
    { asked: 10, applied: 6 },
    { asked: 0, applied: 1 },
  ])('never has more than $applied in flight when asked for $asked', async ({ asked, applied }) => {
    const { pool } = poolWith({ concurrency: asked });
    expect(pool.concurrency).toBe(applied);
    const held = heldRequests();
    const total = 20;
    const all = Array.from({ length: total }, () => pool.run(held.request));
    for (let finished = 0; finished < total; finished++) {
      // Every free slot is taken, and no more than that.
      await vi.waitFor(() => expect(held.open).toBe(Math.min(applied, total - finished)), { interval: 1 });
      expect(pool.inFlight).toBeLessThanOrEqual(applied);
      held.finishOne();
    }
    await Promise.all(all);
    expect(held.started).toBe(total);
    expect(held.most).toBe(applied);
    expect(pool.maxInFlight).toBe(applied);
    expect(pool.inFlight).toBe(0);
  });

  it('hands back what the request resolved to', async () => {
    const { pool } = poolWith();
    await expect(pool.run(async () => 42)).resolves.toBe(42);
  });
});

describe('createRequestPool: 429', () => {
  it('pauses every request until Retry-After has passed, then retries the throttled one', async () => {
    const onPause = vi.fn();
    const { pool, clock } = poolWith({ concurrency: 2, onPause });
    const startedAt: Record<string, number[]> = {};
    const record = (name: string) => {
      startedAt[name] = [...(startedAt[name] ?? []), clock.now()];
    };
    const other = deferred();

    let throttled = false;
    const first = pool.run(async () => {
      record('first');
      if (!throttled) {
        throttled = true;
        throw httpError(429, 5000);
      }
      return 'first done';
    });
    // In flight when the 429 arrives: it finishes normally, but the requests after it wait.
    const second = pool.run(async () => {
      record('second');
      await other.promise;
    });
    const later = ['third', 'fourth', 'fifth'].map((name) => pool.run(async () => record(name)));

    await vi.waitFor(() => expect(onPause).toHaveBeenCalledWith(5000));
    other.resolve();

    await expect(first).resolves.toBe('first done');
    await Promise.all([second, ...later]);
    expect(startedAt.first).toEqual([0, 5000]);
    expect(startedAt.second).toEqual([0]);
    for (const name of ['third', 'fourth', 'fifth']) {
      expect(startedAt[name]?.[0], name).toBeGreaterThanOrEqual(5000);
    }
    // Told when the pause ended, too.
    expect(onPause).toHaveBeenLastCalledWith(undefined);
    expect(pool.pausedUntil).toBeUndefined();
  });

  it('without Retry-After pauses for a backoff that grows with each 429', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5); // no jitter: the backoff is exactly base × 2^n
    const { pool, clock } = poolWith({ baseDelayMs: 500 });
    const starts: number[] = [];
    let calls = 0;
    const result = pool.run(async () => {
      starts.push(clock.now());
      calls++;
      if (calls <= 3) throw httpError(429);
      return 'through';
    });
    await expect(result).resolves.toBe('through');
    // Paused 500, then 1000, then 2000 ms.
    expect(starts).toEqual([0, 500, 1500, 3500]);
  });

  it('gives up after maxRateLimitedAttempts and hands back the 429', async () => {
    const { pool } = poolWith({ maxRateLimitedAttempts: 3 });
    const request = vi.fn(async () => {
      throw httpError(429, 1000);
    });
    await expect(pool.run(request)).rejects.toMatchObject({ status: 429 });
    expect(request).toHaveBeenCalledTimes(3);
  });
});

describe('createRequestPool: other failures', () => {
  it('retries a 5xx with exponential backoff up to maxAttempts, then throws it', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const { pool, clock } = poolWith({ maxAttempts: 4, baseDelayMs: 100 });
    const request = vi.fn(async () => {
      throw httpError(502);
    });
    await expect(pool.run(request)).rejects.toMatchObject({ status: 502 });
    expect(request).toHaveBeenCalledTimes(4);
    expect(clock.sleeps).toEqual([100, 200, 400]);
  });

  it('keeps backoff within maxDelayMs', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const { pool, clock } = poolWith({ maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 3000 });
    await expect(
      pool.run(async () => {
        throw httpError(500);
      }),
    ).rejects.toMatchObject({ status: 500 });
    expect(clock.sleeps).toEqual([1000, 2000, 3000, 3000]);
  });

  it('succeeds when a retry of a 5xx or a network failure gets through', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const { pool } = poolWith();
    const failures = [
      httpError(500),
      new ApiError({ kind: 'network', message: 'Could not reach the server.' }),
      httpError(503),
    ];
    const request = vi.fn(async () => {
      const failure = failures.shift();
      if (failure) throw failure;
      return 'ok';
    });
    await expect(pool.run(request)).resolves.toBe('ok');
    expect(request).toHaveBeenCalledTimes(4);
  });

  it('waits at least a 503 Retry-After before retrying', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const { pool, clock } = poolWith({ baseDelayMs: 100 });
    let calls = 0;
    await pool.run(async () => {
      if (++calls === 1) throw httpError(503, 7000);
    });
    expect(clock.sleeps).toEqual([7000]);
  });

  it.each([400, 403, 404, 409])('does not retry a %i', async (status) => {
    const { pool, clock } = poolWith();
    const request = vi.fn(async () => {
      throw httpError(status);
    });
    await expect(pool.run(request)).rejects.toMatchObject({ status });
    expect(request).toHaveBeenCalledTimes(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('hands back an error that is not from the API without retrying it', async () => {
    const { pool } = poolWith();
    const request = vi.fn(async () => {
      throw new RangeError('a bug, not the network');
    });
    await expect(pool.run(request)).rejects.toThrow(RangeError);
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('frees the slot of a failed request for the next one', async () => {
    const { pool } = poolWith({ concurrency: 1 });
    await expect(
      pool.run(async () => {
        throw httpError(404);
      }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(pool.run(async () => 'next')).resolves.toBe('next');
    expect(pool.inFlight).toBe(0);
  });
});

describe('createRequestPool: abort', () => {
  it('rejects every queued request with the reason and starts none of them', async () => {
    const controller = new AbortController();
    const { pool } = poolWith({ concurrency: 1, signal: controller.signal });
    const held = heldRequests();
    const running = pool.run(held.request);
    const queued = Array.from({ length: 5 }, () => pool.run(held.request));
    await vi.waitFor(() => expect(held.open).toBe(1));

    const reason = new Error('cancelled by the user');
    controller.abort(reason);
    for (const request of queued) await expect(request).rejects.toBe(reason);
    held.finishOne();
    await running;
    expect(held.started).toBe(1);
    await expect(pool.run(held.request)).rejects.toBe(reason);
    expect(held.started).toBe(1);
  });

  it('stops waiting out a 429 pause', async () => {
    const controller = new AbortController();
    const clock = fakeClock();
    // A sleep that never ends unless aborted, as a long Retry-After would be.
    const sleep = (_ms: number, signal?: AbortSignal) =>
      new Promise<void>((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason)));
    const pool = createRequestPool({ concurrency: 2, now: clock.now, sleep, signal: controller.signal });
    const request = vi.fn(async () => {
      throw httpError(429, 60_000);
    });
    const throttled = pool.run(request);
    await vi.waitFor(() => expect(pool.pausedUntil).toBe(60_000));
    const reason = new Error('cancelled');
    controller.abort(reason);
    await expect(throttled).rejects.toBe(reason);
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('hands back the abort reason rather than retrying a request that failed because of it', async () => {
    const controller = new AbortController();
    const { pool } = poolWith({ signal: controller.signal });
    const request = vi.fn(async (signal: AbortSignal | undefined) => {
      controller.abort(new Error('cancelled'));
      throw signal?.reason;
    });
    await expect(pool.run(request)).rejects.toThrow('cancelled');
    expect(request).toHaveBeenCalledTimes(1);
  });
});

describe('abortableSleep', () => {
  it('rejects at once when aborted, without waiting for the timer', async () => {
    const controller = new AbortController();
    const sleeping = abortableSleep(60 * 60_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(sleeping).rejects.toThrow('stop');
  });

  it('rejects when the signal was already aborted', async () => {
    await expect(abortableSleep(0, AbortSignal.abort(new Error('already')))).rejects.toThrow('already');
  });
});

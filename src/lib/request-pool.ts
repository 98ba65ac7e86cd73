import { isApiError } from './api-error';

/**
 * Runs requests with at most `concurrency` in flight, the way a polite crawler must talk to a shared
 * server: a 429 pauses every request until its `Retry-After` has passed (or a backoff, without one), a
 * 5xx or a network failure is retried with exponential backoff, and any other error (a 4xx: retrying
 * cannot change the answer) is handed straight back.
 */
export type RequestPoolOptions = {
  concurrency: number;
  signal?: AbortSignal;
  /** Attempts per request for 5xx/network failures, the first included. */
  maxAttempts?: number;
  /** Attempts per request when the server keeps answering 429. */
  maxRateLimitedAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** For tests: a clock and a sleep that do not wait for real time. */
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Told whenever the shared pause for a 429 starts (epoch ms it ends) or ends (undefined). */
  onPause?: (until: number | undefined) => void;
};

export type RequestPool = {
  run<T>(request: (signal: AbortSignal | undefined) => Promise<T>): Promise<T>;
  /** The bound actually applied (the asked-for one, clamped to 1…6). */
  readonly concurrency: number;
  readonly inFlight: number;
  readonly maxInFlight: number;
  readonly pausedUntil: number | undefined;
};

export const MAX_CONCURRENCY = 6;

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function createRequestPool(options: RequestPoolOptions): RequestPool {
  const concurrency = Math.max(1, Math.min(MAX_CONCURRENCY, Math.floor(options.concurrency)));
  const maxAttempts = options.maxAttempts ?? 5;
  const maxRateLimitedAttempts = options.maxRateLimitedAttempts ?? 20;
  const baseDelayMs = options.baseDelayMs ?? 500;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? abortableSleep;
  const { signal } = options;

  let inFlight = 0;
  let maxInFlight = 0;
  let pausedUntil: number | undefined;
  const waiting: (() => void)[] = [];
  // A cancel must reach every request queued for a slot: a release wakes only one of them, and a
  // woken request that finds the signal aborted gives up without waking the next.
  signal?.addEventListener('abort', () => {
    for (const wake of waiting.splice(0)) wake();
  });

  const backoff = (attempt: number) =>
    Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1)) * (0.75 + Math.random() * 0.5);

  async function acquire(): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      if (pausedUntil !== undefined) {
        const wait = pausedUntil - now();
        if (wait > 0) {
          await sleep(wait, signal);
          continue;
        }
        pausedUntil = undefined;
        options.onPause?.(undefined);
      }
      if (inFlight < concurrency) {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        return;
      }
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
  }

  function release() {
    inFlight--;
    waiting.shift()?.();
  }

  function pauseFor(ms: number) {
    const until = now() + ms;
    if (pausedUntil === undefined || until > pausedUntil) {
      pausedUntil = until;
      options.onPause?.(until);
    }
  }

  async function run<T>(request: (signal: AbortSignal | undefined) => Promise<T>): Promise<T> {
    let failures = 0;
    let rateLimited = 0;
    for (;;) {
      await acquire();
      let error: unknown;
      try {
        return await request(signal);
      } catch (caught) {
        error = caught;
      } finally {
        release();
      }
      if (signal?.aborted || !isApiError(error)) throw error;
      if (error.status === 429) {
        rateLimited++;
        if (rateLimited >= maxRateLimitedAttempts) throw error;
        pauseFor(error.retryAfterMs ?? backoff(rateLimited));
        continue;
      }
      if (!error.isTransient) throw error;
      failures++;
      if (failures >= maxAttempts) throw error;
      // A 503 may say when to come back; never sooner than our own backoff.
      await sleep(Math.max(backoff(failures), error.retryAfterMs ?? 0), signal);
    }
  }

  return {
    run,
    concurrency,
    get inFlight() {
      return inFlight;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    get pausedUntil() {
      return pausedUntil;
    },
  };
}

import { type Query, type QueryCache, useQueryClient } from '@tanstack/react-query';
import { useRouterState } from '@tanstack/react-router';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useDelayedFlag } from '../../components/ui/delayed-pending';
import { isApiError } from '../../lib/api-error';

/** What the status line needs: the soonest next try, and whether VIKTOR asked us to slow down. */
export type RetryWait = {
  /** The server answered 429: it is rate limiting us, not failing. */
  throttled: boolean;
  /** When the soonest next try starts (epoch ms); undefined once it is under way. */
  retryAt: number | undefined;
};

type Waiting = { throttled: boolean; retryAt: number };

/** A query between a failed try and its next one (or in the next one): fetching with failures behind it. */
function isRetrying(query: Query): boolean {
  const { fetchStatus, fetchFailureCount, fetchFailureReason } = query.state;
  if (fetchStatus !== 'fetching' || fetchFailureCount === 0) return false;
  // Signed out is the session banner's business: those queries wait, paused, for a sign-in.
  return !(isApiError(fetchFailureReason) && fetchFailureReason.isSignedOut);
}

/**
 * The delay the query's own options give its next try, as TanStack Query computes it: with the count
 * of failures before this one (the `failed` action carries the count including it).
 */
function delayOf(query: Query, failureCount: number, error: unknown): number {
  const { retryDelay } = query.options;
  if (typeof retryDelay === 'function') return retryDelay(failureCount - 1, error as Error);
  if (typeof retryDelay === 'number') return retryDelay;
  return Math.min(1000 * 2 ** (failureCount - 1), 30_000);
}

/**
 * Watches the query cache for queries that are retrying, and keeps only what the status line shows.
 * Cheap on purpose: the cache emits an event for every fetch of every query; only a failure, or an
 * event of a query already waiting, is looked at, and listeners hear of a change only when the
 * summary itself changed. It listens to the cache only while it has listeners itself.
 */
export function createRetryWatch(cache: QueryCache, now: () => number = Date.now) {
  const waiting = new Map<string, Waiting>();
  const listeners = new Set<() => void>();
  let summary: RetryWait | null = null;
  let stopWatching: (() => void) | undefined;

  const summarise = (): RetryWait | null => {
    if (waiting.size === 0) return null;
    const all = [...waiting.values()];
    // 429s first: "slow down" says more than "retrying" when both happen.
    const throttled = all.some((entry) => entry.throttled);
    const relevant = throttled ? all.filter((entry) => entry.throttled) : all;
    const soonest = Math.min(...relevant.map((entry) => entry.retryAt));
    return { throttled, retryAt: soonest > now() ? soonest : undefined };
  };
  const update = () => {
    const next = summarise();
    if (next?.throttled === summary?.throttled && next?.retryAt === summary?.retryAt) return;
    summary = next;
    for (const listener of listeners) listener();
  };
  const track = (query: Query, failureCount: number, error: unknown) => {
    waiting.set(query.queryHash, {
      throttled: isApiError(error) && error.status === 429,
      retryAt: now() + delayOf(query, failureCount, error),
    });
  };

  const watch = () => {
    waiting.clear();
    // Whatever was already waiting when the watch began (its wait counted from now: close enough).
    for (const query of cache.findAll({ predicate: isRetrying })) {
      track(query, query.state.fetchFailureCount, query.state.fetchFailureReason);
    }
    update();
    return cache.subscribe((event) => {
      const { query } = event;
      if (event.type === 'updated' && event.action.type === 'failed' && isRetrying(query)) {
        track(query, event.action.failureCount, event.action.error);
        update();
      } else if (waiting.has(query.queryHash) && (event.type === 'removed' || !isRetrying(query))) {
        waiting.delete(query.queryHash);
        update();
      }
    });
  };

  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      stopWatching ??= watch();
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        stopWatching?.();
        stopWatching = undefined;
      };
    },
    /** Re-reads the clock: a wait whose time has come becomes "retrying now". */
    refresh: update,
    getSnapshot: () => summary,
  };
}

/** The wait to show and the clock to count it down with: one tick a second, only while something waits. */
function useRetryWait(): { wait: RetryWait | null; now: number } {
  const cache = useQueryClient().getQueryCache();
  const [watch] = useState(() => createRetryWatch(cache));
  const wait = useSyncExternalStore(watch.subscribe, watch.getSnapshot, watch.getSnapshot);
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!wait?.retryAt) return;
    setNow(Date.now());
    const timer = setInterval(() => {
      setNow(Date.now());
      watch.refresh();
    }, 1000);
    return () => clearInterval(timer);
  }, [wait, watch]);
  return { wait, now };
}

export function retryMessage(wait: RetryWait, now: number): string {
  const seconds = wait.retryAt === undefined ? 0 : Math.ceil((wait.retryAt - now) / 1000);
  const when = seconds > 0 ? `retrying in ${seconds} s…` : 'retrying now…';
  return wait.throttled ? `VIKTOR asked us to slow down: ${when}` : `A request to VIKTOR failed: ${when}`;
}

/**
 * Says, app-wide and without blocking anything, when requests are waiting to be tried again: rate
 * limited (429, waiting as long as Retry-After says) or after a server or network failure; and when
 * a page being opened is slow to load (the router keeps the page you were on meanwhile), after a
 * moment so a fast answer shows nothing. The live region is always there (so its changes are
 * announced) and empty when nothing waits.
 */
export function RequestStatus() {
  const navigating = useRouterState({ select: (state) => state.isLoading });
  return <RequestStatusLine opening={useDelayedFlag(navigating)} />;
}

/** The status line itself; `opening`: a page being opened has been loading for a noticeable time. */
export function RequestStatusLine({ opening }: { opening: boolean }) {
  const { wait, now } = useRetryWait();
  return (
    <div
      role="status"
      aria-live="polite"
      className="empty:hidden border-b border-sky-200 bg-sky-50 px-4 py-1.5 text-sm text-sky-950"
    >
      {wait ? retryMessage(wait, now) : opening ? 'Loading…' : null}
    </div>
  );
}

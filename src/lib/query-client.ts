import { onlineManager, QueryClient, type QueryKey } from '@tanstack/react-query';
import { isApiError } from './api-error';
import { session } from './session';

const MAX_RETRIES = 3;

/**
 * Only transient failures are retried (never a 4xx but 429), honouring `Retry-After`. A query that
 * failed because the user was signed out is retried without limit: the retry waits, paused, until
 * the session is back (below), so its page keeps what it shows and it resumes on its own.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.isSignedOut) return true;
  return isApiError(error) && error.isTransient && failureCount < MAX_RETRIES;
}

export function retryDelay(attempt: number, error: unknown): number {
  if (isApiError(error) && error.isSignedOut) return 0;
  if (isApiError(error) && error.retryAfterMs !== undefined) return Math.min(error.retryAfterMs, 60_000);
  return Math.min(1000 * 2 ** attempt, 15_000);
}

/**
 * TanStack Query pauses queries (and their retries) while "offline" and resumes them when back
 * online. Signed out is offline for our purposes: nothing can be fetched until the user signs in
 * again, and then everything should carry on without a reload. Real connectivity still counts.
 */
onlineManager.setEventListener((setOnline) => {
  const update = () => setOnline(globalThis.navigator?.onLine !== false && session.isSignedIn());
  globalThis.addEventListener?.('online', update);
  globalThis.addEventListener?.('offline', update);
  const unsubscribe = session.subscribe(update);
  update();
  return () => {
    globalThis.removeEventListener?.('online', update);
    globalThis.removeEventListener?.('offline', update);
    unsubscribe();
  };
});

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, gcTime: 5 * 60_000, retry: shouldRetry, retryDelay },
      // Writes are not idempotent: a failed one is reported, never silently repeated. They are sent
      // even while signed out ('always'), so a Save then says so at once instead of waiting unseen.
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}

/**
 * Resolves once the query under `queryKey` has data, has failed once, or is not fetching (paused while
 * signed out, or never started). Never waits for its retries: those can wait for a sign-in.
 */
export function firstAttemptSettled(queryClient: QueryClient, queryKey: QueryKey): Promise<void> {
  const cache = queryClient.getQueryCache();
  const settled = () => {
    const state = cache.find({ queryKey, exact: true })?.state;
    return (
      !state || state.data !== undefined || state.fetchFailureCount > 0 || state.fetchStatus !== 'fetching'
    );
  };
  if (settled()) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = cache.subscribe(() => {
      if (!settled()) return;
      unsubscribe();
      resolve();
    });
  });
}

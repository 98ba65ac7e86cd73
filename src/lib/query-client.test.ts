import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { createQueryClient, firstAttemptSettled } from './query-client';
import { session } from './session';

const key = ['first-attempt'];

/** A query function the test answers when it wants. */
function controlled<T>() {
  const answers: { resolve: (value: T) => void; reject: (error: unknown) => void }[] = [];
  const queryFn = () => new Promise<T>((resolve, reject) => answers.push({ resolve, reject }));
  return { queryFn, answers };
}

describe('firstAttemptSettled: what the first render waits for', () => {
  afterEach(() => session.markSignedIn());

  it('resolves once the query has its data', async () => {
    const client = createQueryClient();
    const { queryFn, answers } = controlled<string>();
    void client.prefetchQuery({ queryKey: key, queryFn });
    let settled = false;
    const waiting = firstAttemptSettled(client, key).then(() => {
      settled = true;
    });
    await Promise.resolve();
    expect(settled).toBe(false);
    answers[0]?.resolve('rows');
    await waiting;
    expect(client.getQueryData(key)).toBe('rows');
  });

  it('does not wait for retries: a transient failure settles it, and the retry carries on', async () => {
    const client = createQueryClient();
    const { queryFn, answers } = controlled<string>();
    void client.prefetchQuery({ queryKey: key, queryFn, retryDelay: 60_000 });
    const waiting = firstAttemptSettled(client, key);
    answers[0]?.reject(new ApiError({ kind: 'http', status: 503, message: 'Unavailable' }));
    await waiting;
    const state = client.getQueryState(key);
    expect(state?.fetchFailureCount).toBe(1);
    expect(state?.fetchStatus).toBe('fetching');
  });

  it('does not wait for a sign-in: a signed-out failure settles it', async () => {
    const client = createQueryClient();
    const { queryFn, answers } = controlled<string>();
    void client.prefetchQuery({ queryKey: key, queryFn });
    const waiting = firstAttemptSettled(client, key);
    answers[0]?.reject(new ApiError({ kind: 'signed-out', status: 200, message: 'Signed out' }));
    await waiting;
    expect(client.getQueryState(key)?.fetchFailureCount).toBe(1);
  });

  it('resolves at once when there is no such query, or it is not fetching', async () => {
    const client = createQueryClient();
    await firstAttemptSettled(client, key);
    client.setQueryData(key, 'cached');
    await firstAttemptSettled(client, key);
  });
});

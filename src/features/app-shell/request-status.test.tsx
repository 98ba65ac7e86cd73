import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../lib/api-error';
import { createQueryClient } from '../../lib/query-client';
import { createRetryWatch, RequestStatusLine } from './request-status';

const tooMany = (retryAfterMs?: number) =>
  new ApiError({ kind: 'http', status: 429, message: 'Too many requests', retryAfterMs });
const serverError = () => new ApiError({ kind: 'http', status: 500, message: 'Internal error' });

/** A query that fails with the given errors, one per try, then answers. */
function failingThen(errors: Error[]) {
  const queue = [...errors];
  return vi.fn(async () => {
    const next = queue.shift();
    if (next) throw next;
    return 'Foundation Design';
  });
}

function Workspace({ queryFn }: { queryFn: () => Promise<string> }) {
  const query = useQuery({ queryKey: ['workspaces', 'detail', 1], queryFn });
  if (query.isError) return <p>Could not load: {query.error.message}</p>;
  return <h1>{query.data ?? 'Loading'}</h1>;
}

function renderWithStatus(queryFn: () => Promise<string>) {
  const client = createQueryClient();
  render(
    <QueryClientProvider client={client}>
      <RequestStatusLine opening={false} />
      <Workspace queryFn={queryFn} />
    </QueryClientProvider>,
  );
  return client;
}

const status = () => screen.getByRole('status');
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
/** Past the moment of a retry: lets its answer travel through the cache to the screen. */
const settle = () => advance(100);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('RequestStatus', () => {
  it('is an empty polite live region while nothing waits', () => {
    renderWithStatus(async () => 'Foundation Design');
    expect(status()).toHaveAttribute('aria-live', 'polite');
    expect(status()).toBeEmptyDOMElement();
  });

  it('counts down the wait Retry-After asks for, then the data shows and the status empties', async () => {
    const queryFn = failingThen([tooMany(3000)]);
    renderWithStatus(queryFn);
    await advance(0);
    expect(status()).toHaveTextContent('VIKTOR asked us to slow down: retrying in 3 s…');
    expect(screen.getByRole('heading')).toHaveTextContent('Loading');

    await advance(1000);
    expect(status()).toHaveTextContent('VIKTOR asked us to slow down: retrying in 2 s…');
    expect(queryFn).toHaveBeenCalledTimes(1);

    await advance(2000);
    await settle();
    expect(screen.getByRole('heading')).toHaveTextContent('Foundation Design');
    expect(queryFn).toHaveBeenCalledTimes(2);
    expect(status()).toBeEmptyDOMElement();
  });

  it('without Retry-After, waits longer after each 429 (backoff)', async () => {
    const queryFn = failingThen([tooMany(), tooMany()]);
    renderWithStatus(queryFn);
    await advance(0);
    const first = status().textContent;
    expect(first).toMatch(/^VIKTOR asked us to slow down: retrying in \d+ s…$/);
    const firstWait = Number(/in (\d+) s/.exec(first ?? '')?.[1]);

    // The countdown is the real wait: not retried before it ends, retried when it does.
    await advance(firstWait * 1000 - 100);
    expect(queryFn).toHaveBeenCalledTimes(1);
    await advance(100);
    await settle();
    expect(queryFn).toHaveBeenCalledTimes(2);
    const secondWait = Number(/in (\d+) s/.exec(status().textContent ?? '')?.[1]);
    expect(secondWait).toBeGreaterThan(firstWait);

    await advance(secondWait * 1000);
    await settle();
    expect(screen.getByRole('heading')).toHaveTextContent('Foundation Design');
    expect(status()).toBeEmptyDOMElement();
  });

  it('says a failed request is retried after a server error, and goes once the retries give up', async () => {
    const queryFn = failingThen([serverError(), serverError(), serverError(), serverError()]);
    renderWithStatus(queryFn);
    await advance(0);
    expect(status()).toHaveTextContent(/^A request to VIKTOR failed: retrying in \d+ s…$/);

    await advance(60_000);
    expect(screen.getByText('Could not load: Internal error')).toBeVisible();
    expect(status()).toBeEmptyDOMElement();
  });

  it('does not count a signed-out query as retrying (the session banner speaks for those)', async () => {
    const signedOut = new ApiError({ kind: 'http', status: 401, message: 'Not signed in' });
    renderWithStatus(failingThen([signedOut]));
    await advance(0);
    expect(status()).toBeEmptyDOMElement();
  });
});

describe('RequestStatusLine', () => {
  it('says a page is loading when asked, and a retry wait takes precedence', async () => {
    const client = createQueryClient();
    const { rerender } = render(
      <QueryClientProvider client={client}>
        <RequestStatusLine opening />
      </QueryClientProvider>,
    );
    expect(status()).toHaveTextContent('Loading…');
    rerender(
      <QueryClientProvider client={client}>
        <RequestStatusLine opening />
        <Workspace queryFn={failingThen([tooMany(3000)])} />
      </QueryClientProvider>,
    );
    await advance(0);
    expect(status()).toHaveTextContent('VIKTOR asked us to slow down: retrying in 3 s…');
  });
});

describe('createRetryWatch', () => {
  it('tells its listeners nothing while queries simply succeed', async () => {
    const client = createQueryClient();
    const watch = createRetryWatch(client.getQueryCache());
    const listener = vi.fn();
    const stop = watch.subscribe(listener);
    for (let id = 1; id <= 20; id++) {
      await client.query({ queryKey: ['entities', 'detail', id], queryFn: async () => id });
    }
    expect(listener).not.toHaveBeenCalled();
    expect(watch.getSnapshot()).toBeNull();
    stop();
  });
});

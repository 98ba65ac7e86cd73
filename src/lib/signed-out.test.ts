import { type QueryClient, QueryObserver } from '@tanstack/react-query';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { mockServer } from '../../tests/fixtures/mock-server';
import { apiRequest, createApiClient } from './api-client';
import { isApiError } from './api-error';
import { createQueryClient } from './query-client';
import { session } from './session';

const user = z.looseObject({ id: z.int() });
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('recognising "signed out" in what answers an API call', () => {
  it('a 401: the token was rejected', async () => {
    mockServer.use(
      http.get('*/api/users/current/', () => HttpResponse.json({ detail: 'x' }, { status: 401 })),
    );
    const error = await failure(apiRequest('get', 'users/current/', user));
    expect(isApiError(error) && error.isSignedOut).toBe(true);
    expect(session.get().signedOut).toEqual({ reason: 'token-rejected' });
  });

  it('an auth proxy’s sign-in page (HTML, 200): the session ended, not "unreadable JSON"', async () => {
    mockServer.use(http.get('*/api/users/current/', () => HttpResponse.html('<form>Sign in</form>')));
    const error = await failure(apiRequest('get', 'users/current/', user));
    expect(isApiError(error) && error.kind).toBe('signed-out');
    expect(session.get().signedOut).toEqual({ reason: 'session-ended' });
  });

  it('a redirect to sign in, which is not followed', async () => {
    let followed = false;
    mockServer.use(
      http.get(
        '*/api/users/current/',
        () => new HttpResponse(null, { status: 302, headers: { location: '/oauth2/sign_in' } }),
      ),
      http.get('*/oauth2/sign_in', () => {
        followed = true;
        return HttpResponse.html('<form>Sign in</form>');
      }),
    );
    const error = await failure(apiRequest('get', 'users/current/', user));
    expect(isApiError(error) && error.kind).toBe('signed-out');
    expect(followed).toBe(false);
    expect(session.isSignedIn()).toBe(false);
  });

  it('a network failure whose probe meets a sign-in redirect: signed out; meeting nothing: the network', async () => {
    mockServer.use(
      http.get('*/api/users/current/', () => HttpResponse.error()),
      http.get(
        '*/runtime-config.json',
        () => new HttpResponse(null, { status: 302, headers: { location: '/login' } }),
        {
          once: true,
        },
      ),
    );
    const signedOut = await failure(apiRequest('get', 'users/current/', user));
    expect(isApiError(signedOut) && signedOut.kind).toBe('signed-out');

    session.reset();
    mockServer.use(http.get('*/runtime-config.json', () => HttpResponse.error()));
    const network = await failure(apiRequest('get', 'users/current/', user));
    expect(isApiError(network) && network.kind).toBe('network');
    expect(session.isSignedIn()).toBe(true);
  });

  it('a gateway’s HTML error page (502) is a server failure, not a sign-out', async () => {
    mockServer.use(
      http.get('*/api/users/current/', () => HttpResponse.html('<h1>Bad gateway</h1>', { status: 502 })),
    );
    const error = await failure(apiRequest('get', 'users/current/', user));
    expect(isApiError(error) && error.status).toBe(502);
    expect(session.isSignedIn()).toBe(true);
  });
});

describe('the pasted token', () => {
  it('is sent only once pasted, and not after it is forgotten', async () => {
    const seen: (string | null)[] = [];
    mockServer.use(
      http.get('*/api/users/current/', ({ request }) => {
        seen.push(request.headers.get('authorization'));
        return HttpResponse.json({ id: 1 });
      }),
    );
    await apiRequest('get', 'users/current/', user);
    session.signInWithToken('pasted-secret');
    await apiRequest('get', 'users/current/', user);
    session.forgetToken();
    await apiRequest('get', 'users/current/', user);
    expect(seen).toEqual([null, 'Bearer pasted-secret', null]);
    expect(session.get()).toEqual({ signedOut: { reason: 'token-forgotten' }, hasPastedToken: false });
  });

  it('is never the header of a client given its own token (the CLI, the paste form’s check)', async () => {
    let seen: string | null = null;
    mockServer.use(
      http.get('*/api/verify/', ({ request }) => {
        seen = request.headers.get('authorization');
        return HttpResponse.json({});
      }),
    );
    const client = createApiClient({ baseUrl: `${location.origin}/api/`, token: 'checked-one' });
    await apiRequest('get', 'verify/', z.unknown(), { client });
    expect(seen).toBe('Bearer checked-one');
  });
});

describe('queries while signed out', () => {
  it('pause instead of failing, keep their data, and resume by themselves once signed in again', async () => {
    let expired = false;
    let answered = 0;
    mockServer.use(
      http.get('*/api/users/current/', () => {
        answered++;
        return expired
          ? HttpResponse.json({ detail: 'x' }, { status: 401 })
          : HttpResponse.json({ id: answered });
      }),
    );
    const client: QueryClient = createQueryClient();
    // What QueryClientProvider does: follow onlineManager (and so the session).
    client.mount();
    const observer = new QueryObserver(client, {
      queryKey: ['me'],
      queryFn: ({ signal }) => apiRequest('get', 'users/current/', user, { signal }),
    });
    const states: string[] = [];
    const unsubscribe = observer.subscribe((result) => states.push(`${result.status}/${result.fetchStatus}`));
    await expect.poll(() => observer.getCurrentResult().data).toEqual({ id: 1 });

    expired = true;
    void observer.refetch();
    await expect.poll(() => observer.getCurrentResult().fetchStatus).toBe('paused');
    expect(observer.getCurrentResult()).toMatchObject({ status: 'success', data: { id: 1 } });
    expect(session.isSignedIn()).toBe(false);
    const asked = answered;

    expired = false;
    session.markSignedIn();
    await expect.poll(() => observer.getCurrentResult().data).toEqual({ id: asked + 1 });
    expect(states).not.toContain('error/idle');
    unsubscribe();
    client.unmount();
    client.clear();
  });

  it('do not even start while signed out, and start when the session is back', async () => {
    let answered = 0;
    mockServer.use(
      http.get('*/api/users/current/', () => {
        answered++;
        return HttpResponse.json({ id: 9 });
      }),
    );
    session.markSignedOut('session-ended');
    const client = createQueryClient();
    client.mount();
    const observer = new QueryObserver(client, {
      queryKey: ['me'],
      queryFn: ({ signal }) => apiRequest('get', 'users/current/', user, { signal }),
    });
    const unsubscribe = observer.subscribe(() => {});
    await expect.poll(() => observer.getCurrentResult().fetchStatus).toBe('paused');
    expect(answered).toBe(0);
    session.markSignedIn();
    await expect.poll(() => observer.getCurrentResult().data).toEqual({ id: 9 });
    unsubscribe();
    client.unmount();
    client.clear();
  });
});

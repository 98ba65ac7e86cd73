import { screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { mockServer } from '../../../tests/fixtures/mock-server';
import { renderApp } from '../../../tests/fixtures/render-app';
import { createQueryClient } from '../../lib/query-client';
import { DEFAULT_RUNTIME_CONFIG, RUNTIME_CONFIG_KEY, type RuntimeConfig } from '../../lib/runtime-config';

/**
 * The real route tree with the app's own QueryClient (tests/fixtures/render-app.tsx turns retries
 * off, and with them the pause-while-signed-out this file's tests are about), and the runtime config
 * in the cache before the first render, as main.tsx puts it there.
 */
export function renderWithSession(path: string, config: Partial<RuntimeConfig>) {
  const queryClient = createQueryClient();
  queryClient.setQueryData(RUNTIME_CONFIG_KEY, {
    ...DEFAULT_RUNTIME_CONFIG,
    environmentName: 'Test environment',
    ...config,
  });
  return renderApp(path, { queryClient });
}

export type SeenRequest = { method: string; path: string; authorization: string | null };

/**
 * The API as behind a proxy that forwards the browser's token: a request without `Bearer <token>`
 * (or with another one) is a 401, the rest go on to the mock server. `GET verify/` answers {} for
 * the right token. Every API request is recorded with the Authorization it carried.
 */
export function requireToken(token: string) {
  const seen: SeenRequest[] = [];
  let accepted = token;
  mockServer.use(
    http.all('*/api/*', ({ request }) => {
      const authorization = request.headers.get('authorization');
      seen.push({ method: request.method, path: new URL(request.url).pathname, authorization });
      if (authorization !== `Bearer ${accepted}`) {
        return HttpResponse.json({ detail: 'Invalid token.' }, { status: 401 });
      }
      return undefined;
    }),
    http.get('*/api/verify/', () => HttpResponse.json({})),
  );
  return {
    seen,
    /** The token is revoked: from now on only `next` is accepted. */
    rotate(next: string) {
      accepted = next;
    },
  };
}

/** The banner, found as a person finds it: the region named by its heading. */
export const banner = (name: string | RegExp) => screen.findByRole('region', { name });

// First: configures zod before any other module's code runs.
import './lib/zod-jitless';
// Then the remembered theme, on <html> before anything renders (src/lib/theme.ts).
import './lib/theme';
// Then the first request (in the build index.html has already run it, as an entry of its own).
import './first-request-entry';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { workspaceQueries } from './api/workspaces/queries';
import { firstAnswerIsIn, firstRequestFetch, runtimeConfigBody } from './first-request';
import { configureBrowserApi } from './lib/api-client';
import { APP_BASE_PATH } from './lib/app-base';
import { createQueryClient, firstAttemptSettled } from './lib/query-client';
import { apiBaseUrlOf, parseRuntimeConfig, RUNTIME_CONFIG_KEY } from './lib/runtime-config';
import { createAppRouter } from './router';
import './index.css';

async function start() {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');

  // Where the API is comes from the deployment's runtime config, so it is read before any request.
  // index.html preloads the file and src/first-request.ts has read it by now: no extra round trip.
  const config = parseRuntimeConfig(await runtimeConfigBody());
  configureBrowserApi(apiBaseUrlOf(config), { fetch: firstRequestFetch });

  const queryClient = createQueryClient();
  queryClient.setQueryData(RUNTIME_CONFIG_KEY, config);
  const router = createAppRouter({ queryClient, basepath: APP_BASE_PATH });
  // The route's loaders start now, while React sets up, instead of once RouterProvider has rendered
  // (RouterProvider finds this load under way and waits for it). On the workspace list the first
  // page is already on its way (first-request.ts): its loader takes that answer.
  const loaded = router.load().catch(console.error);
  // When the list's first page has already arrived (first-request.ts), it is read before React's
  // first render, so that render has the rows: one pass, instead of the shell with a skeleton and
  // then the list. Otherwise the shell renders at once and the list follows its answer.
  if (firstAnswerIsIn()) {
    await loaded;
    await firstAttemptSettled(queryClient, workspaceQueries.list({}).queryKey);
  }

  createRoot(root, {
    // An error an error boundary caught is shown on the page, where it happened (a failed request,
    // an unreadable answer): a warning for whoever debugs, not a console error on every failure.
    onCaughtError: (error) =>
      console.warn('Shown on the page:', error instanceof Error ? error.message : error),
  }).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
}

void start();

// First: configures zod before any other module's code runs.
import './lib/zod-jitless';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { configureBrowserApi } from './lib/api-client';
import { APP_BASE_PATH } from './lib/app-base';
import { createQueryClient } from './lib/query-client';
import { apiBaseUrlOf, fetchRuntimeConfig, RUNTIME_CONFIG_KEY } from './lib/runtime-config';
import { createAppRouter } from './router';
import './index.css';

async function start() {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');

  // Where the API is comes from the deployment's runtime config, so it is read before any request.
  // index.html preloads the file: this costs no extra round trip.
  const config = await fetchRuntimeConfig();
  configureBrowserApi(apiBaseUrlOf(config));

  const queryClient = createQueryClient();
  queryClient.setQueryData(RUNTIME_CONFIG_KEY, config);
  const router = createAppRouter({ queryClient, basepath: APP_BASE_PATH });

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

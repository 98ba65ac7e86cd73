import type { QueryClient } from '@tanstack/react-query';
import { createRouter, type RouterHistory } from '@tanstack/react-router';
import { PENDING_DELAY_MS, PENDING_MIN_MS } from './components/ui/delayed-pending';
import { NotFound } from './components/ui/not-found';
import { RouteError } from './components/ui/route-error';
import { SkeletonRows } from './components/ui/skeleton';
import { routeTree } from './routeTree.gen';

export type RouterContext = { queryClient: QueryClient };

/** Shared by main.tsx and the tests, so tests run the real route tree. */
export function createAppRouter({
  queryClient,
  history,
  basepath,
}: {
  queryClient: QueryClient;
  history?: RouterHistory;
  /** The folder the app is served from (`/tools/viktor`); `/` when left out. */
  basepath?: string;
}) {
  return createRouter({
    routeTree,
    history,
    basepath,
    context: { queryClient },
    defaultPreload: 'intent',
    // React Query decides freshness; the router must not cache loader results on its own.
    defaultPreloadStaleTime: 0,
    // A route whose loader answers within pendingMs never shows its pending state (no flicker); once
    // shown, it stays pendingMinMs. The skeleton then appears at once: the router already waited.
    defaultPendingMs: PENDING_DELAY_MS,
    defaultPendingMinMs: PENDING_MIN_MS,
    defaultPendingComponent: () => <SkeletonRows label="Loading…" delayMs={0} />,
    defaultErrorComponent: RouteError,
    defaultNotFoundComponent: () => <NotFound />,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}

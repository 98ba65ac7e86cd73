import { createRootRouteWithContext, Outlet } from '@tanstack/react-router';
import { AppHeader } from '../features/app-shell/app-header';
import type { RouterContext } from '../router';

export const Route = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
});

function RootLayout() {
  return (
    <div className="flex h-dvh flex-col">
      <AppHeader />
      <Outlet />
    </div>
  );
}

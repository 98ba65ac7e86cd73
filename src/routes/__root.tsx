import { createRootRouteWithContext, Outlet } from '@tanstack/react-router';
import { SkipToContent } from '../components/ui/skip-to-content';
import { AppHeader } from '../features/app-shell/app-header';
import { RequestStatus } from '../features/app-shell/request-status';
import { SessionBanner } from '../features/app-shell/session-banner';
import { SessionGate } from '../features/app-shell/session-gate';
import { useFocusAfterNavigation } from '../features/app-shell/use-focus-after-navigation';
import { PaletteLauncher } from '../features/command-palette/palette-launcher';
import type { RouterContext } from '../router';

export const Route = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
});

function RootLayout() {
  useFocusAfterNavigation();
  return (
    <div className="flex h-dvh flex-col">
      <SkipToContent />
      <AppHeader search={<PaletteLauncher />} />
      <SessionBanner />
      <RequestStatus />
      <SessionGate>
        <Outlet />
      </SessionGate>
    </div>
  );
}

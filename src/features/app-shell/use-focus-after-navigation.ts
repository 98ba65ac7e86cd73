import { useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { MAIN_CONTENT_ID } from '../../components/ui/main-landmark';

/** Something on the page has focus (not the body, not an element the page no longer has). */
function pageHasFocus(): boolean {
  const focused = document.activeElement;
  return Boolean(focused && focused !== document.body && focused.isConnected);
}

/**
 * A link that takes its own page away with it (a workspace row opening the workspace) leaves focus
 * on <body>: a screen reader says nothing, and Tab starts wherever the browser guesses. When focus
 * was on something before the page changed and is gone after it, it goes to the new page's main
 * landmark. Focus that survived (a tree row opening its entity, a tab in the entity's views) stays,
 * and a first load or a redirect with nothing focused is left alone, so the skip link stays first.
 */
export function useFocusAfterNavigation() {
  const router = useRouter();
  useEffect(() => {
    let hadFocus = false;
    const offBefore = router.subscribe('onBeforeNavigate', () => {
      hadFocus = pageHasFocus();
    });
    const offRendered = router.subscribe('onRendered', (event) => {
      if (!event.pathChanged || !hadFocus || pageHasFocus()) return;
      document.getElementById(MAIN_CONTENT_ID)?.focus({ preventScroll: true });
    });
    return () => {
      offBefore();
      offRendered();
    };
  }, [router]);
}

import { useRouter } from '@tanstack/react-router';
import { type MouseEvent, useEffect, useMemo } from 'react';

const WORKSPACE_ROUTE = '/workspaces/$workspaceId';
/** As long as a pointer rests on a link before its page is preloaded: the router's default for Link. */
const PREVIEW_DELAY_MS = 50;

export type WorkspaceLinks = {
  hrefOf: (workspaceId: number) => string;
  /** A plain click opens the workspace in the app; modified clicks (new tab, window) are the browser's. */
  open: (event: MouseEvent, workspaceId: number) => void;
  /** A pointer or focus resting on a link preloads the workspace's page, as Link's `preload: 'intent'`. */
  preview: (workspaceId: number) => void;
  endPreview: () => void;
};

/**
 * The rows' links to their workspace, without a router Link per row: a Link's hooks and router
 * subscription were a large part of what a row cost to render, in the list's first render and on
 * every scroll step. Plain anchors get their address built once per workspace and one set of handlers.
 */
export function useWorkspaceLinks(): WorkspaceLinks {
  const router = useRouter();
  const links = useMemo(() => {
    const hrefs = new Map<number, string>();
    let previewTimer: ReturnType<typeof setTimeout> | undefined;
    const endPreview = () => clearTimeout(previewTimer);
    return {
      hrefOf(workspaceId: number) {
        let href = hrefs.get(workspaceId);
        if (href === undefined) {
          const location = router.buildLocation({ to: WORKSPACE_ROUTE, params: { workspaceId } });
          href = router.history.createHref(location.publicHref);
          hrefs.set(workspaceId, href);
        }
        return href;
      },
      open(event: MouseEvent, workspaceId: number) {
        if (event.defaultPrevented || event.button !== 0) return;
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        endPreview();
        void router.navigate({ to: WORKSPACE_ROUTE, params: { workspaceId } });
      },
      preview(workspaceId: number) {
        endPreview();
        previewTimer = setTimeout(() => {
          router.preloadRoute({ to: WORKSPACE_ROUTE, params: { workspaceId } }).catch(() => undefined);
        }, PREVIEW_DELAY_MS);
      },
      endPreview,
    };
  }, [router]);
  useEffect(() => links.endPreview, [links]);
  return links;
}

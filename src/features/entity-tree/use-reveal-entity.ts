import { hashKey, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { entityQueries } from '../../api/entities/queries';
import { ancestorsFromTreeCache, loadUntilFound } from '../../api/entities/tree-cache';

/**
 * Opening a link to a deep entity cold: expand its ancestors and load, of each level, only the
 * pages of siblings up to the next ancestor (never every page of a 5,000-child node).
 * When that fails (the entity could not be read), it is tried again as soon as the entity loads
 * after all: the detail pane's Try again, a refetch when the window regains focus.
 */
export function useRevealEntity(
  workspaceId: number,
  entityId: number | undefined,
  setExpanded: (update: (previous: ReadonlySet<number>) => ReadonlySet<number>) => void,
) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (entityId === undefined) return;
    let cancelled = false;
    let stopWaiting: (() => void) | undefined;
    const retryOnceLoaded = () => {
      if (cancelled) return;
      const detail = hashKey(entityQueries.detail(workspaceId, entityId).queryKey);
      stopWaiting = queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'success') return;
        if (event.query.queryHash !== detail) return;
        stopWaiting?.();
        stopWaiting = undefined;
        attemptReveal();
      });
    };
    const reveal = async () => {
      // Clicked in the tree: the loaded lists already say where it is, no request needed.
      const ancestors =
        ancestorsFromTreeCache(queryClient, workspaceId, entityId) ??
        (await queryClient.query(entityQueries.ancestors(workspaceId, entityId)));
      let parentId: number | null = null;
      for (const id of [...ancestors, entityId]) {
        if (cancelled) return;
        if (!(await loadUntilFound(queryClient, workspaceId, parentId, id))) return;
        parentId = id;
      }
      if (cancelled) return;
      setExpanded((previous) =>
        ancestors.every((id) => previous.has(id)) ? previous : new Set([...previous, ...ancestors]),
      );
    };
    // Failures show in the detail pane (same queries) and in the tree rows.
    const attemptReveal = () => {
      reveal().catch(retryOnceLoaded);
    };
    attemptReveal();
    return () => {
      cancelled = true;
      stopWaiting?.();
    };
  }, [queryClient, workspaceId, entityId, setExpanded]);
}

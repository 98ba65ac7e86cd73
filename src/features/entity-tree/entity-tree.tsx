import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useRouter, useRouterState } from '@tanstack/react-router';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type MouseEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Entity } from '../../api/entities/schemas';
import {
  ensureTreeList,
  fetchMoreTreeList,
  readChildList,
  retryTreeList,
  useTreeLists,
} from '../../api/entities/tree-cache';
import type { EntityType } from '../../api/entity-types/schemas';
import { createTreeFlattener, treeRowKey, typesThatCanContain } from './tree-model';
import { TREE_ROW_HEIGHT, TreeRowView } from './tree-row';
import { useTreeKeyboard } from './use-tree-keyboard';

type Props = {
  workspaceId: number;
  workspaceName: string;
  selectedEntityId: number | undefined;
  expanded: ReadonlySet<number>;
  setExpanded: (update: (previous: ReadonlySet<number>) => ReadonlySet<number>) => void;
  /** Entity type ids to show; empty shows all. */
  typeFilter: readonly number[];
  entityTypes: EntityType[] | undefined;
};

export function EntityTree(props: Props) {
  const { workspaceId, selectedEntityId, expanded, setExpanded, typeFilter, entityTypes } = props;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  // The roots and every open node: observed, so what is on screen stays loaded.
  const shownLists = useMemo(() => [null, ...expanded], [expanded]);
  const lists = useTreeLists(queryClient, workspaceId, shownLists);

  const { mayHaveChildren, isShown } = useTypeRules(entityTypes, typeFilter);
  // Redoes only the lists that changed; the rows of the others stay the same objects, so their
  // (memoized) row components do not render again.
  const [flatten] = useState(createTreeFlattener);
  const { rows, isLoading } = useMemo(
    () =>
      flatten({
        roots: lists.get(null),
        childrenOf: (id) => lists.get(id),
        expanded,
        mayHaveChildren,
        isShown,
      }),
    [flatten, lists, expanded, mayHaveChildren, isShown],
  );
  const indexOfKey = useCallback((key: string) => rows.findIndex((row) => row.key === key), [rows]);

  // Load the roots and every expanded node that has nothing cached yet.
  useEffect(() => {
    ensureTreeList(queryClient, workspaceId, null);
    for (const id of expanded) ensureTreeList(queryClient, workspaceId, id);
  }, [queryClient, workspaceId, expanded]);

  const expand = useCallback(
    (id: number) => {
      ensureTreeList(queryClient, workspaceId, id, { refresh: true });
      setExpanded((previous) => new Set(previous).add(id));
    },
    [queryClient, workspaceId, setExpanded],
  );
  const collapse = useCallback(
    (id: number) =>
      setExpanded((previous) => {
        const next = new Set(previous);
        next.delete(id);
        return next;
      }),
    [setExpanded],
  );
  // Read through a ref: a toggle that changed with every expand would render every row again.
  const expandedRef = useRef(expanded);
  expandedRef.current = expanded;
  const toggle = useCallback(
    (id: number) => (expandedRef.current.has(id) ? collapse(id) : expand(id)),
    [expand, collapse],
  );
  const retry = useCallback(
    (parentId: number | null) => void retryTreeList(queryClient, workspaceId, parentId),
    [queryClient, workspaceId],
  );
  // Intent: a pointer resting on a closed node fetches its first page of children.
  const prefetchChildren = useCallback(
    (id: number) => ensureTreeList(queryClient, workspaceId, id),
    [queryClient, workspaceId],
  );
  const open = useCallback(
    (entityId: number) =>
      navigate({ to: ENTITY_ROUTE, params: { workspaceId, entityId }, search: (previous) => previous }),
    [navigate, workspaceId],
  );
  const { hrefOf, openFromClick, preview, endPreview } = useEntityLinks(workspaceId, open);

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => TREE_ROW_HEIGHT,
    overscan: 6,
    initialRect: { width: 320, height: 800 },
    // Every row has the same fixed height and none is measured, so the virtualizer's keys (its size
    // cache's) can stay the indexes it uses by default: keyed by the rows' strings it hashed a new
    // string per row each time a list arrived (5,000 for a big node, 100,000 for a big root list).
    // React's keys are the rows' own, below.
  });

  // Each found once per change of the rows, not on every render (scrolling renders every frame).
  const selectedIndex = useMemo(
    () => (selectedEntityId === undefined ? -1 : indexOfKey(`entity:${selectedEntityId}`)),
    [indexOfKey, selectedEntityId],
  );
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const keyIndex = useMemo(() => (focusedKey ? indexOfKey(focusedKey) : -1), [indexOfKey, focusedKey]);
  const focusedIndex = keyIndex >= 0 ? keyIndex : Math.max(selectedIndex, 0);
  const focusWanted = useRef(false);

  const focusIndex = (index: number) => {
    const row = rows[index];
    if (!row) return;
    setFocusedKey(row.key);
    virtualizer.scrollToIndex(index, { align: 'auto' });
    // A row already rendered (the window and its overscan) takes focus at once; another once the
    // virtualizer has rendered it (below).
    const element = scrollRef.current?.querySelector<HTMLElement>(`[data-row-key="${row.key}"]`);
    focusWanted.current = !element;
    element?.focus({ preventScroll: true });
  };

  // Move DOM focus once the virtualizer has rendered the row that keyboard navigation moved to.
  useEffect(() => {
    if (!focusWanted.current || !focusedKey) return;
    const element = scrollRef.current?.querySelector<HTMLElement>(`[data-row-key="${focusedKey}"]`);
    if (element) {
      element.focus({ preventScroll: true });
      focusWanted.current = false;
    }
  });

  // A selection made elsewhere (deep link, breadcrumb, detail pane) scrolls into view once.
  const revealedFor = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (selectedIndex < 0 || revealedFor.current === selectedEntityId) return;
    revealedFor.current = selectedEntityId;
    virtualizer.scrollToIndex(selectedIndex, { align: 'center' });
  }, [selectedIndex, selectedEntityId, virtualizer]);

  // After "Load more", focus moves to the first newly loaded row: the load-more row itself moves
  // out of view (and out of the DOM), which would otherwise drop keyboard focus on the page body.
  const loadMore = useCallback(
    async (parentId: number | null) => {
      const before = readChildList(queryClient, workspaceId, parentId)?.entities.length ?? 0;
      await fetchMoreTreeList(queryClient, workspaceId, parentId);
      const first = readChildList(queryClient, workspaceId, parentId)?.entities[before];
      if (first) {
        focusWanted.current = true;
        setFocusedKey(treeRowKey(parentId, before, first));
      }
    },
    [queryClient, workspaceId],
  );

  const onKeyDown = useTreeKeyboard({ rows, focusedIndex, focusIndex, expand, collapse, open, loadMore });

  return (
    <div
      ref={scrollRef}
      role="tree"
      aria-label={`Entities of ${props.workspaceName}`}
      aria-busy={isLoading}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      className="relative min-h-0 flex-1 overflow-auto"
    >
      <div role="none" className="relative" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <TreeRowView
              key={row.key}
              row={row}
              hrefOf={hrefOf}
              start={item.start}
              focused={item.index === focusedIndex}
              selected={row.kind === 'entity' && row.entity.id === selectedEntityId}
              onToggle={toggle}
              onMore={loadMore}
              onRetry={retry}
              onIntent={prefetchChildren}
              onPreview={preview}
              onPreviewEnd={endPreview}
              onOpen={openFromClick}
              onFocusRow={setFocusedKey}
            />
          );
        })}
      </div>
      {rows.length === 0 && <p className="p-3 text-sm text-slate-500">No entities to show.</p>}
    </div>
  );
}

const ENTITY_ROUTE = '/workspaces/$workspaceId/entities/$entityId';
/** How long a pointer rests on a row before its page is preloaded (a link's default intent delay). */
const PREVIEW_DELAY_MS = 50;

/**
 * The rows' links, without a router Link per row (its hooks and subscriptions were most of what a
 * row cost to mount while scrolling): plain anchors whose address is built once per entity, a
 * plain click opens the entity in the app, and a pointer resting on a row preloads its page as a
 * Link's `preload: 'intent'` would. Modified clicks (new tab, new window) are the browser's.
 */
function useEntityLinks(workspaceId: number, open: (entityId: number) => void) {
  const router = useRouter();
  // Rows keep the current search (the type filter): their addresses change with it.
  const search = useRouterState({ select: (state) => state.location.searchStr });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `search` is what buildLocation reads
  const hrefOf = useMemo(() => {
    const hrefs = new Map<number, string>();
    return (entityId: number) => {
      let href = hrefs.get(entityId);
      if (href === undefined) {
        const location = router.buildLocation({
          to: ENTITY_ROUTE,
          params: { workspaceId, entityId },
          search: (previous) => previous,
        });
        href = router.history.createHref(location.publicHref);
        hrefs.set(entityId, href);
      }
      return href;
    };
  }, [router, workspaceId, search]);

  const openFromClick = useCallback(
    (event: MouseEvent, entityId: number) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      open(entityId);
    },
    [open],
  );

  const previewTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const endPreview = useCallback(() => clearTimeout(previewTimer.current), []);
  const preview = useCallback(
    (entityId: number) => {
      clearTimeout(previewTimer.current);
      previewTimer.current = setTimeout(() => {
        router
          .preloadRoute({
            to: ENTITY_ROUTE,
            params: { workspaceId, entityId },
            search: (previous) => previous,
          })
          .catch(() => undefined);
      }, PREVIEW_DELAY_MS);
    },
    [router, workspaceId],
  );
  useEffect(() => endPreview, [endPreview]);
  return { hrefOf, openFromClick, preview, endPreview };
}

/** What the entity-type rules say: can a type have children, and does the type filter keep it? */
function useTypeRules(entityTypes: EntityType[] | undefined, typeFilterProp: readonly number[]) {
  // By value: the route hands a new (often empty) array on every render, which must not re-flatten.
  const filterKey = typeFilterProp.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the filter's value is `filterKey`
  const typeFilter = useMemo(() => typeFilterProp, [filterKey]);
  return useMemo(() => {
    // A type whose child types were not sent is left out: unknown, like a type not loaded.
    const childTypesOf = new Map<number, readonly number[]>();
    for (const type of entityTypes ?? [])
      if (type.child_entity_type_ids) childTypesOf.set(type.id, type.child_entity_type_ids);
    const mayHaveChildren = (entity: Entity) => {
      const childTypes = childTypesOf.get(entity.entity_type);
      // Types not loaded (or unknown to this list): let the server answer.
      return childTypes === undefined || childTypes.length > 0;
    };
    if (typeFilter.length === 0) return { mayHaveChildren, isShown: () => true };
    // Keep the wanted types and every container type that can lead to them. A type with unknown
    // child types may lead to them too, and so may whatever contains it.
    const mayLead = (entityTypes ?? []).filter((type) => !type.child_entity_type_ids).map((type) => type.id);
    const kept = typesThatCanContain(new Set([...typeFilter, ...mayLead]), childTypesOf);
    return { mayHaveChildren, isShown: (entity: Entity) => kept.has(entity.entity_type) };
  }, [entityTypes, typeFilter]);
}

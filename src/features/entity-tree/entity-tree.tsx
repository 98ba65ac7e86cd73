import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Entity } from '../../api/entities/schemas';
import {
  ensureTreeList,
  fetchMoreTreeList,
  readChildList,
  retryTreeList,
  useTreeLists,
} from '../../api/entities/tree-cache';
import type { EntityType } from '../../api/entity-types/schemas';
import { flattenTree, treeRowKey, typesThatCanContain } from './tree-model';
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
  const rows = useMemo(
    () =>
      flattenTree({
        roots: lists.get(null),
        childrenOf: (id) => lists.get(id),
        expanded,
        mayHaveChildren,
        isShown,
      }),
    [lists, expanded, mayHaveChildren, isShown],
  );
  // Looked up on every render (keyboard, focus, selection): index once per rebuild, not per lookup.
  const indexByKey = useMemo(() => new Map(rows.map((row, index) => [row.key, index])), [rows]);
  const isLoading = useMemo(
    () => rows.some((row) => row.kind === 'status' && row.state === 'loading'),
    [rows],
  );

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
  const toggle = useCallback(
    (id: number) => (expanded.has(id) ? collapse(id) : expand(id)),
    [expanded, expand, collapse],
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
  const open = (entityId: number) =>
    navigate({
      to: '/workspaces/$workspaceId/entities/$entityId',
      params: { workspaceId, entityId },
      search: (previous) => previous,
    });

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => TREE_ROW_HEIGHT,
    overscan: 10,
    initialRect: { width: 320, height: 800 },
    getItemKey: useCallback((index: number) => rows[index]?.key ?? index, [rows]),
  });

  const selectedIndex =
    selectedEntityId === undefined ? -1 : (indexByKey.get(`entity:${selectedEntityId}`) ?? -1);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const keyIndex = focusedKey ? (indexByKey.get(focusedKey) ?? -1) : -1;
  const focusedIndex = keyIndex >= 0 ? keyIndex : Math.max(selectedIndex, 0);
  const focusWanted = useRef(false);

  const focusIndex = (index: number) => {
    const row = rows[index];
    if (!row) return;
    focusWanted.current = true;
    setFocusedKey(row.key);
    virtualizer.scrollToIndex(index, { align: 'auto' });
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
              workspaceId={workspaceId}
              start={item.start}
              focused={item.index === focusedIndex}
              selected={row.kind === 'entity' && row.entity.id === selectedEntityId}
              onToggle={toggle}
              onMore={loadMore}
              onRetry={retry}
              onIntent={prefetchChildren}
              onFocusRow={setFocusedKey}
            />
          );
        })}
      </div>
      {rows.length === 0 && <p className="p-3 text-sm text-slate-500">No entities to show.</p>}
    </div>
  );
}

/** What the entity-type rules say: can a type have children, and does the type filter keep it? */
function useTypeRules(entityTypes: EntityType[] | undefined, typeFilter: readonly number[]) {
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

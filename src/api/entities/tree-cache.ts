import {
  type InfiniteData,
  InfiniteQueryObserver,
  notifyManager,
  type QueryClient,
} from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { isUnreadable, type Listed, type Paginated } from '../../lib/schema-helpers';
import { entityQueries } from './queries';
import type { Entity } from './schemas';

/** What the tree knows about one list of children (or the roots), read from the query cache. */
export type ChildList = {
  /** In the server's order; an entity that could not be read keeps its place. */
  entities: Listed<Entity>[];
  total: number;
  status: 'pending' | 'error' | 'success';
  error: unknown;
  isFetching: boolean;
  hasMore: boolean;
};

/** Roots (`null`) or one entity's children: the query options the tree uses for that list. */
export function treeListOptions(workspaceId: number, parentId: number | null) {
  return entityQueries.children(workspaceId, parentId);
}

type Pages = InfiniteData<Paginated<Entity>, unknown>;

type CachedList = {
  state: { data?: Pages; status: ChildList['status']; error: unknown; fetchStatus: string };
};

function toChildList({ state }: CachedList): ChildList {
  const pages = state.data?.pages ?? [];
  const entities = pages.length === 1 ? (pages[0]?.results ?? []) : pages.flatMap((page) => page.results);
  const lastPage = pages.at(-1);
  const total = Math.max(lastPage?.count ?? 0, entities.length);
  const hasMore = Boolean(lastPage && lastPage.results.length > 0 && entities.length < total);
  return {
    entities,
    total,
    status: state.status,
    error: state.error,
    isFetching: state.fetchStatus === 'fetching',
    hasMore,
  };
}

/** Reads one tree list from the cache without subscribing an observer per node. */
export function readChildList(queryClient: QueryClient, workspaceId: number, parentId: number | null) {
  const query = queryClient.getQueryCache().find<Paginated<Entity>, unknown, Pages>({
    queryKey: treeListOptions(workspaceId, parentId).queryKey,
    exact: true,
  });
  return query ? toChildList(query) : undefined;
}

/**
 * Re-renders when any tree list of this workspace changes in the cache. Cache events arrive while
 * other components render (a query is created in render), so the re-render is scheduled, never
 * set off inside someone else's render.
 */
export function useTreeCacheVersion(queryClient: QueryClient, workspaceId: number): number {
  const version = useRef(0);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const scheduled = notifyManager.batchCalls(onChange);
      return queryClient.getQueryCache().subscribe((event) => {
        const [root, ws, kind] = event.query.queryKey;
        if (root !== 'entities' || ws !== workspaceId || kind !== 'tree') return;
        if (event.type === 'updated' || event.type === 'removed' || event.type === 'added') {
          version.current += 1;
          scheduled();
        }
      });
    },
    [queryClient, workspaceId],
  );
  return useSyncExternalStore(subscribe, () => version.current);
}

function listObserver(queryClient: QueryClient, workspaceId: number, parentId: number | null) {
  const options = treeListOptions(workspaceId, parentId);
  return new InfiniteQueryObserver(queryClient, { ...options, refetchOnMount: false, retryOnMount: false });
}
type ListObserver = ReturnType<typeof listObserver>;

/**
 * One observer per list the tree shows. Observed lists stay in the cache for as long as they are
 * on screen (an unobserved one is garbage-collected, and its rows would stay "Loading…"). Observers
 * load a list that has nothing yet, but never refetch on mount: refetching an infinite list refetches
 * every page loaded so far, so freshness is the tree's call (`ensureTreeList`).
 */
function createTreeListStore(queryClient: QueryClient, workspaceId: number) {
  const observers = new Map<number | null, ListObserver>();
  const unsubscribes = new Map<number | null, () => void>();
  const listeners = new Set<() => void>();
  /** The last list read for each parent, with what it was made from. */
  const lastRead = new Map<number | null, CachedList['state'] & { list: ChildList }>();
  let version = 0;
  const changed = notifyManager.batchCalls(() => {
    version += 1;
    for (const listener of listeners) listener();
  });
  /** True when it started listening (it was not yet). */
  const listen = (parentId: number | null, observer: ListObserver) => {
    if (unsubscribes.has(parentId)) return false;
    unsubscribes.set(parentId, observer.subscribe(changed));
    return true;
  };
  return {
    /** In render, like a query hook's own observer: one for each list wanted, made once. */
    want(parentIds: readonly (number | null)[]) {
      for (const parentId of parentIds) {
        if (observers.has(parentId)) continue;
        observers.set(parentId, listObserver(queryClient, workspaceId, parentId));
      }
    },
    /** After render: listen to the wanted lists, let go of the others. */
    sync(parentIds: readonly (number | null)[]) {
      const wanted = new Set(parentIds);
      for (const parentId of observers.keys()) {
        if (wanted.has(parentId)) continue;
        unsubscribes.get(parentId)?.();
        unsubscribes.delete(parentId);
        observers.delete(parentId);
        lastRead.delete(parentId);
      }
      if (listeners.size === 0) return;
      let started = false;
      for (const parentId of wanted) {
        const observer = observers.get(parentId);
        if (observer && listen(parentId, observer)) started = true;
      }
      // A new list may have changed between its render and now: read it again.
      if (started) changed();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      for (const [parentId, observer] of observers) listen(parentId, observer);
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        for (const unsubscribe of unsubscribes.values()) unsubscribe();
        unsubscribes.clear();
      };
    },
    getVersion: () => version,
    read(parentIds: readonly (number | null)[]): Map<number | null, ChildList> {
      const lists = new Map<number | null, ChildList>();
      for (const parentId of parentIds) {
        const observer = observers.get(parentId);
        if (!observer) continue;
        // What the query holds now, as a query hook reads it in render (options are stored defaulted).
        const result = observer.getOptimisticResult(
          observer.options as Parameters<ListObserver['getOptimisticResult']>[0],
        );
        // The same list object while nothing in it changed: the tree redoes only the lists that did.
        const last = lastRead.get(parentId);
        if (
          last &&
          last.data === result.data &&
          last.status === result.status &&
          last.error === result.error &&
          last.fetchStatus === result.fetchStatus
        ) {
          lists.set(parentId, last.list);
          continue;
        }
        const state = {
          data: result.data,
          status: result.status,
          error: result.error,
          fetchStatus: result.fetchStatus,
        };
        const list = toChildList({ state });
        lastRead.set(parentId, { ...state, list });
        lists.set(parentId, list);
      }
      return lists;
    },
  };
}

/**
 * The tree lists of the roots and the given open nodes, read through subscribed observers: rows
 * re-render when one of them changes, and they stay cached while shown.
 */
export function useTreeLists(
  queryClient: QueryClient,
  workspaceId: number,
  parentIds: readonly (number | null)[],
): Map<number | null, ChildList> {
  const store = useMemo(() => createTreeListStore(queryClient, workspaceId), [queryClient, workspaceId]);
  store.want(parentIds);
  useEffect(() => store.sync(parentIds), [store, parentIds]);
  const version = useSyncExternalStore(store.subscribe, store.getVersion);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the lists' change signal
  return useMemo(() => store.read(parentIds), [store, parentIds, version]);
}

/**
 * Loads a list that has nothing cached; a failed list waits for the user's retry. With `refresh`
 * (the user opens this very node) a stale one-page list is refetched too. A refetch would fetch
 * again every page loaded so far, so longer lists (and all other open nodes) are left as they are.
 */
export function ensureTreeList(
  queryClient: QueryClient,
  workspaceId: number,
  parentId: number | null,
  { refresh = false } = {},
) {
  const options = treeListOptions(workspaceId, parentId);
  const state = queryClient.getQueryState<Pages>(options.queryKey);
  if (state?.fetchStatus === 'fetching') return;
  if (state?.status === 'error' && state.data === undefined) return;
  if (state?.data !== undefined && !(refresh && state.data.pages.length <= 1)) return;
  void queryClient.infiniteQuery(options).catch(() => undefined);
}

export function retryTreeList(queryClient: QueryClient, workspaceId: number, parentId: number | null) {
  return queryClient.refetchQueries({
    queryKey: treeListOptions(workspaceId, parentId).queryKey,
    exact: true,
  });
}

/** The next page of one list, at the offset actually received so far. */
export function fetchMoreTreeList(queryClient: QueryClient, workspaceId: number, parentId: number | null) {
  const observer = new InfiniteQueryObserver(queryClient, treeListOptions(workspaceId, parentId));
  return observer.fetchNextPage();
}

/** Pages through one list until `entityId` is loaded (deep links): only the pages needed. */
export async function loadUntilFound(
  queryClient: QueryClient,
  workspaceId: number,
  parentId: number | null,
  entityId: number,
): Promise<boolean> {
  await queryClient.infiniteQuery(treeListOptions(workspaceId, parentId));
  for (;;) {
    const list = readChildList(queryClient, workspaceId, parentId);
    if (!list) return false;
    if (list.entities.some((entity) => entity.id === entityId)) return true;
    if (!list.hasMore) return false;
    const result = await fetchMoreTreeList(queryClient, workspaceId, parentId);
    if (result.isError) throw result.error;
  }
}

/**
 * The items of one cached list by id (an unreadable one only when it has an id, and only where no
 * readable one has it). Query data is replaced, never changed in place, so an index made once per
 * data object stays right: lookups on every cache change stay cheap with 100,000 loaded roots.
 */
const indexes = new WeakMap<Pages, Map<number, Listed<Entity>>>();
function indexOf(data: Pages): Map<number, Listed<Entity>> {
  let index = indexes.get(data);
  if (!index) {
    index = new Map();
    for (const page of data.pages)
      for (const item of page.results) {
        if (item.id === undefined) continue;
        const known = index.get(item.id);
        if (!known || (isUnreadable(known) && !isUnreadable(item))) index.set(item.id, item);
      }
    indexes.set(data, index);
  }
  return index;
}

/** An entity already somewhere in the loaded tree (for breadcrumbs and names without a request). */
export function findLoadedEntity(queryClient: QueryClient, workspaceId: number, entityId: number) {
  const lists = queryClient.getQueriesData<Pages>({ queryKey: entityQueries.treeLists(workspaceId) });
  for (const [, data] of lists) {
    const found = data && indexOf(data).get(entityId);
    if (found && !isUnreadable(found)) return found;
  }
  return undefined;
}

/**
 * The ancestor chain as far as the loaded tree knows it (an entity's parent is the list it sits in).
 * Undefined when some link is not loaded: then ask the API.
 */
export function ancestorsFromTreeCache(queryClient: QueryClient, workspaceId: number, entityId: number) {
  const lists = queryClient.getQueriesData<Pages>({ queryKey: entityQueries.treeLists(workspaceId) });
  const parentOf = (id: number): number | null | undefined => {
    // An entity listed as unreadable still has a place (and so a parent) when it has an id.
    for (const [key, data] of lists)
      if (data && indexOf(data).has(id)) return (key[4] ?? null) as number | null;
    return undefined;
  };
  const chain: number[] = [];
  for (let id: number | null | undefined = parentOf(entityId); ; id = parentOf(id)) {
    if (id === undefined) return undefined;
    if (id === null) return chain;
    chain.unshift(id);
    if (chain.length > 100) return undefined;
  }
}

import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { apiRequest, type RequestOptions } from '../../lib/api-client';
import { pageSearchParams } from '../../lib/pagination';
import { isUnreadable, type Listed, type Params, type UnreadableItem } from '../../lib/schema-helpers';
import { newestFirst, orderOf, type RevisionOrder } from './chronology';
import { type EntityRevision, entityRevisionListSchema } from './schemas';

/**
 * `withParams: false` asks for the history without each revision's params (`properties=false`): a
 * page of ten 1 MB documents is 10 MB to download and parse just to list ids and dates. A server that
 * does not know the parameter sends them anyway, and they are used.
 */
export function listEntityRevisions(
  workspaceId: number,
  entityId: number,
  page: { offset: number; limit?: number; withParams?: boolean },
  options: RequestOptions = {},
) {
  return apiRequest(
    'get',
    `workspaces/${workspaceId}/entities/${entityId}/revisions/`,
    entityRevisionListSchema,
    {
      ...options,
      searchParams: {
        ...pageSearchParams(page.offset, page.limit),
        properties: page.withParams === false ? false : undefined,
      },
    },
  );
}

type ListItem = Listed<EntityRevision>;
type Placed = { item: ListItem; position: number };

/** Items the list could not read are kept apart: they have no place in the chronology. */
const isReadable = (item: ListItem): item is EntityRevision => !isUnreadable(item);

/**
 * Where the server listed a revision: its params can be asked for there alone (`offset`, `limit=1`).
 * `count` is the total when it was listed: on a newest-first server every later save moves it down.
 */
export type RevisionLocation = { position: number; count: number; order: RevisionOrder | undefined };

/** A listed revision: `properties` only when the server sent them with the list. */
export type ListedRevision = EntityRevision & { listedAt: RevisionLocation };

/**
 * Newest-first revisions, whatever order the server lists them in. `received` counts what the server
 * sent (readable or not), which is what paging goes by.
 */
export type RevisionPage = {
  count: number;
  order: RevisionOrder | undefined;
  /** Newest-first position of this page's first revision. */
  offset: number;
  received: number;
  revisions: ListedRevision[];
  unreadable: UnreadableItem[];
};

type Range = { count: number; items: Placed[] };

const placed = (items: ListItem[], from: number): Placed[] =>
  items.map((item, index) => ({ item, position: from + index }));

/** Server positions [start, end): a server may send fewer than asked for, so ask again for the rest. */
async function listRange(
  workspaceId: number,
  entityId: number,
  start: number,
  end: number,
  options: RequestOptions,
  withParams: boolean,
): Promise<Range> {
  const items: Placed[] = [];
  let count = end;
  for (let offset = start; offset < end; ) {
    const page = await listEntityRevisions(
      workspaceId,
      entityId,
      { offset, limit: end - offset, withParams },
      options,
    );
    items.push(...placed(page.results, offset));
    count = page.count;
    if (page.results.length === 0) break;
    offset += page.results.length;
  }
  return { count, items };
}

function toPage(range: Range, order: RevisionOrder | undefined, offset: number): RevisionPage {
  const readable: ListedRevision[] = [];
  for (const { item, position } of range.items) {
    if (isReadable(item)) readable.push({ ...item, listedAt: { position, count: range.count, order } });
  }
  return {
    count: range.count,
    order,
    offset,
    received: range.items.length,
    revisions: newestFirst(readable),
    unreadable: range.items.map(({ item }) => item).filter(isUnreadable),
  };
}

/**
 * The `limit` newest revisions. The first page tells the order when it holds two or more; a server
 * that sends one at a time is asked for its last one too. An oldest-first server's newest are at
 * its end, found from `count`: two requests, never every page. With their params unless
 * `withParams: false` (the save check compares them; the revisions page reads them one by one).
 */
export async function fetchNewestRevisions(
  workspaceId: number,
  entityId: number,
  limit: number,
  options: RequestOptions = {},
  { withParams = true }: { withParams?: boolean } = {},
): Promise<RevisionPage> {
  const first = await listEntityRevisions(workspaceId, entityId, { offset: 0, limit, withParams }, options);
  const { count } = first;
  const received = first.results.length;
  const firstReadable = first.results.filter(isReadable);
  const firstItems = placed(first.results, 0);
  if (received >= count) return toPage({ count, items: firstItems }, orderOf(firstReadable), 0);

  let order = orderOf(firstReadable);
  if (!order) {
    const last = await listEntityRevisions(
      workspaceId,
      entityId,
      { offset: count - 1, limit: 1, withParams },
      options,
    );
    order = orderOf([...firstReadable, ...last.results.filter(isReadable)]) ?? 'newest-first';
  }
  if (order === 'newest-first') {
    const rest = await listRange(
      workspaceId,
      entityId,
      received,
      Math.min(limit, count),
      options,
      withParams,
    );
    return toPage({ count: Math.max(count, rest.count), items: [...firstItems, ...rest.items] }, order, 0);
  }
  const range = await listRange(
    workspaceId,
    entityId,
    Math.max(0, count - limit),
    count,
    options,
    withParams,
  );
  return toPage(range, order, 0);
}

type Cursor = { offset: number; order: RevisionOrder; count: number };

/**
 * Older revisions from newest-first position `offset`. On an oldest-first server, positions are
 * counted from the `count` the first page saw: new saves append at its end, so older positions
 * stay put while the user pages back.
 */
async function fetchOlderRevisions(
  workspaceId: number,
  entityId: number,
  { offset, order, count }: Cursor,
  limit: number,
  options: RequestOptions,
): Promise<RevisionPage> {
  if (order === 'newest-first') {
    const page = await listEntityRevisions(
      workspaceId,
      entityId,
      { offset, limit, withParams: false },
      options,
    );
    return toPage({ count: page.count, items: placed(page.results, offset) }, order, offset);
  }
  const end = count - offset;
  const range = await listRange(workspaceId, entityId, Math.max(0, end - limit), end, options, false);
  return toPage({ count, items: range.items }, order, offset);
}

/** Where the next (older) page starts, or undefined at the first revision. */
export function nextRevisionCursor(page: RevisionPage): Cursor | undefined {
  const next = page.offset + page.received;
  if (page.received === 0 || next >= page.count || !page.order) return undefined;
  return { offset: next, order: page.order, count: page.count };
}

/** Every loaded revision, newest first, each once; the total from the newest page. */
export function loadedRevisions(pages: RevisionPage[] | undefined) {
  const all = pages ?? [];
  return {
    revisions: newestFirst(all.flatMap((page) => page.revisions)),
    unreadable: all.flatMap((page) => page.unreadable),
    total: all[0]?.count ?? 0,
  };
}

/**
 * Listed without params, ten at a time: a server that ignores `properties=false` sends them anyway,
 * and 10 × 1 MB is as much as a page should weigh.
 */
const REVISION_PAGE_SIZE = 10;

/**
 * One revision's params, asked for where it was listed (`limit=1`). On a newest-first server a save
 * since then moved it down by as many as were saved: looked for once more there. `null` when the
 * server sends revisions without params (some do, and read-basic users never get them).
 */
export async function fetchRevisionParams(
  workspaceId: number,
  entityId: number,
  revision: ListedRevision,
  options: RequestOptions = {},
): Promise<Params | null> {
  if (revision.properties) return revision.properties;
  const { position, count, order } = revision.listedAt;
  const at = (offset: number) => listEntityRevisions(workspaceId, entityId, { offset, limit: 1 }, options);
  let page = await at(position);
  let found = page.results.find((item) => isReadable(item) && item.id === revision.id);
  const moved = page.count - count;
  if (!found && order !== 'oldest-first' && moved > 0) {
    page = await at(position + moved);
    found = page.results.find((item) => isReadable(item) && item.id === revision.id);
  }
  if (!found || !isReadable(found)) {
    throw new Error(
      `Revision #${revision.id} is no longer where the server listed it: reload the revisions.`,
    );
  }
  return found.properties ?? null;
}

export const revisionQueries = {
  all: () => ['revisions'] as const,
  /** Everything about one entity's revisions: what a save invalidates. */
  entity: (workspaceId: number, entityId: number) =>
    [...revisionQueries.all(), workspaceId, entityId] as const,
  // The list grows with every save, so it is not immutable; each revision in it is.
  infinite: (workspaceId: number, entityId: number) =>
    infiniteQueryOptions({
      queryKey: [...revisionQueries.entity(workspaceId, entityId), 'infinite'] as const,
      queryFn: async ({ pageParam, signal, client }) => {
        if (pageParam)
          return fetchOlderRevisions(workspaceId, entityId, pageParam, REVISION_PAGE_SIZE, { signal });
        const page = await fetchNewestRevisions(
          workspaceId,
          entityId,
          REVISION_PAGE_SIZE,
          { signal },
          { withParams: false },
        );
        // The two newest are the pair compared by default and the first change size's: read their
        // params now, while the page around the list may still be loading, instead of once it shows.
        for (const revision of page.revisions.slice(0, 2)) {
          void client.prefetchQuery(revisionQueries.params(workspaceId, entityId, revision));
        }
        return page;
      },
      initialPageParam: undefined as Cursor | undefined,
      getNextPageParam: nextRevisionCursor,
      // Refetching an infinite list refetches every page loaded: not on every return to the tab.
      refetchOnWindowFocus: false,
    }),
  /** A revision's params never change: read once, kept while the page may compare them again. */
  params: (workspaceId: number, entityId: number, revision: ListedRevision) =>
    queryOptions({
      queryKey: [...revisionQueries.entity(workspaceId, entityId), 'params', revision.id] as const,
      queryFn: ({ signal }) => fetchRevisionParams(workspaceId, entityId, revision, { signal }),
      staleTime: Number.POSITIVE_INFINITY,
      gcTime: 5 * 60_000,
      refetchOnWindowFocus: false,
    }),
};

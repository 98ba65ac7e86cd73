import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiRequest, type RequestOptions } from '../../lib/api-client';
import { pageSearchParams } from '../../lib/pagination';
import { isUnreadable, type Listed, type UnreadableItem } from '../../lib/schema-helpers';
import { newestFirst, orderOf, type RevisionOrder } from './chronology';
import { type EntityRevision, entityRevisionListSchema } from './schemas';

export function listEntityRevisions(
  workspaceId: number,
  entityId: number,
  page: { offset: number; limit?: number },
  options: RequestOptions = {},
) {
  return apiRequest(
    'get',
    `workspaces/${workspaceId}/entities/${entityId}/revisions/`,
    entityRevisionListSchema,
    {
      ...options,
      searchParams: pageSearchParams(page.offset, page.limit),
    },
  );
}

type ListItem = Listed<EntityRevision>;

/** Items the list could not read are kept apart: they have no place in the chronology. */
const isReadable = (item: ListItem): item is EntityRevision => !isUnreadable(item);

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
  revisions: EntityRevision[];
  unreadable: UnreadableItem[];
};

type Range = { count: number; items: ListItem[] };

/** Server positions [start, end): a server may send fewer than asked for, so ask again for the rest. */
async function listRange(
  workspaceId: number,
  entityId: number,
  start: number,
  end: number,
  options: RequestOptions,
): Promise<Range> {
  const items: ListItem[] = [];
  let count = end;
  for (let offset = start; offset < end; ) {
    const page = await listEntityRevisions(workspaceId, entityId, { offset, limit: end - offset }, options);
    items.push(...page.results);
    count = page.count;
    if (page.results.length === 0) break;
    offset += page.results.length;
  }
  return { count, items };
}

function toPage(range: Range, order: RevisionOrder | undefined, offset: number): RevisionPage {
  const readable = range.items.filter(isReadable);
  return {
    count: range.count,
    order,
    offset,
    received: range.items.length,
    revisions: newestFirst(readable),
    unreadable: range.items.filter(isUnreadable),
  };
}

/**
 * The `limit` newest revisions. The first page tells the order when it holds two or more; a server
 * that sends one at a time is asked for its last one too. An oldest-first server's newest are at
 * its end, found from `count`: two requests, never every page.
 */
export async function fetchNewestRevisions(
  workspaceId: number,
  entityId: number,
  limit: number,
  options: RequestOptions = {},
): Promise<RevisionPage> {
  const first = await listEntityRevisions(workspaceId, entityId, { offset: 0, limit }, options);
  const { count } = first;
  const received = first.results.length;
  const firstReadable = first.results.filter(isReadable);
  if (received >= count) return toPage({ count, items: first.results }, orderOf(firstReadable), 0);

  let order = orderOf(firstReadable);
  if (!order) {
    const last = await listEntityRevisions(workspaceId, entityId, { offset: count - 1, limit: 1 }, options);
    order = orderOf([...firstReadable, ...last.results.filter(isReadable)]) ?? 'newest-first';
  }
  if (order === 'newest-first') {
    const rest = await listRange(workspaceId, entityId, received, Math.min(limit, count), options);
    return toPage({ count: Math.max(count, rest.count), items: [...first.results, ...rest.items] }, order, 0);
  }
  return toPage(await listRange(workspaceId, entityId, Math.max(0, count - limit), count, options), order, 0);
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
    const page = await listEntityRevisions(workspaceId, entityId, { offset, limit }, options);
    return toPage({ count: page.count, items: page.results }, order, offset);
  }
  const end = count - offset;
  const range = await listRange(workspaceId, entityId, Math.max(0, end - limit), end, options);
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
 * Revisions come with their full params (the contract has no way to leave them out), so a page of
 * 100 revisions of a 1 MB document would be 100 MB: ask for few at a time.
 */
const REVISION_PAGE_SIZE = 10;

export const revisionQueries = {
  all: () => ['revisions'] as const,
  /** Everything about one entity's revisions: what a save invalidates. */
  entity: (workspaceId: number, entityId: number) =>
    [...revisionQueries.all(), workspaceId, entityId] as const,
  // The list grows with every save, so it is not immutable; each revision in it is.
  infinite: (workspaceId: number, entityId: number) =>
    infiniteQueryOptions({
      queryKey: [...revisionQueries.entity(workspaceId, entityId), 'infinite'] as const,
      queryFn: ({ pageParam, signal }) =>
        pageParam
          ? fetchOlderRevisions(workspaceId, entityId, pageParam, REVISION_PAGE_SIZE, { signal })
          : fetchNewestRevisions(workspaceId, entityId, REVISION_PAGE_SIZE, { signal }),
      initialPageParam: undefined as Cursor | undefined,
      getNextPageParam: nextRevisionCursor,
      // Refetching an infinite list refetches every page loaded: not on every return to the tab.
      refetchOnWindowFocus: false,
    }),
};

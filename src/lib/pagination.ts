import type { Listed, Paginated } from './schema-helpers';

/** What we ask for; the server may cap it lower, which `nextOffset` copes with. */
export const PAGE_SIZE = 100;

/**
 * Limit/offset paging as VIKTOR documents it: the next offset is the previous one plus the results
 * actually received (a server may return fewer than `limit`); stop at `count` or on an empty page.
 * Unreadable items were received too: they hold a position in the server's list, so they count.
 */
export function nextOffset<T>(
  lastPage: Paginated<T>,
  _allPages: unknown,
  lastOffset: number,
): number | undefined {
  const received = lastPage.results.length;
  if (received === 0) return undefined;
  const next = lastOffset + received;
  return next >= lastPage.count ? undefined : next;
}

/**
 * Spread into `infiniteQueryOptions` of every limit/offset list. Refetching an infinite query fetches
 * every page loaded so far, one after another: coming back to the tab must not set off 200 requests
 * for a list scrolled far down, so lists refresh on navigation and mutations, not on window focus.
 */
export const offsetPaging = {
  initialPageParam: 0,
  getNextPageParam: nextOffset,
  refetchOnWindowFocus: false,
} as const;

export function pageSearchParams(offset: number, limit = PAGE_SIZE) {
  return { limit, offset };
}

/**
 * All loaded items, unreadable ones in their places, and the server's total (from the newest page:
 * counts can move while paging).
 */
export function flattenPages<T>(pages: Paginated<T>[] | undefined): { items: Listed<T>[]; total: number } {
  if (!pages || pages.length === 0) return { items: [], total: 0 };
  const items = pages.flatMap((page) => page.results);
  const last = pages[pages.length - 1];
  return { items, total: Math.max(last?.count ?? 0, items.length) };
}

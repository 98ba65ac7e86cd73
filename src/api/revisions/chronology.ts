import { type EntityRevision, revisionDate } from './schemas';

/**
 * Which revision came first, from the data alone: the contract does not say in which order a server
 * lists revisions (the SDK reads them oldest first, our demo newest first), so the order of a list
 * means nothing until it is worked out from its items.
 */
export type RevisionOrder = 'newest-first' | 'oldest-first';

function savedAt(revision: EntityRevision): number | undefined {
  const date = revisionDate(revision);
  const time = date === undefined ? Number.NaN : Date.parse(date);
  return Number.isNaN(time) ? undefined : time;
}

/**
 * Negative when `a` was saved before `b`. The server's dates decide; ids (which grow with every
 * save) decide when a date is missing or two dates fall in the same millisecond.
 */
export function compareSaved(a: EntityRevision, b: EntityRevision): number {
  const timeA = savedAt(a);
  const timeB = savedAt(b);
  if (timeA !== undefined && timeB !== undefined && timeA !== timeB) return timeA - timeB;
  return a.id - b.id;
}

/** The order a page of a server's list is in, or undefined when it has fewer than two revisions. */
export function orderOf(revisions: EntityRevision[]): RevisionOrder | undefined {
  const first = revisions[0];
  const last = revisions.at(-1);
  if (!first || !last || first === last) return undefined;
  return compareSaved(first, last) > 0 ? 'newest-first' : 'oldest-first';
}

/** Newest first, each revision once (pages read while someone saves can overlap). */
export function newestFirst<R extends EntityRevision>(revisions: R[]): R[] {
  const byId = new Map(revisions.map((revision) => [revision.id, revision]));
  return [...byId.values()].sort((a, b) => compareSaved(b, a));
}

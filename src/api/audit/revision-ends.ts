import type { RequestOptions } from '../../lib/api-client';
import { isUnreadable, type Listed } from '../../lib/schema-helpers';
import { compareSaved } from '../revisions/chronology';
import { type EntityRevision, revisionDate } from '../revisions/schemas';
import { listOneRevision } from './audit-endpoints';
import type { AuditUnit, RevisionEnd, RevisionSummary } from './audit-types';

type Call = <T>(request: (options: RequestOptions) => Promise<T>) => Promise<T>;

function toEnd(revision: EntityRevision): RevisionEnd {
  const at = revisionDate(revision);
  const by = revision.created_by;
  return { id: revision.id, ...(at === undefined ? {} : { at }), ...(typeof by === 'number' ? { by } : {}) };
}

/**
 * An entity's revision count and its first and last revision, from `limit=1` requests at both ends of
 * the server's list: offset 0 and offset count − 1. Which end is the first is worked out from the two
 * revisions themselves (dates, then ids), never from the server's order, which the contract leaves open.
 * A server that ignores `limit` and sends the whole list (older servers: a bare array) is read as is.
 */
export async function readRevisionSummary(
  call: Call,
  workspaceId: number,
  entityId: number,
  unit: AuditUnit,
): Promise<RevisionSummary> {
  const readable = (items: Listed<EntityRevision>[]) => {
    const found: EntityRevision[] = [];
    for (const item of items) {
      if (!isUnreadable(item)) found.push(item);
      else
        unit.failures.push({
          entityId,
          step: 'revisions',
          reason: `A revision could not be read: ${item.reason}`,
        });
    }
    return found;
  };

  const head = await call((options) => listOneRevision(workspaceId, entityId, 0, options));
  let count = head.count;
  const ends = readable(head.results);
  if (count > head.results.length && head.results.length > 0) {
    let tail = await call((options) => listOneRevision(workspaceId, entityId, count - 1, options));
    // Someone saved (or the history shrank) between the two requests: ask once more at the new end.
    if (tail.results.length === 0 && tail.count > 0 && tail.count !== count) {
      const newCount = tail.count;
      tail = await call((options) => listOneRevision(workspaceId, entityId, newCount - 1, options));
    }
    count = Math.max(count, tail.count);
    ends.push(...readable(tail.results));
  }
  if (ends.length === 0) return { count };
  const sorted = [...ends].sort(compareSaved);
  const first = sorted[0] as EntityRevision;
  const last = sorted.at(-1) as EntityRevision;
  return { count, first: toEnd(first), last: toEnd(last) };
}

import { listWorkspaces } from '../../src/api/workspaces/queries';
import type { ApiClient } from '../../src/lib/api-client';
import { isApiError } from '../../src/lib/api-error';
import { nextOffset } from '../../src/lib/pagination';
import { createRequestPool } from '../../src/lib/request-pool';
import { isUnreadable } from '../../src/lib/schema-helpers';
import type { Shard } from './args';
import { refusedTokenError } from './refusals';

export type ArchivedListing = {
  /** Every archived workspace, ids ascending. */
  workspaces: { id: number; name: string }[];
  /** Items the server listed that could not be read: each might be an archived workspace we miss. */
  unreadable: { id?: number; reason: string }[];
};

/**
 * Every archived workspace: `GET /api/workspaces/?include_archived=true`, paged by what each page
 * actually holds, keeping the ones with `is_archived: true` (the flag includes the others too).
 * Only organisation admins may ask: a 403 here is the token's rights, exit 3.
 */
export async function listArchivedWorkspaces(
  client: ApiClient,
  signal?: AbortSignal,
): Promise<ArchivedListing> {
  const pool = createRequestPool({ concurrency: 1, signal });
  const found = new Map<number, string>();
  const unreadable: ArchivedListing['unreadable'] = [];
  try {
    for (let offset: number | undefined = 0; offset !== undefined; ) {
      const at: number = offset;
      const page = await pool.run((requestSignal) =>
        listWorkspaces({ offset: at, filters: { archived: true } }, { client, signal: requestSignal }),
      );
      for (const item of page.results) {
        if (isUnreadable(item))
          unreadable.push({ ...(item.id === undefined ? {} : { id: item.id }), reason: item.reason });
        else if (item.is_archived === true) found.set(item.id, item.name);
      }
      offset = nextOffset(page, undefined, at);
    }
  } catch (error) {
    if (isApiError(error) && (error.isUnauthorized || error.isForbidden)) {
      throw refusedTokenError(error, 'list archived workspaces (that takes an organisation admin)');
    }
    throw error;
  }
  const workspaces = [...found].map(([id, name]) => ({ id, name })).sort((a, b) => a.id - b.id);
  return { workspaces, unreadable };
}

/**
 * The shard rule, the same on every machine without talking: sort the archived workspace ids
 * ascending; shard i of n takes the ids at positions p (from 0) with p % n === i. Positions rather
 * than ids, because ids are often regular (every 9th workspace archived would put all in one shard).
 */
export const SHARD_RULE =
  'archived workspace ids sorted ascending; shard i of n takes the ids at 0-based positions p with p % n = i';

export function workspacesOfShard<T extends { id: number }>(workspaces: readonly T[], shard: Shard): T[] {
  return [...workspaces]
    .sort((a, b) => a.id - b.id)
    .filter((_, position) => position % shard.count === shard.index);
}

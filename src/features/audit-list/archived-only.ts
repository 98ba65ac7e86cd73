import type { Workspace } from '../../api/workspaces/schemas';
import { flattenPages } from '../../lib/pagination';
import { isUnreadable, type Paginated, type UnreadableItem } from '../../lib/schema-helpers';

export type ArchivedScan = {
  /** Workspaces the server said are archived, in the server's order. */
  archived: Workspace[];
  /** Read, but without `is_archived`: not known to be archived, so left out (and counted). */
  notSaid: number;
  /** Could not be read at all: whether they are archived is not known either. */
  unreadable: UnreadableItem[];
  /** Workspaces received so far, archived or not: how far the scan has come. */
  checked: number;
  /** The server's count of workspaces to scan. */
  total: number;
};

/** The archived workspaces among the pages loaded so far, and what had to be left out and why. */
export function scanForArchived(pages: Paginated<Workspace>[] | undefined): ArchivedScan {
  const { items, total } = flattenPages(pages);
  const scan: ArchivedScan = { archived: [], notSaid: 0, unreadable: [], checked: items.length, total };
  for (const item of items) {
    if (isUnreadable(item)) scan.unreadable.push(item);
    else if (item.is_archived === true) scan.archived.push(item);
    else if (item.is_archived === undefined) scan.notSaid++;
  }
  return scan;
}

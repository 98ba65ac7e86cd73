import { type RawJson, spliceJson } from '../http/json';
import type { Page } from '../http/query';
import type { Statements } from './statements';

type RevisionRow = {
  id: number;
  entity_id: number;
  created_date: string;
  created_by: number;
  message: string | null;
  properties?: string;
};

export type RevisionsStore = ReturnType<typeof createRevisionsStore>;

export type RevisionListing = { withProperties: boolean; oldestFirst: boolean };

/**
 * Revisions newest first (oldest first under the `revisions-oldest-first` variant); params are
 * spliced in unparsed (they can be a megabyte each).
 */
export function createRevisionsStore(sql: Statements) {
  return {
    page(entityId: number, page: Page, listing: RevisionListing): { count: number; results: RawJson[] } {
      const { withProperties, oldestFirst } = listing;
      const columns = `id, entity_id, created_date, created_by, message${withProperties ? ', properties' : ''}`;
      const direction = oldestFirst ? 'ASC' : 'DESC';
      const rows = sql(
        `SELECT ${columns} FROM revisions WHERE entity_id = ? ORDER BY created_date ${direction}, id ${direction} LIMIT ? OFFSET ?`,
      ).all(entityId, page.limit, page.offset) as RevisionRow[];
      const { count } = sql('SELECT COUNT(*) AS count FROM revisions WHERE entity_id = ?').get(entityId) as {
        count: number;
      };
      const results = rows.map(({ properties, ...row }) =>
        spliceJson(
          {
            id: row.id,
            created_date: row.created_date,
            created_by: row.created_by,
            message: row.message,
            entity: row.entity_id,
          },
          { properties },
        ),
      );
      return { count, results };
    },
  };
}

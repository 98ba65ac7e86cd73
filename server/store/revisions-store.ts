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

/** Revisions newest first; params are spliced in unparsed (they can be a megabyte each). */
export function createRevisionsStore(sql: Statements) {
  return {
    page(entityId: number, page: Page, withProperties: boolean): { count: number; results: RawJson[] } {
      const columns = `id, entity_id, created_date, created_by, message${withProperties ? ', properties' : ''}`;
      const rows = sql(
        `SELECT ${columns} FROM revisions WHERE entity_id = ? ORDER BY created_date DESC, id DESC LIMIT ? OFFSET ?`,
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

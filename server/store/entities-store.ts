import type { Page } from '../http/query';
import type { Statements } from './statements';

/**
 * Entity reads. Every query exists in two variants, with and without the properties column, so
 * tree listings never read params they are not going to send.
 */
export type EntityRow = {
  id: number;
  workspace_id: number;
  parent_id: number | null;
  entity_type_id: number;
  name: string;
  path: string;
  parent_count: number;
  created_at: string;
  created_by: number;
  updated_at: string;
  last_updated_by: number;
  locked_by: number | null;
  summary: string | null;
  properties?: string;
};

export type EntityList = { count: number; rows: EntityRow[] };

const BASE_COLUMNS =
  'id, workspace_id, parent_id, entity_type_id, name, path, parent_count, created_at, created_by, updated_at, last_updated_by, locked_by, summary';

const ORDER = 'ORDER BY name COLLATE NOCASE, id';

export type EntitiesStore = ReturnType<typeof createEntitiesStore>;

export function createEntitiesStore(sql: Statements) {
  const columns = (withProperties: boolean) =>
    withProperties ? `${BASE_COLUMNS}, properties` : BASE_COLUMNS;

  /** One listing: `where` holds the filter, `params` its values; no page means everything. */
  function list(where: string, params: unknown[], page: Page | null, withProperties: boolean): EntityList {
    const rows = sql(
      `SELECT ${columns(withProperties)} FROM entities WHERE ${where} ${ORDER} LIMIT ? OFFSET ?`,
    ).all(...params, page ? page.limit : -1, page ? page.offset : 0) as EntityRow[];
    if (!page) return { count: rows.length, rows };
    const { count } = sql(`SELECT COUNT(*) AS count FROM entities WHERE ${where}`).get(...params) as {
      count: number;
    };
    return { count, rows };
  }

  return {
    get(id: number, withProperties = false): EntityRow | undefined {
      return sql(`SELECT ${columns(withProperties)} FROM entities WHERE id = ?`).get(id) as
        | EntityRow
        | undefined;
    },
    properties(id: number): string | undefined {
      return (
        sql('SELECT properties FROM entities WHERE id = ?').get(id) as { properties: string } | undefined
      )?.properties;
    },
    roots: (workspaceId: number, page: Page | null, withProperties: boolean) =>
      list('workspace_id = ? AND parent_id IS NULL', [workspaceId], page, withProperties),
    children: (parentId: number, page: Page | null, withProperties: boolean) =>
      list('parent_id = ?', [parentId], page, withProperties),
    siblings(entity: EntityRow, page: Page | null, withProperties: boolean): EntityList {
      return entity.parent_id === null
        ? list(
            'workspace_id = ? AND parent_id IS NULL AND id != ?',
            [entity.workspace_id, entity.id],
            page,
            withProperties,
          )
        : list('parent_id = ? AND id != ?', [entity.parent_id, entity.id], page, withProperties);
    },
    ofType: (workspaceId: number, typeId: number, page: Page | null, withProperties: boolean) =>
      list('workspace_id = ? AND entity_type_id = ?', [workspaceId, typeId], page, withProperties),
  };
}

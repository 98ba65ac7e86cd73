import type { Page } from '../http/query';
import type { WorkspaceRow as SeedWorkspace } from '../seed/workspace-catalogue';
import type { CatalogueStore } from './catalogue-store';
import type { Statements } from './statements';

/** A workspaces row: what the seed catalogue writes, less what lives in other tables or only at seed time. */
export type WorkspaceRow = Omit<SeedWorkspace, 'labels' | 'createdMs'>;

export type WorkspaceFilters = {
  includeArchived: boolean;
  search?: string;
  visibility?: string;
  appId?: number;
  labelId?: number;
  sort: { field: 'name' | 'created_at' | 'updated_at' | 'views'; direction: 'ASC' | 'DESC' };
};

export type WorkspacesStore = ReturnType<typeof createWorkspacesStore>;

const ORGANISATION = { id: 1, name: 'Delta Engineering', subdomain: 'delta-engineering' };

export function createWorkspacesStore(sql: Statements, catalogue: CatalogueStore) {
  function where(filters: WorkspaceFilters): { clause: string; params: unknown[] } {
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (!filters.includeArchived) conditions.push('is_archived = 0');
    if (filters.search) {
      conditions.push('(icontains(name, ?) OR icontains(description, ?))');
      params.push(filters.search, filters.search);
    }
    if (filters.visibility) {
      conditions.push('visibility = ?');
      params.push(filters.visibility);
    }
    if (filters.appId !== undefined) {
      // Development workspaces show no app, so they never match an app filter.
      conditions.push('app_id = ? AND app_version_id IS NOT NULL');
      params.push(filters.appId);
    }
    if (filters.labelId !== undefined) {
      conditions.push(
        'EXISTS (SELECT 1 FROM workspace_labels l WHERE l.workspace_id = w.id AND l.label_id = ?)',
      );
      params.push(filters.labelId);
    }
    return { clause: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
  }

  function labelsFor(ids: number[]): Map<number, unknown[]> {
    const rows = sql(
      'SELECT workspace_id, label_id FROM workspace_labels WHERE workspace_id IN (SELECT value FROM json_each(?)) ORDER BY label_id',
    ).all(JSON.stringify(ids)) as { workspace_id: number; label_id: number }[];
    const result = new Map<number, unknown[]>();
    for (const row of rows) {
      const list = result.get(row.workspace_id) ?? [];
      list.push(catalogue.label(row.label_id));
      result.set(row.workspace_id, list);
    }
    return result;
  }

  function toJson(rows: WorkspaceRow[]): object[] {
    const labels = labelsFor(rows.map((row) => row.id));
    return rows.map((row) => {
      const development = row.app_version_id === null;
      return {
        id: row.id,
        name: row.name,
        slug: row.slug,
        description: row.description,
        visibility: row.visibility,
        created_at: row.created_at,
        updated_at: row.updated_at,
        is_archived: row.is_archived === 1,
        app: development ? null : catalogue.appJson(row.app_id),
        app_version: catalogue.versionJson(row.app_version_id),
        labels: labels.get(row.id) ?? [],
        // Not in the contract: a real server sends more than we document, clients must ignore it.
        views: row.views,
        organisation: ORGANISATION,
      };
    });
  }

  return {
    list(filters: WorkspaceFilters, page: Page): { count: number; results: object[] } {
      const { clause, params } = where(filters);
      const { count } = sql(`SELECT COUNT(*) AS count FROM workspaces w ${clause}`).get(...params) as {
        count: number;
      };
      const order =
        filters.sort.field === 'name'
          ? `name COLLATE NOCASE ${filters.sort.direction}`
          : `${filters.sort.field} ${filters.sort.direction}`;
      const rows = sql(`SELECT * FROM workspaces w ${clause} ORDER BY ${order}, id ASC LIMIT ? OFFSET ?`).all(
        ...params,
        page.limit,
        page.offset,
      ) as WorkspaceRow[];
      return { count, results: toJson(rows) };
    },
    get: (id: number) => sql('SELECT * FROM workspaces WHERE id = ?').get(id) as WorkspaceRow | undefined,
    json: (row: WorkspaceRow) => toJson([row])[0],
    touch: (id: number, timestamp: string) =>
      sql('UPDATE workspaces SET updated_at = ? WHERE id = ?').run(timestamp, id),
  };
}

import type Database from 'better-sqlite3';

/**
 * Apps, versions, entity types and labels: static after seeding, so they are loaded once and
 * serialised from memory.
 */
type AppRow = { id: number; name: string; description: string; created_at: string };
type VersionRow = {
  id: number;
  app_id: number;
  tag: string;
  created_at: string;
  sdk_version: string;
  python_version: string;
  status: string;
  app_type: string;
};
export type EntityTypeRow = {
  id: number;
  app_id: number;
  name: string;
  class_name: string;
  is_file: number;
  is_root: number;
  show_children_as: string | null;
  child_ids: number[];
};
export type LabelRow = { id: number; name: string; description: string; color: string };

export type CatalogueStore = ReturnType<typeof createCatalogueStore>;

export function createCatalogueStore(db: Database.Database) {
  const apps = db
    .prepare('SELECT id, name, description, created_at FROM apps ORDER BY name, id')
    .all() as AppRow[];
  const versions = new Map(
    (db.prepare('SELECT * FROM app_versions').all() as VersionRow[]).map((row) => [row.id, row]),
  );
  const types = (
    db.prepare('SELECT * FROM entity_types ORDER BY id').all() as (EntityTypeRow & { child_ids: string })[]
  ).map((row): EntityTypeRow => ({ ...row, child_ids: JSON.parse(row.child_ids) as number[] }));
  const typeById = new Map(types.map((type) => [type.id, type]));
  const labels = new Map(
    (db.prepare('SELECT id, name, description, color FROM labels').all() as LabelRow[]).map((row) => [
      row.id,
      row,
    ]),
  );
  const latestVersion = (appId: number) =>
    [...versions.values()].filter((version) => version.app_id === appId).sort((a, b) => b.id - a.id)[0];

  return {
    apps: () => apps,
    appJson: (id: number) => {
      const app = apps.find((candidate) => candidate.id === id);
      return app ? { id: app.id, name: app.name } : null;
    },
    appListJson: (app: AppRow) => ({ ...app, latest_version: latestVersion(app.id)?.tag ?? null }),
    versionJson(id: number | null) {
      const version = id === null ? undefined : versions.get(id);
      if (!version) return null;
      const { app_id: _app, ...rest } = version;
      return rest;
    },
    /** The app type a workspace runs; development workspaces run the app's newest code. */
    appType: (appId: number, versionId: number | null) =>
      (versionId === null ? latestVersion(appId) : versions.get(versionId))?.app_type ?? 'tree',
    typesForApp: (appId: number) => types.filter((type) => type.app_id === appId),
    type: (id: number) => typeById.get(id),
    typeJson: (type: EntityTypeRow) => ({
      id: type.id,
      name: type.name,
      class_name: type.class_name,
      is_file: type.is_file === 1,
      child_entity_type_ids: type.child_ids,
      show_children_as: type.show_children_as,
      icon: null,
    }),
    label: (id: number) => labels.get(id),
    hasLabel: (id: number) => labels.has(id),
  };
}

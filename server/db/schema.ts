/**
 * Tables mirror the API's resources closely so routes stay thin. JSON documents (params, summaries)
 * are stored as text and spliced into responses unparsed: a 1 MB params blob is never parsed just to
 * be serialised again.
 */
export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS users (
  id INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  email TEXT NOT NULL,
  job_title TEXT NOT NULL,
  role TEXT NOT NULL,
  date_joined TEXT NOT NULL,
  token TEXT UNIQUE
);

CREATE TABLE IF NOT EXISTS labels (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL, color TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS apps (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL, created_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS app_versions (
  id INTEGER PRIMARY KEY,
  app_id INTEGER NOT NULL REFERENCES apps(id),
  tag TEXT NOT NULL,
  created_at TEXT NOT NULL,
  sdk_version TEXT NOT NULL,
  python_version TEXT NOT NULL,
  status TEXT NOT NULL,
  app_type TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS entity_types (
  id INTEGER PRIMARY KEY,
  app_id INTEGER NOT NULL REFERENCES apps(id),
  name TEXT NOT NULL,
  class_name TEXT NOT NULL,
  is_file INTEGER NOT NULL,
  is_root INTEGER NOT NULL,
  show_children_as TEXT,
  child_ids TEXT NOT NULL
);

-- app_id is always set (entity types come from it); app_version_id is NULL for DEVELOPMENT
-- workspaces, which run a developer's local code and so show no app in the API.
CREATE TABLE IF NOT EXISTS workspaces (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  slug TEXT,
  description TEXT NOT NULL,
  visibility TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  is_archived INTEGER NOT NULL,
  app_id INTEGER NOT NULL REFERENCES apps(id),
  app_version_id INTEGER REFERENCES app_versions(id),
  views INTEGER NOT NULL
);

-- The list endpoint sorts 10,000 workspaces (large scale) on every page.
CREATE INDEX IF NOT EXISTS workspaces_by_name ON workspaces (name COLLATE NOCASE, id);
CREATE INDEX IF NOT EXISTS workspaces_by_created ON workspaces (created_at, id);
CREATE INDEX IF NOT EXISTS workspaces_by_updated ON workspaces (updated_at, id);
CREATE INDEX IF NOT EXISTS workspaces_by_views ON workspaces (views, id);

CREATE TABLE IF NOT EXISTS workspace_labels (
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
  label_id INTEGER NOT NULL REFERENCES labels(id),
  PRIMARY KEY (workspace_id, label_id)
) WITHOUT ROWID;

-- path: JSON array of ancestor ids, root first. Deleting a parent cascades through parent_id.
CREATE TABLE IF NOT EXISTS entities (
  id INTEGER PRIMARY KEY,
  workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
  parent_id INTEGER REFERENCES entities(id) ON DELETE CASCADE,
  entity_type_id INTEGER NOT NULL REFERENCES entity_types(id),
  name TEXT NOT NULL,
  path TEXT NOT NULL,
  parent_count INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  created_by INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  last_updated_by INTEGER NOT NULL,
  locked_by INTEGER REFERENCES users(id),
  properties TEXT NOT NULL,
  summary TEXT
);
CREATE INDEX IF NOT EXISTS entities_by_parent ON entities (parent_id, name COLLATE NOCASE, id);
CREATE INDEX IF NOT EXISTS entities_by_workspace ON entities (workspace_id, parent_id, name COLLATE NOCASE, id);
CREATE INDEX IF NOT EXISTS entities_by_type ON entities (workspace_id, entity_type_id, name COLLATE NOCASE, id);

CREATE TABLE IF NOT EXISTS revisions (
  id INTEGER PRIMARY KEY,
  entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  created_date TEXT NOT NULL,
  created_by INTEGER NOT NULL,
  message TEXT,
  properties TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS revisions_by_entity ON revisions (entity_id, created_date, id);
`;

/** Bump when the seed changes shape or content: older demo databases are then re-seeded. */
export const SEED_VERSION = '2';

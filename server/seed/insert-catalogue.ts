import type Database from 'better-sqlite3';
import { APP_VERSIONS, APPS, ENTITY_TYPES, LABELS } from './catalogue';
import { DEMO_TOKENS, DEMO_USERS } from './users';

/** Users, labels, apps, app versions and entity types: the fixed part of every seed. */
export function insertCatalogue(db: Database.Database): void {
  const insertUser = db.prepare(
    `INSERT INTO users (id, first_name, last_name, email, job_title, role, date_joined, token)
     VALUES (@id, @first_name, @last_name, @email, @job_title, @role, @date_joined, @token)`,
  );
  const tokenHolders = new Map<number, string>([
    [1, DEMO_TOKENS.admin],
    [2, DEMO_TOKENS.engineer],
    [3, DEMO_TOKENS.viewer],
  ]);
  for (const user of DEMO_USERS) insertUser.run({ ...user, token: tokenHolders.get(user.id) ?? null });

  const insertLabel = db.prepare('INSERT INTO labels (id, name, description, color) VALUES (?, ?, ?, ?)');
  for (const label of LABELS) insertLabel.run(label.id, label.name, label.description, label.color);

  const insertApp = db.prepare('INSERT INTO apps (id, name, description, created_at) VALUES (?, ?, ?, ?)');
  for (const app of APPS) {
    const first = APP_VERSIONS.find((version) => version.appId === app.id);
    insertApp.run(app.id, app.name, app.description, first?.created_at ?? '2024-01-08T08:00:00.000000Z');
  }

  const insertVersion = db.prepare(
    `INSERT INTO app_versions (id, app_id, tag, created_at, sdk_version, python_version, status, app_type)
     VALUES (@id, @appId, @tag, @created_at, @sdk_version, @python_version, @status, @app_type)`,
  );
  for (const version of APP_VERSIONS) insertVersion.run(version);

  const insertType = db.prepare(
    `INSERT INTO entity_types (id, app_id, name, class_name, is_file, is_root, show_children_as, child_ids)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const type of ENTITY_TYPES) {
    insertType.run(
      type.id,
      type.appId,
      type.name,
      type.className,
      type.isFile ? 1 : 0,
      type.isRoot ? 1 : 0,
      type.showChildrenAs,
      JSON.stringify(type.childIds),
    );
  }
}

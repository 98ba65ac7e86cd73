import type Database from 'better-sqlite3';

/** Prepares each distinct SQL string once; dynamic queries (workspace filters) reuse their plans too. */
export type Statements = (sql: string) => Database.Statement;

export function createStatements(db: Database.Database): Statements {
  const cache = new Map<string, Database.Statement>();
  return (sql) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
}

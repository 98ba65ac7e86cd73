import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import { createFaultStore, type FaultStore } from './faults/fault-store';
import { createJobStore, type JobStore } from './jobs/job-store';
import type { DemoFixtures } from './seed/fixtures';
import { type CatalogueStore, createCatalogueStore } from './store/catalogue-store';
import { createEntitiesStore, type EntitiesStore } from './store/entities-store';
import { createEntityWrites, type EntityWrites } from './store/entity-writes';
import { createRevisionsStore, type RevisionsStore } from './store/revisions-store';
import { createStatements } from './store/statements';
import { createUsersStore, type UserRow, type UsersStore } from './store/users-store';
import { createWorkspacesStore, type WorkspacesStore } from './store/workspaces-store';
import type { ContractVariant } from './variants/names';
import { createVariantState, type VariantState } from './variants/variant-state';

/** Everything a route needs, built once per server so tests can run several servers side by side. */
export type DemoContext = {
  db: Database.Database;
  users: UsersStore;
  catalogue: CatalogueStore;
  workspaces: WorkspacesStore;
  entities: EntitiesStore;
  writes: EntityWrites;
  revisions: RevisionsStore;
  jobs: JobStore;
  faults: FaultStore;
  fixtures: DemoFixtures;
  /** The contract variants this server answers with (`server/variants/`). */
  variants: VariantState;
  /** Signs temporary download URLs; new per process, so old URLs stop working after a restart. */
  fileSecret: Buffer;
};

/** Hono variables set by the auth middleware. */
export type AppEnv = { Variables: { user: UserRow } };

export function createContext(
  db: Database.Database,
  fixtures: DemoFixtures,
  variants: readonly ContractVariant[] = [],
): DemoContext {
  const sql = createStatements(db);
  const catalogue = createCatalogueStore(db);
  return {
    db,
    users: createUsersStore(db),
    catalogue,
    workspaces: createWorkspacesStore(sql, catalogue),
    entities: createEntitiesStore(sql),
    writes: createEntityWrites(db, sql),
    revisions: createRevisionsStore(sql),
    jobs: createJobStore(),
    faults: createFaultStore(),
    fixtures,
    variants: createVariantState(variants),
    fileSecret: randomBytes(32),
  };
}

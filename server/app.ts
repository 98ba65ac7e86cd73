import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createContext } from './context';
import { createDemoApp } from './create-app';
import { openDemoDatabase } from './db/open-database';
import { type DemoFixtures, demoFixtures, type Scale } from './seed/fixtures';
import type { SeedReport } from './seed/seed';
import { DEMO_TOKENS } from './seed/users';
import { type ContractVariant, unknownVariants } from './variants/names';

export { FIXTURE_ENTITY_IDS, FIXTURE_WORKSPACE_IDS } from './seed/fixtures';
export { DEMO_TOKENS } from './seed/users';
export { CONTRACT_VARIANTS, type ContractVariant, variantsFromEnv } from './variants/names';

export type DemoServerOptions = {
  port?: number;
  host?: string;
  /** `:memory:` for tests; defaults to `.demo-data/demo.sqlite` (or `large.sqlite`). */
  dbPath?: string;
  scale?: Scale;
  /** Throw the existing database away and seed again. */
  reset?: boolean;
  /** One line per request (method, path, status, ms). */
  log?: boolean;
  /** The unauthenticated test hooks (`/__faults`, `/__control`, `/__demo/info`); on by default. */
  faults?: boolean;
  /** Contract variants to answer with from the start (`server/variants/`); none by default. */
  variants?: readonly ContractVariant[];
};

export type DemoServer = {
  url: string;
  port: number;
  tokens: typeof DEMO_TOKENS;
  fixtures: DemoFixtures;
  /** What seeding did on this start, or null when an existing database was reused. */
  seeded: SeedReport | null;
  dbPath: string;
  close(): Promise<void>;
};

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

export function defaultDbPath(scale: Scale): string {
  return resolve(PROJECT_ROOT, '.demo-data', scale === 'large' ? 'large.sqlite' : 'demo.sqlite');
}

/** Opens (and if needed seeds) the database without serving it: `--exit` and `npm run demo:reset`. */
export function prepareDemoDatabase(options: Pick<DemoServerOptions, 'dbPath' | 'scale' | 'reset'>) {
  const scale = options.scale ?? 'small';
  const dbPath = options.dbPath ?? defaultDbPath(scale);
  const { db, seeded } = openDemoDatabase({ dbPath, scale, reset: options.reset });
  db.close();
  return { dbPath, seeded };
}

export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const unknown = unknownVariants(options.variants ?? []);
  if (unknown.length > 0) throw new Error(`Unknown contract variants: ${unknown.join(', ')}`);
  const scale = options.scale ?? 'small';
  const host = options.host ?? '127.0.0.1';
  const dbPath = options.dbPath ?? defaultDbPath(scale);
  const { db, seeded } = openDemoDatabase({ dbPath, scale, reset: options.reset });
  const fixtures = demoFixtures(scale);
  const app = createDemoApp(createContext(db, fixtures, options.variants), {
    log: options.log ?? false,
    faults: options.faults ?? true,
  });

  const server = await new Promise<Server>((resolveServer, reject) => {
    const created = serve({ fetch: app.fetch, port: options.port ?? 8787, hostname: host }, () =>
      resolveServer(created as Server),
    ) as Server;
    created.once('error', reject);
  }).catch((error: unknown) => {
    db.close();
    throw error;
  });

  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    tokens: DEMO_TOKENS,
    fixtures,
    seeded,
    dbPath,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => {
          db.close();
          done();
        });
        server.closeIdleConnections();
        // A request held open by a "delay" fault should not keep a test run alive for long.
        setTimeout(() => server.closeAllConnections(), 1000).unref();
      }),
  };
}

import { parseArgs } from 'node:util';
import { prepareDemoDatabase, startDemoServer, variantsFromEnv } from './app';
import type { Scale } from './seed/fixtures';
import type { SeedReport } from './seed/seed';
import { DEMO_TOKENS, DEMO_USER_IDS, DEMO_USERS } from './seed/users';

/**
 * `tsx server/main.ts [--port 8787] [--host 127.0.0.1] [--db PATH] [--scale small|large] [--reset] [--exit]`
 * `DEMO_VARIANT=a,b` starts with those contract variants (`server/variants/names.ts`).
 * Scripts parse the "listening on" line, so its wording is part of the interface.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    db: { type: 'string' },
    scale: { type: 'string', default: 'small' },
    reset: { type: 'boolean', default: false },
    exit: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid --port ${values.port}`);
  process.exit(2);
}
if (values.scale !== 'small' && values.scale !== 'large') {
  console.error(`Invalid --scale ${values.scale} (small or large)`);
  process.exit(2);
}
const scale: Scale = values.scale;
let variants: ReturnType<typeof variantsFromEnv>;
try {
  variants = variantsFromEnv(process.env.DEMO_VARIANT);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

function reportSeed(seeded: SeedReport | null, dbPath: string): void {
  if (!seeded) return;
  const { entities, revisions, workspaces, ms } = seeded;
  console.log(
    `Seeded ${scale} demo data in ${(ms / 1000).toFixed(1)} s: ${workspaces} workspaces, ${entities} entities, ${revisions} revisions (${dbPath})`,
  );
}

if (values.exit) {
  const { dbPath, seeded } = prepareDemoDatabase({ dbPath: values.db, scale, reset: values.reset });
  reportSeed(seeded, dbPath);
  if (!seeded) console.log(`Demo database is up to date (${dbPath})`);
  process.exit(0);
}

const server = await startDemoServer({
  port,
  host: values.host,
  dbPath: values.db,
  scale,
  reset: values.reset,
  log: !values.quiet,
  variants,
});
reportSeed(server.seeded, server.dbPath);
console.log(`Demo VIKTOR environment listening on ${server.url}`);
if (variants.length > 0) console.log(`Contract variants: ${variants.join(', ')} (PUT /__control/variants)`);
for (const role of ['admin', 'engineer', 'viewer'] as const) {
  const user = DEMO_USERS.find((candidate) => candidate.id === DEMO_USER_IDS[role]);
  const rights = { admin: 'organisation admin', engineer: 'engineer', viewer: 'viewer, read-basic' }[role];
  console.log(`${role}  ${user?.first_name} ${user?.last_name} (${rights})  token: ${DEMO_TOKENS[role]}`);
}
const { workspaces: w, entities: e, counts } = server.fixtures;
console.log(
  `Fixtures: big workspace ${w.big} (parent ${e.bigParent} with ${counts.bigParentChildren} children), ` +
    `workspace ${w.fixtures}: locked entity ${e.locked}, file entity ${e.file}, many-revisions entity ${e.manyRevisions} ` +
    `(${counts.manyRevisions}); archived ${w.archived}, development ${w.development}, simple app ${w.simpleApp}. More: GET /__demo/info`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}

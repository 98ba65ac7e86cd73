import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type PreviewServer, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { type DemoServer, startDemoServer } from '../../server/app';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/**
 * The e2e build goes to its own directory, so an `npm run build` or `npm run preview` running next to
 * the suite cannot swap the assets under it. Same config as `npm run build`, so the same bundle.
 */
const E2E_DIST = join(ROOT, '.e2e-artifacts', 'dist');
const ENVIRONMENT_NAME = 'E2E demo';

type Tokens = DemoServer['tokens'];

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built dashboard, proxied to the demo server as the admin. */
    baseUrl: string;
    /** The same build, proxied as the engineer (not an organisation admin). */
    engineerBaseUrl: string;
    demoUrl: string;
    tokens: Tokens;
    distDir: string;
    environmentName: string;
  }
}

/**
 * vite.config.ts reads VIKTOR_* when it loads, and `preview()` loads it afresh each call: set the
 * variables for that call only, so no worker inherits a token it does not need.
 */
async function startPreview(upstream: string, token: string): Promise<PreviewServer> {
  const env = { VIKTOR_API_URL: upstream, VIKTOR_TOKEN: token, VIKTOR_ENVIRONMENT_NAME: ENVIRONMENT_NAME };
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    return await preview({
      root: ROOT,
      logLevel: 'warn',
      build: { outDir: E2E_DIST },
      preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    });
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/**
 * Vitest sets NODE_ENV=test, and Vite builds with whatever NODE_ENV says: left alone, the e2e run
 * would test React's development build (StrictMode double effects, double requests), not what ships.
 */
async function productionBuild() {
  const saved = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: ROOT, logLevel: 'warn', build: { outDir: E2E_DIST, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = saved;
  }
}

function urlOf(server: PreviewServer): string {
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  return url.replace(/\/$/, '');
}

export default async function setup(project: TestProject) {
  const started = performance.now();
  await productionBuild();
  const built = performance.now();

  // A fresh file database: tests may write, and no run sees another run's edits.
  const dataDir = mkdtempSync(join(tmpdir(), 'viktor-e2e-'));
  const demo = await startDemoServer({ port: 0, dbPath: join(dataDir, 'demo.sqlite'), reset: true });
  const closers: (() => Promise<void>)[] = [() => demo.close()];
  try {
    const admin = await startPreview(demo.url, demo.tokens.admin);
    closers.push(() => admin.close());
    const engineer = await startPreview(demo.url, demo.tokens.engineer);
    closers.push(() => engineer.close());

    project.provide('baseUrl', urlOf(admin));
    project.provide('engineerBaseUrl', urlOf(engineer));
    project.provide('demoUrl', demo.url);
    project.provide('tokens', demo.tokens);
    project.provide('distDir', E2E_DIST);
    project.provide('environmentName', ENVIRONMENT_NAME);
    const ms = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;
    console.log(
      `e2e: built in ${ms(started, built)}, demo server and previews up in ${ms(built, performance.now())} ` +
        `(app ${urlOf(admin)}, demo ${demo.url})`,
    );
  } catch (error) {
    await teardown();
    throw error;
  }

  async function teardown() {
    await Promise.allSettled(closers.reverse().map((close) => close()));
    rmSync(dataDir, { recursive: true, force: true });
  }
  return teardown;
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { type DemoServer, startDemoServer } from '../../server/app';
import { productionBuild, startPreview, urlOf } from '../built-app';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/**
 * The e2e build goes to its own directory, so an `npm run build` or `npm run preview` running next to
 * the suite cannot swap the assets under it (`E2E_DIST_DIR` moves it: two suites side by side).
 * Same config as `npm run build`, so the same bundle.
 */
const E2E_DIST = process.env.E2E_DIST_DIR ?? join(ROOT, '.e2e-artifacts', 'dist');
const ENVIRONMENT_NAME = 'E2E demo';

type Tokens = DemoServer['tokens'];

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built dashboard, proxied to the demo server as the admin. */
    baseUrl: string;
    /** The same build, proxied as the engineer (not an organisation admin). */
    engineerBaseUrl: string;
    demoUrl: string;
    /**
     * The same database behind a second demo server that always answers the default contract: what
     * tests read as the truth, whatever variants the dashboard's server is switched to.
     */
    truthUrl: string;
    tokens: Tokens;
    distDir: string;
    environmentName: string;
  }
}

export default async function setup(project: TestProject) {
  const started = performance.now();
  await productionBuild(E2E_DIST);
  const built = performance.now();

  // A fresh file database: tests may write, and no run sees another run's edits.
  const dataDir = mkdtempSync(join(tmpdir(), 'viktor-e2e-'));
  const demo = await startDemoServer({ port: 0, dbPath: join(dataDir, 'demo.sqlite'), reset: true });
  const closers: (() => Promise<void>)[] = [() => demo.close()];
  try {
    const truth = await startDemoServer({ port: 0, dbPath: join(dataDir, 'demo.sqlite') });
    closers.push(() => truth.close());
    const preview = (token: string) =>
      startPreview({ outDir: E2E_DIST, upstream: demo.url, token, environmentName: ENVIRONMENT_NAME });
    const admin = await preview(demo.tokens.admin);
    closers.push(() => admin.close());
    const engineer = await preview(demo.tokens.engineer);
    closers.push(() => engineer.close());

    project.provide('baseUrl', urlOf(admin));
    project.provide('engineerBaseUrl', urlOf(engineer));
    project.provide('demoUrl', demo.url);
    project.provide('truthUrl', truth.url);
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

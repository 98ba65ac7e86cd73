import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DemoServer, startDemoServer } from '../../server/app';
import { productionBuild, startPreview, urlOf } from '../built-app';
import { writeBarePage } from './bare-page';
import { type Baseline, buildBaseline } from './baseline';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Its own build directory, so a build or an e2e run next to the bench cannot swap assets under it. */
const BENCH_DIST = join(ROOT, '.e2e-artifacts', 'bench-dist');

export type BenchApp = { baseUrl: string; demo: DemoServer };
export type Scale = 'small' | 'large';

export type BenchEnvironment = {
  /**
   * This build served against a demo: `small` (what a first visit downloads does not depend on the
   * data's size) or `large` (10,000 workspaces, 100,000 entities, a 5,000-child node). Each demo and
   * preview starts the first time it is asked for: a run that needs no large demo never seeds one.
   * The build's folder also holds the zero-framework page (bare-page.ts).
   */
  app(scale: Scale): Promise<BenchApp>;
  /** The baseline build (`--baseline`) served the same way, by this checkout's preview and proxy. */
  baselineApp(scale: Scale): Promise<BenchApp>;
  baseline?: Baseline;
  close(): Promise<void>;
};

export async function startBenchEnvironment(
  log: (line: string) => void,
  { baselineRef }: { baselineRef?: string } = {},
): Promise<BenchEnvironment> {
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    await Promise.allSettled(closers.reverse().map((closeOne) => closeOne()));
  };
  const once = <T>(start: () => Promise<T>) => {
    let started: Promise<T> | undefined;
    return () => {
      started ??= start();
      return started;
    };
  };
  try {
    const started = performance.now();
    await productionBuild(BENCH_DIST);
    writeBarePage(BENCH_DIST);
    log(`built in ${seconds(started)}`);
    const baseline = baselineRef ? await buildBaseline(baselineRef, log) : undefined;

    const demos: Record<Scale, () => Promise<DemoServer>> = {
      // Nothing here writes, so the small demo can live in memory and the large one reuses its file.
      small: once(async () => {
        const demo = await startDemoServer({ port: 0, dbPath: ':memory:', scale: 'small', log: false });
        closers.push(() => demo.close());
        return demo;
      }),
      large: once(async () => {
        const seeding = performance.now();
        const demo = await startDemoServer({ port: 0, scale: 'large', log: false });
        closers.push(() => demo.close());
        if (demo.seeded) log(`seeded the large demo database at ${demo.dbPath} in ${seconds(seeding)}`);
        return demo;
      }),
    };
    const served = (outDir: string, scale: Scale) =>
      once(async (): Promise<BenchApp> => {
        const demo = await demos[scale]();
        const server = await startPreview({
          outDir,
          upstream: demo.url,
          token: demo.tokens.admin,
          environmentName: 'Bench',
        });
        closers.push(() => server.close());
        return { baseUrl: urlOf(server), demo };
      });
    const apps = { small: served(BENCH_DIST, 'small'), large: served(BENCH_DIST, 'large') };
    const baselineApps = baseline
      ? { small: served(baseline.distDir, 'small'), large: served(baseline.distDir, 'large') }
      : undefined;

    return {
      app: (scale) => apps[scale](),
      baselineApp: (scale) => {
        if (!baselineApps) throw new Error('no baseline build (--baseline)');
        return baselineApps[scale]();
      },
      baseline,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`;

import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DemoServer, startDemoServer } from '../../server/app';
import { productionBuild, startPreview, urlOf } from '../built-app';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Its own build directory, so a build or an e2e run next to the bench cannot swap assets under it. */
const BENCH_DIST = join(ROOT, '.e2e-artifacts', 'bench-dist');

export type BenchApp = { baseUrl: string; demo: DemoServer };
export type BenchEnvironment = {
  /** The `small` demo: what a first visit downloads does not depend on the data's size. */
  small: BenchApp;
  /** The `large` demo: 100,000 entities, a 5,000-child node. */
  large: BenchApp;
  close(): Promise<void>;
};

const preview = (demo: DemoServer) =>
  startPreview({
    outDir: BENCH_DIST,
    upstream: demo.url,
    token: demo.tokens.admin,
    environmentName: 'Bench',
  });

export async function startBenchEnvironment(log: (line: string) => void): Promise<BenchEnvironment> {
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    await Promise.allSettled(closers.reverse().map((closeOne) => closeOne()));
  };
  try {
    let started = performance.now();
    await productionBuild(BENCH_DIST);
    log(`built in ${seconds(started)}`);

    started = performance.now();
    // Nothing here writes, so the small demo can live in memory and the large one reuses its file.
    const smallDemo = await startDemoServer({ port: 0, dbPath: ':memory:', scale: 'small', log: false });
    closers.push(() => smallDemo.close());
    const largeDemo = await startDemoServer({ port: 0, scale: 'large', log: false });
    closers.push(() => largeDemo.close());
    if (largeDemo.seeded) log(`seeded the large demo database at ${largeDemo.dbPath}`);
    const smallPreview = await preview(smallDemo);
    closers.push(() => smallPreview.close());
    const largePreview = await preview(largeDemo);
    closers.push(() => largePreview.close());
    log(`demo servers and previews up in ${seconds(started)}`);

    return {
      small: { baseUrl: urlOf(smallPreview), demo: smallDemo },
      large: { baseUrl: urlOf(largePreview), demo: largeDemo },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`;

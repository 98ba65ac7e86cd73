import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type PreviewServer, preview } from 'vite';
import { type DemoServer, startDemoServer } from '../../server/app';

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

/** Vite builds with whatever NODE_ENV says: measure React's production build, the one that ships. */
async function productionBuild() {
  const saved = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: ROOT, logLevel: 'warn', build: { outDir: BENCH_DIST, emptyOutDir: true } });
  } finally {
    if (saved === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = saved;
  }
}

/** vite.config.ts reads VIKTOR_* when `preview()` loads it: set them for that call only. */
async function startPreview(demo: DemoServer): Promise<PreviewServer> {
  const env = { VIKTOR_API_URL: demo.url, VIKTOR_TOKEN: demo.tokens.admin, VIKTOR_ENVIRONMENT_NAME: 'Bench' };
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    return await preview({
      root: ROOT,
      logLevel: 'warn',
      build: { outDir: BENCH_DIST },
      preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    });
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

function urlOf(server: PreviewServer): string {
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  return url.replace(/\/$/, '');
}

export async function startBenchEnvironment(log: (line: string) => void): Promise<BenchEnvironment> {
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    await Promise.allSettled(closers.reverse().map((closeOne) => closeOne()));
  };
  try {
    let started = performance.now();
    await productionBuild();
    log(`built in ${seconds(started)}`);

    started = performance.now();
    // Nothing here writes, so the small demo can live in memory and the large one reuses its file.
    const smallDemo = await startDemoServer({ port: 0, dbPath: ':memory:', scale: 'small', log: false });
    closers.push(() => smallDemo.close());
    const largeDemo = await startDemoServer({ port: 0, scale: 'large', log: false });
    closers.push(() => largeDemo.close());
    if (largeDemo.seeded) log(`seeded the large demo database at ${largeDemo.dbPath}`);
    const smallPreview = await startPreview(smallDemo);
    closers.push(() => smallPreview.close());
    const largePreview = await startPreview(largeDemo);
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

import { fileURLToPath } from 'node:url';
import { build, type PreviewServer, preview } from 'vite';

/**
 * The shipped app for e2e tests and benchmarks: a production build in its own directory, served by
 * `vite preview` with the same proxy as `npm run preview`.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Vite builds with whatever NODE_ENV says, and Vitest sets it to `test`: left alone, we would test
 * React's development build (StrictMode double effects, double requests), not what ships.
 */
export async function productionBuild(outDir: string, { root = ROOT }: { root?: string } = {}) {
  const saved = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    // `root` is another checkout for the bench's baseline: its own vite.config.ts and sources.
    await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    if (saved === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = saved;
  }
}

type PreviewOptions = { outDir: string; upstream: string; token: string; environmentName: string };

/**
 * vite.config.ts reads VIKTOR_* when it loads, and `preview()` loads it afresh each call: set the
 * variables for that call only, so nothing else in this process inherits a token.
 */
export async function startPreview({ outDir, upstream, token, environmentName }: PreviewOptions) {
  const env = { VIKTOR_API_URL: upstream, VIKTOR_TOKEN: token, VIKTOR_ENVIRONMENT_NAME: environmentName };
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    return await preview({
      root: ROOT,
      logLevel: 'warn',
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    });
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

export function urlOf(server: PreviewServer): string {
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  return url.replace(/\/$/, '');
}

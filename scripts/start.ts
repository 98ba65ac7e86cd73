/**
 * `npm start`: the dashboard on the demo environment, or on a real one when VIKTOR_API_URL is set.
 *
 *   PORT             dashboard port (default 5173; `--preview` serves the built `dist/`)
 *   VIKTOR_API_URL   upstream, e.g. https://cloud.us1.viktor.ai — unset: start the demo environment
 *   VIKTOR_TOKEN     personal access token, added by the proxy; never printed, never sent to the browser.
 *                    Unset with a real environment: users paste their own token in the page.
 *   DEMO_USER        with the demo environment: admin (default), engineer or viewer
 *   DEMO_VARIANT     with the demo environment: contract variants, comma-separated (server/README.md)
 */
import { type PreviewServer, preview, type ViteDevServer, createServer as viteServer } from 'vite';
import { startDemoServer, variantsFromEnv } from '../server/app';

type Closable = { close(): Promise<void> | void };

async function startUpstream(): Promise<{ closers: Closable[]; environmentName: string }> {
  if (process.env.VIKTOR_API_URL) {
    if (!process.env.VIKTOR_TOKEN) {
      console.log('VIKTOR_TOKEN is not set: each user signs in with a personal access token they paste.');
    }
    return {
      closers: [],
      environmentName: process.env.VIKTOR_ENVIRONMENT_NAME ?? new URL(process.env.VIKTOR_API_URL).host,
    };
  }
  const variants = variantsFromEnv(process.env.DEMO_VARIANT);
  const demo = await startDemoServer({ port: Number(process.env.DEMO_PORT ?? 0), log: false, variants });
  const role = (process.env.DEMO_USER ?? 'admin') as keyof typeof demo.tokens;
  const token = demo.tokens[role];
  if (!token) throw new Error(`DEMO_USER must be one of ${Object.keys(demo.tokens).join(', ')}`);
  process.env.VIKTOR_API_URL = demo.url;
  process.env.VIKTOR_TOKEN = token;
  console.log(`Demo VIKTOR environment at ${demo.url} (data in .demo-data/, reset with npm run demo:reset)`);
  if (variants.length > 0) console.log(`Contract variants: ${variants.join(', ')}`);
  console.log('Demo users (these tokens only open the local demo; switch with DEMO_USER=...):');
  for (const [name, demoToken] of Object.entries(demo.tokens)) {
    console.log(
      `  ${name.padEnd(8)} ${demoToken}${name === role ? '   <- the dashboard uses this one' : ''}`,
    );
  }
  return { closers: [demo], environmentName: 'Demo environment (local)' };
}

async function main() {
  const isPreview = process.argv.includes('--preview');
  const { closers, environmentName } = await startUpstream();
  process.env.VIKTOR_ENVIRONMENT_NAME ??= environmentName;

  const port = Number(process.env.PORT ?? (isPreview ? 4173 : 5173));
  let server: ViteDevServer | PreviewServer;
  if (isPreview) {
    server = await preview({ preview: { port } });
  } else {
    server = await viteServer({ server: { port } });
    await server.listen();
  }
  closers.push({ close: () => server.close() });
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  console.log(`\nVIKTOR dashboard ready: ${url}  (connected to ${process.env.VIKTOR_ENVIRONMENT_NAME})`);

  const shutdown = async () => {
    await Promise.allSettled(closers.map((closer) => closer.close()));
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

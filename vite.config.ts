import tailwindcss from '@tailwindcss/vite';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { themeInit } from './scripts/theme-init-plugin.ts';
import { viktorProxy } from './scripts/viktor-proxy-plugin.ts';

const FIRST_REQUEST = 'src/first-request-entry.ts';

/**
 * src/first-request-entry.ts (src/first-request.ts) as an entry of its own, loaded by index.html with `async`: it runs as soon as
 * it has arrived (not after the document is parsed and its stylesheet loaded, as the app's deferred
 * entry does) and sends the first request while the app's chunks still download. (Vite would merge a
 * second script tag of index.html into the one entry.) The app imports the same module: one
 * instance, whichever runs first. The dev server has no such tag: there main.tsx imports it first.
 */
function firstRequestEntry(): Plugin {
  return {
    name: 'first-request-entry',
    apply: 'build',
    config: () => ({
      build: { rolldownOptions: { input: { index: 'index.html', 'first-request': FIRST_REQUEST } } },
    }),
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunk = Object.values(bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.isEntry && output.name === 'first-request',
        );
        const entry = '<script type="module" crossorigin src="./assets/index-';
        if (!chunk || !html.includes(entry))
          throw new Error('first-request-entry: no entry to put it before');
        const tag = `<script type="module" async crossorigin src="./${chunk.fileName}"></script>`;
        return html.replace(entry, `${tag}\n    ${entry}`);
      },
    },
  };
}

// VIKTOR_* settings are read here, in Node, and never exposed through `import.meta.env`
// (Vite only exposes VITE_-prefixed names to the bundle).
export default defineConfig({
  // Relative URLs: one build serves any folder (`/`, `/tools/viktor/`). Modules and workers find each
  // other from their own URL; index.html gets the folder written in when served (scripts/index-html.ts).
  base: './',
  plugins: [
    // The router plugin must come before react(). Every route's components are split into their own
    // chunk, except the landing page's (`/` redirects to `/workspaces`): its code comes with the
    // entry, preloaded by index.html, instead of being asked for only once the router has started.
    tanstackRouter({
      target: 'react',
      autoCodeSplitting: true,
      codeSplittingOptions: {
        splitBehavior: ({ routeId }) => (routeId === '/workspaces/' ? [] : undefined),
      },
    }),
    react(),
    tailwindcss(),
    firstRequestEntry(),
    themeInit(),
    viktorProxy({
      upstream: process.env.VIKTOR_API_URL,
      token: process.env.VIKTOR_TOKEN,
      environmentName: process.env.VIKTOR_ENVIRONMENT_NAME,
    }),
  ],
  server: {
    port: Number(process.env.PORT ?? 5173),
    strictPort: true,
    host: '127.0.0.1',
    // Test builds and the demo database live in the project folder: not sources to watch.
    watch: { ignored: ['**/.e2e-artifacts/**', '**/.demo-data/**'] },
  },
  // Only the app's own entry: not the HTML of e2e/bench builds under .e2e-artifacts.
  optimizeDeps: { entries: ['index.html'] },
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true, host: '127.0.0.1' },
  build: { target: 'es2022', sourcemap: true },
});

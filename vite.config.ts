import tailwindcss from '@tailwindcss/vite';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { viktorProxy } from './scripts/viktor-proxy-plugin.ts';

// VIKTOR_* settings are read here, in Node, and never exposed through `import.meta.env`
// (Vite only exposes VITE_-prefixed names to the bundle).
export default defineConfig({
  // Relative URLs: one build serves any folder (`/`, `/tools/viktor/`). Modules and workers find each
  // other from their own URL; index.html gets the folder written in when served (scripts/index-html.ts).
  base: './',
  plugins: [
    // The router plugin must come before react().
    tanstackRouter({ target: 'react', autoCodeSplitting: true }),
    react(),
    tailwindcss(),
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

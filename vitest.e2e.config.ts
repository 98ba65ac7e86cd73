import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: Node drives Chromium against the built app (`vite preview`) and the demo server,
 * both started once in the global setup. Run through `npm run test:e2e` (tests/e2e/run.ts).
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    // One Chromium at a time: on a 2-core machine parallel browsers make timing flaky, not faster.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});

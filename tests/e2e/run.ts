/**
 * `npm run test:e2e`: the end-to-end suite in real Chromium (vitest.e2e.config.ts). Extra arguments
 * go to vitest, e.g. `npm run test:e2e -- workspace-list`.
 *
 * Without Chromium a developer's `npm test` still passes, loudly marked as skipped; in CI
 * (`CI=true`) a missing browser is a failure, so a green CI run always means the browser ran.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const INSTALL_HINT = 'end-to-end tests need Chromium: apt-get update && apt-get install -y chromium';
const root = fileURLToPath(new URL('../..', import.meta.url));
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ci = Boolean(process.env.CI) && !['false', '0'].includes(process.env.CI?.toLowerCase() ?? '');

if (!existsSync(chromiumPath)) {
  if (ci) {
    console.error(
      `\nFAILED: ${INSTALL_HINT} (looked for ${chromiumPath}; set CHROMIUM_PATH to use another)\n`,
    );
    process.exit(1);
  }
  const bar = '='.repeat(INSTALL_HINT.length + 9);
  console.warn(`\n${bar}\nSKIPPED: ${INSTALL_HINT}\n${bar}\n`);
  process.exit(0);
}

const started = performance.now();
const result = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: chromiumPath } },
);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (result.error) console.error(result.error);
console.log(`\nend-to-end suite: ${result.status === 0 ? 'passed' : 'FAILED'} in ${seconds} s`);
process.exit(result.status ?? 1);

/**
 * `npx tsx tests/bench/workspace-list-only.ts`: the 10,000-workspace list measurement alone (the
 * bench environment: this build and the baseline build, the large demo and their previews, then
 * Chromium), both builds measured alternately.
 */
import { launchChromium } from '../chromium';
import { DEFAULT_BASELINE_REF } from './baseline';
import { startBenchEnvironment } from './environment';
import { printTable } from './report';
import { measureWorkspaceListScroll } from './workspace-list-scroll';

const log = (line: string) => console.log(`bench: ${line}`);
const environment = await startBenchEnvironment(log, { baselineRef: DEFAULT_BASELINE_REF });
const browser = await launchChromium();
try {
  const started = performance.now();
  const entries = await measureWorkspaceListScroll(browser, await environment.app('large'), {
    before: await environment.baselineApp('large'),
  });
  log(`measured in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  printTable(entries);
} finally {
  await browser.close();
  await environment.close();
}

/**
 * `npx tsx tests/bench/audit-page-vs-cli.ts`: the 100,500-entity archived workspace audited once in
 * Chromium through the built app and once by `npm run audit`, against one large demo, and the two CSVs
 * compared byte for byte. Too long for `npm test` (minutes); run it to check the large case by hand.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { FIXTURE_WORKSPACE_IDS, startDemoServer } from '../../server/app';
import { productionBuild, startPreview, urlOf } from '../built-app';
import { launchChromium } from '../chromium';

const workspaceId = FIXTURE_WORKSPACE_IDS.archived;
const scratch = mkdtempSync(join(tmpdir(), 'audit-page-vs-cli-'));
const demo = await startDemoServer({ port: 0, scale: 'large', log: false });
const outDir = join(scratch, 'dist');
await productionBuild(outDir);
const app = await startPreview({
  outDir,
  upstream: demo.url,
  token: demo.tokens.admin,
  environmentName: 'demo',
});
const browser = await launchChromium();
try {
  const page = await (await browser.newContext({ baseURL: urlOf(app), acceptDownloads: true })).newPage();
  const started = performance.now();
  await page.goto(`/audit/${workspaceId}`);
  await page.getByRole('combobox', { name: 'Requests at once' }).selectOption('6');
  await page.getByRole('button', { name: 'Start audit' }).click();
  await page.getByRole('region', { name: 'Export' }).waitFor({ timeout: 30 * 60_000 });
  const pageSeconds = (performance.now() - started) / 1000;
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const pageCsv = readFileSync((await download.path()) as string);

  const cliCsvPath = join(scratch, 'cli.csv');
  const cliStarted = performance.now();
  await promisify(execFile)(
    'npx',
    [
      'tsx',
      'scripts/audit/main.ts',
      '--workspace',
      String(workspaceId),
      '--csv',
      cliCsvPath,
      '--concurrency',
      '6',
    ],
    {
      env: { ...process.env, VIKTOR_API_URL: `${demo.url}/api/`, VIKTOR_TOKEN: demo.tokens.admin },
      maxBuffer: 1 << 26,
    },
  );
  const cliSeconds = (performance.now() - cliStarted) / 1000;
  const cliCsv = readFileSync(cliCsvPath);
  const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
  const rows = pageCsv.toString('utf8').split('\r\n').length - 2;
  console.log(
    JSON.stringify({
      rows,
      pageSeconds: Math.round(pageSeconds),
      cliSeconds: Math.round(cliSeconds),
      pageSha: sha(pageCsv),
      cliSha: sha(cliCsv),
      identical: pageCsv.equals(cliCsv),
    }),
  );
} finally {
  await browser.close();
  await app.close();
  await demo.close();
}

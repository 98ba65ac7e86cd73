/**
 * `npx tsx tests/bench/audit-only.ts [db]`: the audit crawl measurement alone, against a large demo
 * (seeded on first use, ~10 s), without building the app or starting Chromium.
 */
import { startDemoServer } from '../../server/app';
import { measureAuditCrawl } from './audit-crawl';

const dbPath = process.argv[2] ?? '.demo-data/large.sqlite';
const demo = await startDemoServer({ port: 0, dbPath, scale: 'large', log: false });
try {
  const entries = await measureAuditCrawl({ baseUrl: demo.url, demo }, (line) => console.log(line));
  console.log(JSON.stringify(entries, null, 2));
} finally {
  await demo.close();
}

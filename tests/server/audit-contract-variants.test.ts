// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CONTRACT_VARIANTS, FIXTURE_WORKSPACE_IDS as W } from '../../server/app';
import { runAudit } from '../../src/api/audit/crawl';
import { auditCsvSha256 } from '../../src/api/audit/exports';
import { createMemoryJournal } from '../../src/api/audit/journal';
import { auditRows } from '../../src/api/audit/rows';
import { createApiClient } from '../../src/lib/api-client';
import { startTestServer } from './demo-client';

/**
 * The audit against every contract variant of the demo: where the contract is silent (revision order,
 * key order, page caps, params left out) the CSV must come out byte for byte the same; only a server
 * that leaves fields out may give other cells, never fewer rows. The fixtures workspace is audited: it
 * holds the edge cases (a 60-revision history, a file entity, a locked one) in a tree small enough to
 * crawl seven times; the large archived workspace is audited end to end elsewhere.
 */
const api = startTestServer();

async function auditUnder(variants: readonly string[]) {
  const switched = await api.call('/__control/variants', { as: null, method: 'PUT', body: { variants } });
  expect(switched.status).toBe(200);
  const { server } = api;
  const client = createApiClient({ baseUrl: `${server.url}/api/`, token: server.tokens.admin });
  const result = await runAudit({
    client,
    scope: { environment: 'demo', user: 'admin', workspaceId: W.fixtures },
    journal: createMemoryJournal(),
    concurrency: 6,
  });
  const rows = auditRows(result);
  return { result, rows, sha: auditCsvSha256(rows) };
}

describe('the audit against every contract variant', () => {
  let reference: Awaited<ReturnType<typeof auditUnder>>;

  it("audits the workspace completely with the demo's defaults", async () => {
    reference = await auditUnder([]);
    expect(reference.result.outcome).toBe('done');
    expect(reference.result.failures).toEqual([]);
    expect(reference.rows.length).toBeGreaterThan(50);
    expect(reference.result.requests / reference.rows.length).toBeLessThanOrEqual(3);
  });

  it.each(CONTRACT_VARIANTS.filter((variant) => variant !== 'missing-inferred-fields'))(
    'gives the same CSV bytes under %s, within 3 requests per entity',
    async (variant) => {
      const run = await auditUnder([variant]);
      expect(run.result.outcome).toBe('done');
      expect(run.rows.length).toBe(reference.rows.length);
      expect(run.sha).toBe(reference.sha);
      expect(run.result.requests / run.rows.length).toBeLessThanOrEqual(3);
    },
  );

  it('keeps every row when the server leaves inferred fields out, with those cells empty', async () => {
    const run = await auditUnder(['missing-inferred-fields']);
    expect(run.result.outcome).toBe('done');
    expect(run.rows.map((row) => row.id)).toEqual(reference.rows.map((row) => row.id));
    // Records whose id is a multiple of 5 lack created_by: their cells stay empty, never invented.
    const lacking = run.rows.filter((row) => row.id % 5 === 0);
    expect(lacking.length).toBeGreaterThan(0);
    for (const row of lacking) expect(row.created_by).toBeUndefined();
    const others = run.rows.filter((row) => row.id % 5 !== 0);
    const byId = new Map(reference.rows.map((row) => [row.id, row]));
    for (const row of others) expect(row.created_by).toBe(byId.get(row.id)?.created_by);
  });
});

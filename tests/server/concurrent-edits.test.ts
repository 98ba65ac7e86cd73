// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type DemoServer, startDemoServer } from '../../server/app';
import { mulberry32 } from '../../server/seed/prng';
import { VARIANT_MATRIX } from './variant-matrix';

/**
 * Two engineers save the same entity at (nearly) the same time, 100 times, against the demo
 * environment, through the dashboard's own save path, once per contract variant. Whatever the
 * interleaving and however the server answers, no change may disappear without one of them being told.
 */
const TRIALS = 100;
const WORKSPACE = 2;
/** The dashboard's own origin: the client calls it, and the stubbed fetch plays the proxy. */
const DASHBOARD_ORIGIN = 'http://dashboard.test';

const realFetch = globalThis.fetch;
let upstream: DemoServer | undefined;
let api: typeof import('../../src/api/entities/save-entity') &
  typeof import('../../src/api/entities/queries');

beforeAll(async () => {
  // The client's prefix is read from `location` when its module loads: one origin for every
  // variant's server, and the "proxy" forwards to the server of the block that is running.
  vi.stubGlobal('location', { origin: DASHBOARD_ORIGIN });
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (!upstream || url.origin !== DASHBOARD_ORIGIN) throw new Error(`unexpected request ${request.url}`);
    const headers = new Headers(request.headers);
    headers.set('authorization', `Bearer ${upstream.tokens.admin}`);
    const body = ['GET', 'HEAD'].includes(request.method) ? undefined : await request.text();
    return realFetch(new URL(`${url.pathname}${url.search}`, upstream.url), {
      method: request.method,
      headers,
      body,
      signal: request.signal,
    });
  });
  api = {
    ...(await import('../../src/api/entities/save-entity')),
    ...(await import('../../src/api/entities/queries')),
  };
});

afterAll(() => {
  vi.unstubAllGlobals();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const call = (path: string, init?: RequestInit) => fetch(new URL(path, DASHBOARD_ORIGIN), init);

async function injectPutDelay(entityId: number, delayMs: number) {
  await realFetch(new URL('/__faults', upstream?.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      path: `/api/workspaces/${WORKSPACE}/entities/${entityId}/`,
      method: 'PUT',
      count: 1,
      kind: 'delay',
      delayMs,
    }),
  });
}

describe.each(VARIANT_MATRIX)('two writers saving the same entity ($name)', ({ name, variants }) => {
  beforeAll(async () => {
    upstream = await startDemoServer({ port: 0, dbPath: ':memory:', log: false, variants });
  });
  afterAll(async () => {
    await upstream?.close();
    upstream = undefined;
  });

  it(`never lose a change silently (${TRIALS} randomised trials)`, { timeout: 120_000 }, async () => {
    const random = mulberry32(20261123);
    const roots = (await (await call(`/api/workspaces/${WORKSPACE}/entities/`)).json()) as { id: number }[];
    const entityId = roots[0]?.id as number;
    const outcomes = { saved: 0, conflictBefore: 0, savedOver: 0, unverified: 0, silentLosses: 0, failed: 0 };
    let firstFailure: unknown;

    for (let trial = 0; trial < TRIALS; trial++) {
      const { entity } = await api.getEntityDetail(WORKSPACE, entityId);
      const base = { name: entity.name, properties: entity.properties ?? {}, updatedAt: entity.updated_at };
      // Each writer changes its own key, or (one time in three) the same key to a different value.
      const sameKey = random() < 1 / 3;
      const writers = ['a', 'b'].map((who) => {
        const key = sameKey ? 'trial_value' : `trial_value_${who}`;
        const value = `${who}-${trial}`;
        return { key, value, properties: { ...base.properties, [key]: value } };
      });
      if (random() < 0.6) await injectPutDelay(entityId, Math.floor(random() * 40));
      const starts = writers.map(() => Math.floor(random() * 15));

      const results = await Promise.allSettled(
        writers.map(async (writer, index) => {
          await sleep(starts[index] ?? 0);
          return api.saveEntityChecked(WORKSPACE, entityId, {
            base,
            name: base.name,
            properties: writer.properties,
          });
        }),
      );
      const { entity: final } = await api.getEntityDetail(WORKSPACE, entityId);
      const someoneWasTold = results.some((result) => result.status === 'rejected');
      results.forEach((result, index) => {
        const writer = writers[index] as (typeof writers)[number];
        if (result.status === 'fulfilled') {
          outcomes.saved += 1;
          // Reported as saved, not in the end state, and nobody was told: a silent loss.
          if (final.properties?.[writer.key] !== writer.value && !someoneWasTold) outcomes.silentLosses += 1;
        } else if (result.reason instanceof api.EditConflictError) outcomes.conflictBefore += 1;
        else if (result.reason instanceof api.SavedOverConcurrentEditError) outcomes.savedOver += 1;
        else if (result.reason instanceof api.SaveUnverifiedError) outcomes.unverified += 1;
        else {
          outcomes.failed += 1;
          firstFailure ??= result.reason;
        }
      });
    }

    console.log(`concurrent edits (${name}): ${JSON.stringify(outcomes)}`);
    if (firstFailure) console.log(`concurrent edits (${name}): first failure: ${String(firstFailure)}`);
    expect(outcomes.silentLosses, JSON.stringify(outcomes)).toBe(0);
    expect(outcomes.failed, String(firstFailure)).toBe(0);
    // The trials did race: conflicts were caught before writing.
    expect(outcomes.conflictBefore, JSON.stringify(outcomes)).toBeGreaterThan(0);
    expect(outcomes.saved + outcomes.conflictBefore + outcomes.savedOver + outcomes.unverified).toBe(
      TRIALS * 2,
    );
  });
});

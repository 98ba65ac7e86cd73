// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type DemoServer, startDemoServer } from '../../server/app';
import { mulberry32 } from '../../server/seed/prng';

/**
 * Two engineers save the same entity at (nearly) the same time, 100 times, against the demo
 * environment, through the dashboard's own save path. Whatever the interleaving, no change may
 * disappear without one of them being told.
 */
const TRIALS = 100;
const WORKSPACE = 2;

let server: DemoServer;
let api: typeof import('../../src/api/entities/save-entity') &
  typeof import('../../src/api/entities/queries');

beforeAll(async () => {
  server = await startDemoServer({ port: 0, dbPath: ':memory:', log: false });
  // The dashboard calls same-origin /api and a proxy adds the token: here the demo server is the
  // origin, and this fetch plays the proxy.
  const realFetch = globalThis.fetch;
  vi.stubGlobal('location', { origin: server.url });
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    request.headers.set('authorization', `Bearer ${server.tokens.admin}`);
    return realFetch(request);
  });
  api = {
    ...(await import('../../src/api/entities/save-entity')),
    ...(await import('../../src/api/entities/queries')),
  };
});

afterAll(async () => {
  vi.unstubAllGlobals();
  await server?.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function injectPutDelay(entityId: number, delayMs: number) {
  await fetch(new URL('/__faults', server.url), {
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

describe('two writers saving the same entity', () => {
  it(`never lose a change silently (${TRIALS} randomised trials)`, { timeout: 120_000 }, async () => {
    const random = mulberry32(20261123);
    const roots = (await (
      await fetch(new URL(`/api/workspaces/${WORKSPACE}/entities/`, server.url))
    ).json()) as { id: number }[];
    const entityId = roots[0]?.id as number;
    const outcomes = { saved: 0, conflictBefore: 0, savedOver: 0, silentLosses: 0 };

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
        else throw result.reason;
      });
    }

    expect(outcomes.silentLosses, JSON.stringify(outcomes)).toBe(0);
    // The trials did race: conflicts were caught before writing, and after.
    expect(outcomes.conflictBefore, JSON.stringify(outcomes)).toBeGreaterThan(0);
    expect(outcomes.saved + outcomes.conflictBefore + outcomes.savedOver).toBe(TRIALS * 2);
    console.log(`concurrent edits: ${JSON.stringify(outcomes)}`);
  });
});

// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_ENTITY_IDS as E, FIXTURE_WORKSPACE_IDS as W } from '../../server/app';
import { entitySchema } from '../../src/api/entities/schemas';
import { workspacePageSchema } from '../../src/api/workspaces/schemas';
import { startTestServer } from './demo-client';

const api = startTestServer();

const addFault = (fault: object) => api.json('/__faults', { as: null, method: 'POST', body: fault });

afterEach(async () => {
  await api.call('/__faults', { as: null, method: 'DELETE' });
});

describe('fault injection', () => {
  it('fails the next N matching requests with 500, then recovers', async () => {
    expect((await addFault({ path: '/api/workspaces/', kind: '500', count: 2 })).status).toBe(201);
    expect(await api.json('/api/workspaces/')).toMatchObject({
      status: 500,
      body: { detail: expect.any(String) },
    });
    expect((await api.call('/api/workspaces/?offset=5')).status).toBe(500);
    expect((await api.call('/api/workspaces/')).status).toBe(200);
  });

  it('throttles with 429 and Retry-After, only for the given method', async () => {
    await addFault({ path: '/api/workspaces/', method: 'GET', kind: '429', retryAfter: 3 });
    const throttled = await api.call('/api/workspaces/');
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('3');
  });

  it('answers truncated JSON with 200', async () => {
    await addFault({ path: '/api/workspaces/', kind: 'malformed' });
    const response = await api.call('/api/workspaces/');
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(() => JSON.parse(text)).toThrow();
    expect(text.startsWith('{"count":')).toBe(true);
  });

  it('delays, fakes an expired token, and lists and clears rules', async () => {
    await addFault({ path: '/api/verify/', kind: 'delay', delayMs: 300 });
    const started = Date.now();
    expect((await api.call('/api/verify/')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    await addFault({ path: '/api/users/', kind: '401', count: 5 });
    expect((await api.call('/api/users/current/')).status).toBe(401);
    expect((await api.json<unknown[]>('/__faults', { as: null })).body).toHaveLength(1);
    await api.call('/__faults', { as: null, method: 'DELETE' });
    expect((await api.call('/api/users/current/')).status).toBe(200);
  });

  it('validates fault rules', async () => {
    expect((await addFault({ path: 'api', kind: '500' })).status).toBe(400);
    expect((await addFault({ path: '/api/', kind: 'explode' })).status).toBe(400);
  });
});

describe('control hooks', () => {
  // Edits by someone else through /__control/entities: revisions.test.ts, under every variant.
  it('exposes fixture ids that match the data', async () => {
    const { body } = await api.json<{ fixtures: { entities: typeof E } }>('/__demo/info', { as: null });
    expect(body.fixtures.entities).toEqual(E);
    const all = workspacePageSchema.parse(
      (await api.json('/api/workspaces/?include_archived=true&visibility=DEVELOPMENT')).body,
    );
    expect(all.results.map((workspace) => workspace.id)).toContain(W.development);
    const file = entitySchema.parse(
      (await api.json(`/api/workspaces/${W.fixtures}/entities/${E.file}/`)).body,
    );
    expect(file.entity_type_name).toBe('CPT');
  });
});

// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_ENTITY_IDS as E, FIXTURE_WORKSPACE_IDS as W } from '../../server/app';
import { entitySchema } from '../../src/api/entities/schemas';
import { workspacePageSchema } from '../../src/api/workspaces/schemas';
import { realFetch, startTestServer } from './demo-client';

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

  it('answers 403, 404 and 400 with a DRF body by default, or the given body', async () => {
    const entity = `/api/workspaces/${W.fixtures}/entities/${E.file}/`;
    await addFault({ path: entity, method: 'PUT', kind: '403' });
    await addFault({ path: entity, method: 'GET', kind: '404' });
    await addFault({ path: '/api/workspaces/', kind: '400' });
    expect(await api.json(entity, { method: 'PUT', body: { properties: {} } })).toMatchObject({
      status: 403,
      body: { detail: 'You do not have permission to perform this action.' },
    });
    expect(await api.json(entity)).toMatchObject({ status: 404, body: { detail: 'Not found.' } });
    const invalid = await api.json('/api/workspaces/');
    expect(invalid).toMatchObject({ status: 400, body: { name: ['This field is required.'] } });
    expect(invalid.response.headers.get('content-type')).toContain('application/json');

    const detail = 'This workspace is archived and read-only.';
    await addFault({ path: entity, method: 'PUT', kind: '403', body: { detail } });
    await addFault({ path: entity, kind: '404', body: { detail: 'Entity was deleted.' } });
    const errors = { properties: { soil: ['Enter a number.'] }, non_field_errors: ['Check the soil.'] };
    await addFault({ path: '/api/workspaces/', kind: '400', body: errors });
    expect(await api.json(entity, { method: 'PUT', body: { properties: {} } })).toEqual(
      expect.objectContaining({ status: 403, body: { detail } }),
    );
    expect(await api.json(entity)).toMatchObject({ status: 404, body: { detail: 'Entity was deleted.' } });
    expect(await api.json('/api/workspaces/')).toMatchObject({ status: 400, body: errors });
    // Used up: the real answers again.
    expect((await api.call(entity)).status).toBe(200);
  });

  it('sends no Retry-After for a 429 with retryAfter null, and 1 second by default', async () => {
    await addFault({ path: '/api/workspaces/', kind: '429', retryAfter: null });
    await addFault({ path: '/api/workspaces/', kind: '429' });
    const bare = await api.json('/api/workspaces/');
    expect(bare).toMatchObject({ status: 429, body: { detail: expect.any(String) } });
    expect(bare.response.headers.has('retry-after')).toBe(false);
    const defaulted = await api.call('/api/workspaces/');
    expect(defaulted.status).toBe(429);
    expect(defaulted.headers.get('retry-after')).toBe('1');
    expect((await api.json<unknown[]>('/__faults', { as: null })).body).toEqual([]);
  });

  it('drops the connection for network: fetch rejects, and the next request is answered', async () => {
    await addFault({ path: '/api/verify/', kind: 'network' });
    await expect(api.call('/api/verify/')).rejects.toThrow(TypeError);
    expect((await api.call('/api/verify/')).status).toBe(200);
  });

  it('answers a 200 sign-in page for html and a 302 to /oauth2/sign_in for redirect', async () => {
    await addFault({ path: '/api/workspaces/', kind: 'html' });
    await addFault({ path: '/api/workspaces/', kind: 'redirect' });
    const page = await api.call('/api/workspaces/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toMatch(/<form[^>]*action="\/oauth2\/start"/);

    const redirect = await realFetch(`${api.server.url}/api/workspaces/?offset=5`, {
      headers: { authorization: `Bearer ${api.server.tokens.admin}` },
      redirect: 'manual',
    });
    expect(redirect.status).toBe(302);
    const location = new URL(redirect.headers.get('location') ?? '', api.server.url);
    expect(location.pathname).toBe('/oauth2/sign_in');
    expect(location.searchParams.get('rd')).toBe('/api/workspaces/');
  });

  it('fails only the given method and leaves other paths alone', async () => {
    await addFault({ path: '/api/workspaces/', method: 'POST', kind: '500' });
    expect((await api.call('/api/workspaces/')).status).toBe(200);
    expect((await api.call('/api/verify/')).status).toBe(200);
    expect((await api.json<unknown[]>('/__faults', { as: null })).body).toHaveLength(1);
  });

  it('validates fault rules', async () => {
    expect((await addFault({ path: 'api', kind: '500' })).status).toBe(400);
    expect((await addFault({ path: '/api/', kind: 'explode' })).status).toBe(400);
    expect((await addFault({ path: '/api/', kind: '403', body: 'nope' })).status).toBe(400);
    expect((await addFault({ path: '/api/', kind: '429', retryAfter: -1 })).status).toBe(400);
    expect((await api.json<unknown[]>('/__faults', { as: null })).body).toEqual([]);
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

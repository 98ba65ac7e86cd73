// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEMO_TOKENS } from '../../server/app';
import { userSchema } from '../../src/api/users/schemas';
import { startTestServer } from './demo-client';

const api = startTestServer();
const AUTH_FAILED = { detail: 'No authentication found or authentication is not correct.' };

describe('authentication', () => {
  it('rejects a missing or wrong token with 401 and the DRF detail', async () => {
    const missing = await api.json('/api/verify/', { as: null });
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual(AUTH_FAILED);
    const wrong = await api.json('/api/workspaces/', {
      token: 'vktrpat_AAAAAAAAAAAAAA_BBBBBBBBBBBBBBBBBBBBBBBBBB',
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual(AUTH_FAILED);
  });

  it('verifies a good token', async () => {
    const { status, body } = await api.json('/api/verify/');
    expect(status).toBe(200);
    expect(body).toEqual({});
  });

  it('issues deterministic tokens shaped like real personal access tokens', () => {
    for (const token of Object.values(DEMO_TOKENS))
      expect(token).toMatch(/^vktrpat_[A-Za-z0-9]{14}_[A-Za-z0-9]{26}$/);
    expect(api.server.tokens).toEqual(DEMO_TOKENS);
  });

  it('answers users/current/ with the token holder', async () => {
    const expected = { admin: 'Lovelace', engineer: 'Terzaghi', viewer: 'Hopper' } as const;
    for (const [role, lastName] of Object.entries(expected)) {
      const { status, body } = await api.json('/api/users/current/', { as: role as keyof typeof expected });
      expect(status).toBe(200);
      expect(userSchema.parse(body).last_name).toBe(lastName);
    }
  });
});

describe('routing', () => {
  it('404s a path without its trailing slash, like DRF', async () => {
    const { status, body } = await api.json('/api/workspaces');
    expect(status).toBe(404);
    expect(body).toEqual({ detail: 'Not found.' });
  });

  it('404s unknown paths and non-numeric ids', async () => {
    expect((await api.call('/api/nothing-here/')).status).toBe(404);
    expect((await api.call('/api/workspaces/abc/')).status).toBe(404);
    expect((await api.call('/api/workspaces/999999/')).status).toBe(404);
  });

  it('rejects bodies that are not JSON objects the way DRF does', async () => {
    const list = await api.json('/api/workspaces/2/entities/20/', { method: 'PUT', body: [1, 2] });
    expect(list.status).toBe(400);
    expect(list.body).toEqual({ non_field_errors: ['Invalid data. Expected a dictionary, but got list.'] });
    const target = '/api/workspaces/2/entities/20/';
    const broken = await api.json(target, {
      method: 'PUT',
      rawBody: '{"name": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.status).toBe(400);
    expect(broken.body).toEqual({ detail: expect.stringMatching(/^JSON parse error/) });
    expect(
      (
        await api.call(target, {
          method: 'PUT',
          rawBody: 'name=x',
          headers: { 'content-type': 'text/plain' },
        })
      ).status,
    ).toBe(415);
  });
});

import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { mockServer } from '../../tests/fixtures/mock-server';
import { apiRequest, toRelativeApiPath } from './api-client';
import { paramsSchema } from './schema-helpers';

describe('apiRequest and integers beyond 2^53', () => {
  it('reads them exactly in params and sends them back as the same digits, ids and counts still numbers', async () => {
    let sent: { text: string; type: string | null } | undefined;
    mockServer.use(
      http.get(
        '*/api/things/',
        () =>
          new HttpResponse(
            '{"count": 1, "results": [{"id": 7, "properties": {"ext": 12345678901234567890, "w": 1.5}}]}',
            {
              headers: { 'content-type': 'application/json' },
            },
          ),
      ),
      http.put('*/api/things/7/', async ({ request }) => {
        sent = { text: await request.text(), type: request.headers.get('content-type') };
        return HttpResponse.json({});
      }),
    );
    const item = z.looseObject({ id: z.int(), properties: paramsSchema });
    const schema = z.object({ count: z.int(), results: z.array(item) });
    const page = await apiRequest('get', 'things/', schema);
    expect(page.count).toBe(1);
    const [thing] = page.results;
    expect(thing?.id).toBe(7);
    expect(thing?.properties).toEqual({ ext: 12345678901234567890n, w: 1.5 });

    await apiRequest('put', 'things/7/', z.unknown(), { json: { properties: thing?.properties } });
    expect(sent).toEqual({
      text: '{"properties":{"ext":12345678901234567890,"w":1.5}}',
      type: 'application/json',
    });
  });
});

describe('toRelativeApiPath', () => {
  it('keeps relative API paths', () => {
    expect(toRelativeApiPath('workspaces/1/')).toBe('workspaces/1/');
  });

  it('routes an absolute URL handed out by the API through our own /api proxy', () => {
    expect(toRelativeApiPath('https://cloud.us1.viktor.ai/api/jobs/42/?x=1')).toBe('jobs/42/?x=1');
    expect(toRelativeApiPath('/api/jobs/42/')).toBe('jobs/42/');
  });

  it('refuses an address outside the API', () => {
    expect(() => toRelativeApiPath('https://evil.example/steal')).toThrow('Not a VIKTOR API address');
  });
});

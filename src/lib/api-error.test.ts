import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { mockServer } from '../../tests/fixtures/mock-server';
import { apiRequest } from './api-client';
import { ApiError, parseRetryAfter } from './api-error';

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

const get = () => apiRequest('get', 'things/', z.looseObject({ id: z.number() }));

describe('API error mapping', () => {
  it('keeps DRF field and non-field errors of a 400', async () => {
    mockServer.use(
      http.get('*/api/things/', () =>
        HttpResponse.json(
          { name: ['This field is required.'], non_field_errors: ['Bad combination.'] },
          { status: 400 },
        ),
      ),
    );
    const error = await failureOf(get());
    expect(error.status).toBe(400);
    expect(error.fieldErrors).toEqual({ name: ['This field is required.'] });
    expect(error.nonFieldErrors).toEqual(['Bad combination.']);
    expect(error.message).toBe('Bad combination.');
    expect(error.isTransient).toBe(false);
  });

  it('uses the DRF detail of a 401/403/404 as the message', async () => {
    mockServer.use(
      http.get('*/api/things/', () =>
        HttpResponse.json(
          { detail: 'No authentication found or authentication is not correct.' },
          { status: 401 },
        ),
      ),
    );
    const error = await failureOf(get());
    expect(error.isUnauthorized).toBe(true);
    expect(error.detail).toBe('No authentication found or authentication is not correct.');
  });

  it('explains a status without a body', async () => {
    mockServer.use(http.get('*/api/things/', () => new HttpResponse(null, { status: 503 })));
    const error = await failureOf(get());
    expect(error.message).toBe('The VIKTOR environment is temporarily unavailable.');
    expect(error.isTransient).toBe(true);
  });

  it('reads Retry-After of a 429', async () => {
    mockServer.use(
      http.get('*/api/things/', () =>
        HttpResponse.json({ detail: 'Slow down' }, { status: 429, headers: { 'Retry-After': '7' } }),
      ),
    );
    const error = await failureOf(get());
    expect(error.retryAfterMs).toBe(7000);
    expect(error.isTransient).toBe(true);
  });

  it('reports malformed JSON as an unreadable response', async () => {
    mockServer.use(http.get('*/api/things/', () => new HttpResponse('{"id": 1,', { status: 200 })));
    const error = await failureOf(get());
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toContain('not valid JSON');
  });

  it('reports a network failure', async () => {
    mockServer.use(http.get('*/api/things/', () => HttpResponse.error()));
    const error = await failureOf(get());
    expect(error.kind).toBe('network');
    expect(error.isTransient).toBe(true);
  });

  it('lets an abort through untouched so the query layer can cancel quietly', async () => {
    mockServer.use(http.get('*/api/things/', () => new Promise(() => {})));
    const controller = new AbortController();
    const request = apiRequest('get', 'things/', z.unknown(), { signal: controller.signal });
    controller.abort();
    await expect(request).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 12:00:10 GMT', Date.parse('2026-11-23T12:00:00Z'))).toBe(10_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});

describe('nested field errors', () => {
  it('are flattened to paths a form can show at each field', async () => {
    mockServer.use(
      http.get('*/api/things/', () =>
        HttpResponse.json(
          { properties: { soil: { layers: { '1': { phi: ['Must be below 45.'] } } } }, name: ['Too long.'] },
          { status: 400 },
        ),
      ),
    );
    const error = await failureOf(get());
    expect(error.fieldErrors).toEqual({
      'properties.soil.layers[1].phi': ['Must be below 45.'],
      name: ['Too long.'],
    });
  });
});

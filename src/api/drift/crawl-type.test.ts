import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockServer } from '../../../tests/fixtures/mock-server';
import { createApiClient } from '../../lib/api-client';
import { crawlEntityType, type DriftFailure } from './crawl-type';

const BASE = 'https://drift.test/api';
const WS = 4;
const TYPE = 7;
const client = createApiClient({ baseUrl: `${BASE}/`, token: 'test-token-for-the-node-client' });
// The pool's 5xx backoff and 429 pause without waiting for real time.
const poolOptions = { sleep: async () => undefined };

type Item = Record<string, unknown>;

/** `items` listed 10 a page; each entity's params from `paramsOf` (undefined: answered without them). */
function serve(items: Item[], options: { paramsOf?: (id: number) => Response | Item | undefined } = {}) {
  const gets: number[] = [];
  const offsets: number[] = [];
  mockServer.use(
    http.get(`${BASE}/workspaces/${WS}/entity_types/${TYPE}/entities/`, ({ request }) => {
      const offset = Number(new URL(request.url).searchParams.get('offset'));
      offsets.push(offset);
      return HttpResponse.json({ count: items.length, results: items.slice(offset, offset + 10) });
    }),
    http.get(`${BASE}/workspaces/${WS}/entities/:id/`, ({ params }) => {
      const id = Number(params.id);
      gets.push(id);
      const answer = options.paramsOf?.(id) ?? { p: id };
      if (answer instanceof Response) return answer;
      return HttpResponse.json({ id, name: `E${id}`, properties: answer });
    }),
  );
  return { gets, offsets };
}

async function crawl(extra: Partial<Parameters<typeof crawlEntityType>[0]> = {}) {
  const read: { id: number; params: Item }[] = [];
  const failures: DriftFailure[] = [];
  const result = await crawlEntityType({
    client,
    workspaceId: WS,
    entityTypeId: TYPE,
    poolOptions,
    onEntity: (item) => read.push({ id: item.id, params: item.params }),
    onFailure: (failure) => failures.push(failure),
    ...extra,
  });
  return { result, read, failures };
}

const listed = (count: number) => Array.from({ length: count }, (_, i) => ({ id: i + 1, name: `E${i + 1}` }));

describe('crawlEntityType', () => {
  it('pages by what was received and reads each entity once; params the list carried are not asked again', async () => {
    const items: Item[] = listed(25);
    items[3] = { ...items[3], properties: { from: 'list' } };
    const { gets, offsets } = serve(items);
    const { result, read, failures } = await crawl();
    expect(result).toEqual({ cancelled: false });
    expect(failures).toEqual([]);
    expect(offsets).toEqual([0, 10, 20]);
    expect(read).toHaveLength(25);
    expect(read.find((r) => r.id === 4)?.params).toEqual({ from: 'list' });
    expect(gets.sort((a, b) => a - b)).toEqual(items.map((i) => i.id).filter((id) => id !== 4));
  });

  it('lists each entity that failed, an unreadable item and an entity sent without params, and reads the rest', async () => {
    const items: Item[] = [...listed(6), { name: 'no id' }];
    serve(items, {
      paramsOf: (id) =>
        id === 2
          ? HttpResponse.json(
              { detail: 'You do not have permission to perform this action.' },
              { status: 403 },
            )
          : id === 3
            ? ({ id } as Item & { properties?: never })
            : undefined,
    });
    // Entity 3 answers without `properties`: "not sent", never an empty document.
    mockServer.use(
      http.get(`${BASE}/workspaces/${WS}/entities/3/`, () => HttpResponse.json({ id: 3, name: 'E3' })),
    );
    const { read, failures } = await crawl();
    expect(read.map((r) => r.id).sort()).toEqual([1, 4, 5, 6]);
    expect(failures).toEqual(
      expect.arrayContaining([
        {
          kind: 'entity',
          entityId: 2,
          name: 'E2',
          status: 403,
          reason: 'You do not have permission to perform this action.',
        },
        {
          kind: 'entity',
          entityId: 3,
          name: 'E3',
          reason: 'The server sent this entity without its params.',
        },
        expect.objectContaining({ kind: 'item' }),
      ]),
    );
    expect(failures).toHaveLength(3);
  });

  it('a page that fails ends the listing there, with its offset to retry from', async () => {
    serve(listed(25));
    mockServer.use(
      http.get(`${BASE}/workspaces/${WS}/entity_types/${TYPE}/entities/`, ({ request }) =>
        new URL(request.url).searchParams.get('offset') === '10'
          ? HttpResponse.json({ detail: 'Not found.' }, { status: 404 })
          : undefined,
      ),
    );
    const { read, failures } = await crawl();
    expect(read).toHaveLength(10);
    expect(failures).toEqual([{ kind: 'list', offset: 10, status: 404, reason: 'Not found.' }]);
  });

  it('a 401 ends the crawl', async () => {
    serve(listed(30), {
      paramsOf: (id) =>
        id === 5 ? HttpResponse.json({ detail: 'No authentication found.' }, { status: 401 }) : undefined,
    });
    await expect(crawl()).rejects.toMatchObject({ status: 401 });
  });

  it('a cancel resolves as cancelled with what was read, and sends nothing more', async () => {
    const controller = new AbortController();
    const { gets } = serve(listed(40));
    const read: number[] = [];
    const { result } = await crawl({
      signal: controller.signal,
      concurrency: 1,
      onEntity: (item) => {
        if (item.id === 3) controller.abort();
        read.push(item.id);
      },
    });
    expect(result).toEqual({ cancelled: true });
    expect(read).toEqual([1, 2, 3]);
    expect(gets.length).toBeLessThanOrEqual(4);
  });
});

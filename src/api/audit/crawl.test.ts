import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeWorkspace } from '../../../tests/fixtures/builders';
import { mockServer } from '../../../tests/fixtures/mock-server';
import { createApiClient } from '../../lib/api-client';
import type { AuditProgress } from './audit-types';
import { runAudit } from './crawl';
import { createMemoryJournal, type JournalEntry, replayJournal } from './journal';
import { auditRows } from './rows';

/**
 * A small archived workspace behind msw, shaped to touch every branch of the crawl: roots on two
 * pages, a node with children on three, leaf types (no child types) that must not be asked for
 * children, a type whose child types are not sent (must be asked), histories of every length, one
 * answered as a bare array, one without dates, list items that are half readable or have no id.
 */
const BASE = 'https://audit.test/api';
const WS = 9;
// Not token-shaped on purpose: the client sends whatever it was given, and no real-looking token lives in src.
const TOKEN = 'test-token-for-the-node-client';
const scope = { environment: 'audit.test', user: 'ada@example.com', workspaceId: WS };

const TYPES = [
  { id: 1, name: 'Project', class_name: 'ProjectController', is_file: false, child_entity_type_ids: [2, 3] },
  { id: 2, name: 'Structure', class_name: 'StructureController', is_file: false, child_entity_type_ids: [3] },
  { id: 3, name: 'Pile', class_name: 'PileController', is_file: false, child_entity_type_ids: [] },
  // Child types not sent: unknown, so its entities are asked for children.
  { id: 4, name: 'Note', class_name: 'NoteController', is_file: false },
];
const TYPE_NAMES: Record<number, string> = { 1: 'Project', 2: 'Structure', 3: 'Pile', 4: 'Note' };
const PILE = 3;

const DAY_MS = 86_400_000;
/** VIKTOR's timestamp shape, with microseconds. */
const at = (ms: number) => new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1001Z');
const EPOCH = Date.UTC(2024, 0, 1);

const entity = (id: number, name: string, type: number) => ({
  id,
  name,
  entity_type: type,
  entity_type_name: TYPE_NAMES[type],
  locked: false,
  locked_by: null,
  created_at: at(EPOCH + id * DAY_MS),
  created_by: 1 + (id % 3),
  updated_at: at(EPOCH + (id + 30) * DAY_MS),
  last_updated_by: 1 + (id % 2),
});

const ROOTS: Record<string, unknown>[] = [
  entity(10, 'Project A', 1),
  entity(20, 'Project B', 1),
  entity(30, 'Project C', 1),
  // No id: nothing to name it by, so it is a failure, not a row.
  { name: 'Ghost project', entity_type: 1 },
  // No name, a type that is not a number: still a row, with what could be read.
  { id: 40, entity_type: 'Project', created_at: at(EPOCH) },
  entity(50, 'Loose note', 4),
];

const CHILDREN: Record<number, Record<string, unknown>[]> = {
  10: [entity(11, 'Quay wall', 2), ...[12, 13, 14, 15, 16, 17].map((id) => entity(id, `Pile P-${id}`, PILE))],
  11: [entity(111, 'Pile Q-1', PILE), entity(112, 'Pile Q-2', PILE)],
  20: [entity(21, 'Jetty', 2)],
  21: [],
  30: [],
  40: [entity(41, 'Pile X-1', PILE)],
  50: [],
};
const ALL_IDS = [10, 11, 12, 13, 14, 15, 16, 17, 20, 21, 30, 40, 41, 50, 111, 112];

const REVISION_COUNTS: Record<number, number> = { 11: 5, 12: 3, 30: 4, 50: 0 };
/** Answered as a bare array of the whole history, as older servers do (limit ignored). */
const BARE_HISTORY = 30;
/** Revisions without dates: ids alone tell which is first. */
const UNDATED_HISTORY = 12;

/** Oldest first, ids and dates growing together. */
function historyOf(id: number) {
  const count = REVISION_COUNTS[id] ?? (id % 3) + 1;
  return Array.from({ length: count }, (_, k) => ({
    id: id * 100 + k + 1,
    ...(id === UNDATED_HISTORY ? {} : { created_date: at(EPOCH + (id * 7 + k * 3) * DAY_MS) }),
    created_by: 1 + (k % 2),
    properties: { length: 18.5 + k },
  }));
}

type Fault = {
  path: string;
  offset?: number;
  status: number;
  times: number;
  headers?: Record<string, string>;
};

const server = {
  order: 'newest-first' as 'newest-first' | 'oldest-first',
  /** Entities whose history the user may not read. */
  forbiddenHistory: new Set<number>(),
  /** The root list holds an item without id. */
  withGhost: true,
  faults: [] as Fault[],
  requests: [] as { method: string; url: URL; auth: string | null }[],
  /** Called with each request's URL before it is answered. */
  onRequest: undefined as ((url: URL) => void) | undefined,
  /** Holds responses until this many are in flight (or no more arrive), so overlap is observable. */
  holdUntil: 0,
  inFlight: 0,
  maxInFlight: 0,
};

function resetServer() {
  server.order = 'newest-first';
  server.forbiddenHistory = new Set([21]);
  server.withGhost = true;
  server.faults = [];
  server.requests = [];
  server.onRequest = undefined;
  server.holdUntil = 0;
  server.inFlight = 0;
  server.maxInFlight = 0;
}

const held: (() => void)[] = [];
let holdTimer: ReturnType<typeof setTimeout> | undefined;
function releaseHeld() {
  clearTimeout(holdTimer);
  for (const release of held.splice(0)) release();
}
/** A gate, not a delay: released as soon as enough requests are open; the timer only ends the tail. */
function hold(): Promise<void> {
  if (server.holdUntil === 0) return Promise.resolve();
  return new Promise((resolve) => {
    held.push(resolve);
    clearTimeout(holdTimer);
    if (server.inFlight >= server.holdUntil) releaseHeld();
    else holdTimer = setTimeout(releaseHeld, 20);
  });
}

function page<T>(items: T[], url: URL, cap: number) {
  const limit = Math.min(Number(url.searchParams.get('limit') ?? cap), cap);
  const offset = Number(url.searchParams.get('offset') ?? 0);
  return { count: items.length, results: items.slice(offset, offset + limit) };
}

type Answer = (url: URL, params: Record<string, string | readonly string[] | undefined>) => Response;

/** Every answer goes through here: recorded, counted while open, faults applied first. */
const served =
  (answer: Answer) =>
  async ({
    request,
    params,
  }: {
    request: Request;
    params: Record<string, string | readonly string[] | undefined>;
  }) => {
    const url = new URL(request.url);
    server.requests.push({ method: request.method, url, auth: request.headers.get('authorization') });
    server.onRequest?.(url);
    server.inFlight++;
    server.maxInFlight = Math.max(server.maxInFlight, server.inFlight);
    try {
      await hold();
      const fault = server.faults.find(
        (candidate) =>
          candidate.times > 0 &&
          url.pathname === `/api/${candidate.path}` &&
          (candidate.offset === undefined || Number(url.searchParams.get('offset')) === candidate.offset),
      );
      if (fault) {
        fault.times--;
        return HttpResponse.json(
          { detail: `Scripted ${fault.status}.` },
          { status: fault.status, headers: fault.headers },
        );
      }
      return answer(url, params);
    } finally {
      server.inFlight--;
    }
  };

const handlers = [
  http.get(
    `${BASE}/workspaces/${WS}/`,
    served(() => HttpResponse.json(makeWorkspace({ id: WS, name: 'Afsluitdijk', is_archived: true }))),
  ),
  http.get(
    `${BASE}/workspaces/${WS}/entity_types/`,
    served((url) => HttpResponse.json(page(TYPES, url, 100))),
  ),
  http.get(
    `${BASE}/workspaces/${WS}/entities/`,
    served((url) =>
      HttpResponse.json(page(server.withGhost ? ROOTS : ROOTS.filter((r) => 'id' in r), url, 3)),
    ),
  ),
  http.get(
    `${BASE}/workspaces/${WS}/entities/:id/entities/`,
    served((url, params) => {
      const id = Number(params.id);
      if (!ALL_IDS.includes(id)) return HttpResponse.json({ detail: 'Not found.' }, { status: 404 });
      return HttpResponse.json(page(CHILDREN[id] ?? [], url, 3));
    }),
  ),
  http.get(
    `${BASE}/workspaces/${WS}/entities/:id/revisions/`,
    served((url, params) => {
      const id = Number(params.id);
      if (server.forbiddenHistory.has(id)) {
        return HttpResponse.json({ detail: 'Specified path is not allowed.' }, { status: 403 });
      }
      const oldestFirst = historyOf(id);
      const listed = server.order === 'oldest-first' ? oldestFirst : [...oldestFirst].reverse();
      if (id === BARE_HISTORY) return HttpResponse.json(listed);
      return HttpResponse.json(page(listed, url, 25));
    }),
  ),
];

beforeEach(() => {
  resetServer();
  mockServer.use(...handlers);
});

const client = () => createApiClient({ baseUrl: `${BASE}/`, token: TOKEN });

function audit(options: Partial<Parameters<typeof runAudit>[0]> = {}) {
  return runAudit({ client: client(), scope, journal: createMemoryJournal(), ...options });
}

const requestsTo = (path: string) =>
  server.requests.filter((request) => request.url.pathname === `/api/${path}`);
const childrenPath = (id: number) => `workspaces/${WS}/entities/${id}/entities/`;
const revisionsPath = (id: number) => `workspaces/${WS}/entities/${id}/revisions/`;

/** A clock for the request pool that jumps instead of waiting: a Retry-After of 30 s costs nothing. */
function fakePoolClock() {
  let time = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => time,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      const until = time + ms;
      await Promise.resolve();
      time = Math.max(time, until);
    },
  };
}

describe('runAudit: the tree', () => {
  it('lists every entity once, through every page, with its path and type', async () => {
    const result = await audit();
    const rows = auditRows(result);
    expect(rows.map((row) => row.id)).toEqual(ALL_IDS);
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(112)).toMatchObject({
      path: 'Project A / Quay wall / Pile Q-2',
      entity_type: 'Pile',
      name: 'Pile Q-2',
      created_at: at(EPOCH + 112 * DAY_MS),
      created_by: 1 + (112 % 3),
      updated_at: at(EPOCH + 142 * DAY_MS),
      last_updated_by: 1,
    });
    // Children on three pages of 3: offsets 0, 3, 6; roots on two.
    expect(requestsTo(childrenPath(10)).map((r) => r.url.searchParams.get('offset'))).toEqual([
      '0',
      '3',
      '6',
    ]);
    expect(requestsTo(`workspaces/${WS}/entities/`).map((r) => r.url.searchParams.get('offset'))).toEqual([
      '0',
      '3',
    ]);
    expect(result.workspace.name).toBe('Afsluitdijk');
    expect(result.entityTypeNames.get(PILE)).toBe('Pile');
  });

  it('does not ask a leaf type for children, and asks a type whose child types are unknown', async () => {
    await audit();
    for (const pile of [12, 13, 14, 15, 16, 17, 41, 111, 112]) {
      expect(requestsTo(childrenPath(pile)), `pile ${pile}`).toHaveLength(0);
    }
    // A Note's child types were not sent; entity 40's type could not be read: both are asked.
    expect(requestsTo(childrenPath(50))).toHaveLength(1);
    expect(requestsTo(childrenPath(40))).toHaveLength(1);
    expect(requestsTo(childrenPath(21))).toHaveLength(1);
  });

  it('reads on without the entity types: every entity is asked for children, names come from entities', async () => {
    server.faults = [{ path: `workspaces/${WS}/entity_types/`, status: 403, times: 1 }];
    const result = await audit();
    expect(result.failures).toContainEqual(expect.objectContaining({ step: 'entity-types', status: 403 }));
    const rows = auditRows(result);
    expect(rows.map((row) => row.id)).toEqual(ALL_IDS);
    expect(rows.find((row) => row.id === 112)?.entity_type).toBe('Pile');
    expect(requestsTo(childrenPath(112))).toHaveLength(1);
  });

  it('reports progress up to the last entity', async () => {
    const seen: AuditProgress[] = [];
    await audit({ onProgress: (progress) => seen.push(progress) });
    // Entity 21's history is forbidden: it is found but not done; the list item without id and that
    // history are the errors.
    expect(seen.at(-1)).toMatchObject({ found: 16, done: 15, errors: 2, inFlight: 0, resumed: 0 });
    expect(seen.at(-1)?.requests).toBe(server.requests.length);
  });

  it('keeps a half-readable list item as a row and lists an item without id as a failure', async () => {
    const result = await audit();
    const rows = auditRows(result);
    const unnamed = rows.find((row) => row.id === 40);
    expect(unnamed).toEqual({
      id: 40,
      path: '#40',
      created_at: at(EPOCH),
      revision_count: 2,
      first_revision_at: at(EPOCH + 280 * DAY_MS),
      last_revision_at: at(EPOCH + 283 * DAY_MS),
    });
    // Its child is found below it all the same.
    expect(rows.find((row) => row.id === 41)?.path).toBe('#40 / Pile X-1');
    expect(result.failures).toContainEqual({
      listedUnder: null,
      step: 'list-item',
      reason: expect.stringContaining('id'),
    });
    expect(result.failures.find((failure) => failure.step === 'list-item')).not.toHaveProperty('entityId');
  });

  it('only sends GETs with the token, and at most 3 requests per entity', async () => {
    const result = await audit();
    expect(new Set(server.requests.map((request) => request.method))).toEqual(new Set(['GET']));
    expect(new Set(server.requests.map((request) => request.auth))).toEqual(new Set([`Bearer ${TOKEN}`]));
    expect(result.requests).toBe(server.requests.length);
    expect(result.requests / result.entities.length).toBeLessThanOrEqual(3);
    // Histories are read one revision at a time, never a whole list.
    for (const request of server.requests.filter((r) => r.url.pathname.endsWith('/revisions/'))) {
      expect(request.url.searchParams.get('limit')).toBe('1');
    }
  });
});

describe('runAudit: revision ends', () => {
  it('finds the first and last revision whatever order the server lists them in', async () => {
    const newestFirst = auditRows(await audit());
    server.order = 'oldest-first';
    const oldestFirst = auditRows(await audit());
    expect(oldestFirst).toEqual(newestFirst);

    const byId = new Map(newestFirst.map((row) => [row.id, row]));
    const quayWall = historyOf(11);
    expect(byId.get(11)).toMatchObject({
      revision_count: 5,
      first_revision_at: quayWall[0]?.created_date,
      last_revision_at: quayWall[4]?.created_date,
    });
    // One revision: it is both ends.
    const single = historyOf(15)[0]?.created_date;
    expect(byId.get(15)).toMatchObject({
      revision_count: 1,
      first_revision_at: single,
      last_revision_at: single,
    });
    // None: a count of 0 and no dates, never invented ones.
    expect(byId.get(50)).toMatchObject({ revision_count: 0 });
    expect(byId.get(50)).not.toHaveProperty('first_revision_at');
  });

  it('reads a bare-array history as it is, in one request', async () => {
    const result = await audit();
    const history = historyOf(BARE_HISTORY);
    expect(requestsTo(revisionsPath(BARE_HISTORY))).toHaveLength(1);
    expect(result.revisions.get(BARE_HISTORY)).toMatchObject({
      count: 4,
      first: { id: history[0]?.id, at: history[0]?.created_date },
      last: { id: history[3]?.id, at: history[3]?.created_date },
    });
  });

  it('tells the ends of an undated history apart by their ids, under both orders', async () => {
    const history = historyOf(UNDATED_HISTORY);
    const expected = { count: 3, first: { id: history[0]?.id }, last: { id: history[2]?.id } };
    const newestFirst = await audit();
    expect(newestFirst.revisions.get(UNDATED_HISTORY)).toMatchObject(expected);
    server.order = 'oldest-first';
    const oldestFirst = await audit();
    expect(oldestFirst.revisions.get(UNDATED_HISTORY)).toMatchObject(expected);
    const row = auditRows(oldestFirst).find((candidate) => candidate.id === UNDATED_HISTORY);
    expect(row).toMatchObject({ revision_count: 3 });
    expect(row).not.toHaveProperty('first_revision_at');
    expect(row).not.toHaveProperty('last_revision_at');
  });
});

describe('runAudit: a polite crawler', () => {
  it.each([
    { concurrency: 1, bound: 1 },
    { concurrency: 3, bound: 3 },
    { concurrency: 10, bound: 6 },
  ])(
    'never has more than $bound requests open at the server when asked for $concurrency',
    async ({ concurrency, bound }) => {
      server.holdUntil = bound;
      const result = await audit({ concurrency });
      expect(server.maxInFlight).toBe(bound);
      expect(auditRows(result).map((row) => row.id)).toEqual(ALL_IDS);
    },
  );

  it('waits out a 429 for everyone and retries a 5xx, and the audit comes out the same', async () => {
    const reference = auditRows(await audit());
    const referenceRequests = server.requests.length;
    server.requests = [];
    server.faults = [
      {
        path: `workspaces/${WS}/entities/`,
        offset: 3,
        status: 429,
        times: 1,
        headers: { 'retry-after': '30' },
      },
      { path: revisionsPath(13), status: 503, times: 2 },
      { path: childrenPath(11), status: 500, times: 1 },
    ];
    const clock = fakePoolClock();
    const seen: AuditProgress[] = [];
    const result = await audit({
      poolOptions: { now: clock.now, sleep: clock.sleep },
      onProgress: (progress) => seen.push(progress),
    });
    expect(result.outcome).toBe('partial'); // the scripted 403 and the list item without id, nothing else
    expect(result.failures.map((failure) => failure.step).sort()).toEqual(['list-item', 'revisions']);
    expect(auditRows(result)).toEqual(reference);
    // The pause for Retry-After, and one backoff per 5xx.
    expect(clock.sleeps).toContain(30_000);
    expect(server.requests.length).toBe(referenceRequests + 4);
    expect(result.requests).toBe(server.requests.length);
    expect(seen.some((progress) => progress.waitingUntil === 30_000)).toBe(true);
  });

  it('lists a 403 on one history as a failure with its reason and completes the rest', async () => {
    const result = await audit();
    expect(result.outcome).toBe('partial');
    expect(result.failures).toContainEqual({
      entityId: 21,
      step: 'revisions',
      status: 403,
      reason: 'Specified path is not allowed.',
    });
    const rows = auditRows(result);
    expect(rows.map((row) => row.id)).toEqual(ALL_IDS);
    const jetty = rows.find((row) => row.id === 21);
    expect(jetty).toMatchObject({ name: 'Jetty', path: 'Project B / Jetty' });
    expect(jetty).not.toHaveProperty('revision_count');
    // A 403 is not retried.
    expect(requestsTo(revisionsPath(21))).toHaveLength(1);
  });

  it('says done when nothing failed', async () => {
    server.forbiddenHistory = new Set();
    server.withGhost = false;
    const result = await audit();
    expect(result.failures).toEqual([]);
    expect(result.outcome).toBe('done');
  });
});

describe('runAudit: cancel and resume', () => {
  const units = (entries: JournalEntry[]) => replayJournal(entries).units;

  // At concurrency 1 most requests are queued for the one slot when the cancel comes: all must give up.
  it.each([1, 4])(
    'keeps finished work on cancel and redoes none of it on resume, giving the same rows (concurrency %i)',
    async (concurrency) => {
      const reference = await audit();
      server.requests = [];

      const journal = createMemoryJournal();
      const controller = new AbortController();
      // Entity 111 is asked for only once its parent's unit (and so the units above it) finished.
      server.onRequest = (url) => {
        if (url.pathname === `/api/${revisionsPath(111)}`) controller.abort(new Error('cancelled'));
      };
      const cancelled = await audit({ journal, signal: controller.signal, concurrency });
      expect(cancelled.outcome).toBe('cancelled');

      const saved = units(journal.entries);
      const finished = [...saved.values()].filter((unit) => unit.complete);
      const finishedIds = finished.map((unit) => unit.entityId);
      expect(finishedIds).toEqual(expect.arrayContaining([null, 10, 11]));
      expect(replayJournal(journal.entries).finishedAt).toBeUndefined();

      server.onRequest = undefined;
      server.requests = [];
      const seen: AuditProgress[] = [];
      const resumed = await audit({ journal, concurrency, onProgress: (progress) => seen.push(progress) });
      for (const id of finishedIds) {
        if (id === null) expect(requestsTo(`workspaces/${WS}/entities/`)).toHaveLength(0);
        else {
          expect(requestsTo(childrenPath(id)), `children of ${id}`).toHaveLength(0);
          expect(requestsTo(revisionsPath(id)), `history of ${id}`).toHaveLength(0);
        }
      }
      expect(auditRows(resumed)).toEqual(auditRows(reference));
      expect(resumed.failures).toEqual(expect.arrayContaining(reference.failures));
      expect(resumed.failures).toHaveLength(reference.failures.length);
      expect(resumed.outcome).toBe(reference.outcome);
      expect(resumed.startedAt).toBe(cancelled.startedAt);
      expect(resumed.requests).toBe(cancelled.requests + server.requests.length);
      expect(seen.at(-1)?.resumed).toBe(finished.filter((unit) => unit.entityId !== null).length);
      expect(replayJournal(journal.entries).finishedAt).toBe(resumed.finishedAt);
    },
  );

  it('tries an entity whose history failed again on resume', async () => {
    const journal = createMemoryJournal();
    const first = await audit({ journal });
    expect(first.revisions.has(21)).toBe(false);
    server.forbiddenHistory = new Set();
    server.requests = [];
    const second = await audit({ journal });
    // Only the unit that was not complete is redone.
    expect(requestsTo(revisionsPath(21))).toHaveLength(1);
    expect(requestsTo(revisionsPath(11))).toHaveLength(0);
    expect(second.revisions.get(21)).toMatchObject({ count: 1 });
    expect(second.failures.filter((failure) => failure.step === 'revisions')).toEqual([]);
  });

  it('rejects with a 401 and keeps the journal, so a new token resumes where it stopped', async () => {
    const reference = await audit();
    const journal = createMemoryJournal();
    server.faults = [{ path: revisionsPath(111), status: 401, times: 1 }];
    await expect(audit({ journal })).rejects.toMatchObject({ name: 'ApiError', status: 401 });
    const saved = units(journal.entries);
    expect(saved.get('root')?.complete).toBe(true);
    expect(saved.get('11')?.complete).toBe(true);

    server.requests = [];
    const resumed = await audit({ journal });
    expect(requestsTo(`workspaces/${WS}/entities/`)).toHaveLength(0);
    expect(requestsTo(childrenPath(11))).toHaveLength(0);
    expect(auditRows(resumed)).toEqual(auditRows(reference));
  });

  it('rejects with the reason when cancelled before the workspace record arrived', async () => {
    const reason = new Error('cancelled at once');
    const journal = createMemoryJournal();
    await expect(audit({ journal, signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(server.requests).toEqual([]);
    expect(journal.entries).toEqual([]);

    // Aborted while the workspace record is on its way.
    const controller = new AbortController();
    server.onRequest = () => controller.abort(reason);
    await expect(audit({ journal, signal: controller.signal })).rejects.toBe(reason);
    expect(server.requests.map((request) => request.url.pathname)).toEqual([`/api/workspaces/${WS}/`]);
  });
});

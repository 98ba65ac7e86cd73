import type { ApiClient } from '../../lib/api-client';
import { isApiError } from '../../lib/api-error';
import { nextOffset } from '../../lib/pagination';
import { createRequestPool, type RequestPoolOptions } from '../../lib/request-pool';
import { isUnreadable } from '../../lib/schema-helpers';
import { type DriftItem, getEntityParams, listEntitiesOfTypePage, toDriftItem } from './drift-endpoints';

export const DEFAULT_DRIFT_CONCURRENCY = 4;

/** What could not be read: one entity's params, one listed item, or the list from some offset on. */
export type DriftFailure =
  | { kind: 'entity'; entityId: number; name?: string; status?: number; reason: string }
  | { kind: 'item'; entityId?: number; reason: string }
  | { kind: 'list'; offset: number; status?: number; reason: string };

export type DriftProgress = {
  /** Entities the type has, from the list's `count` (undefined until the first page). */
  total: number | undefined;
  listed: number;
  /** Entities whose params were read. */
  read: number;
  requests: number;
  failures: number;
  inFlight: number;
};

/** Where every crawl starts: nothing listed, read or asked yet, the total not known. */
export const EMPTY_DRIFT_PROGRESS: Readonly<DriftProgress> = {
  total: undefined,
  listed: 0,
  read: 0,
  requests: 0,
  failures: 0,
  inFlight: 0,
};

export type CrawlTypeOptions = {
  client: ApiClient;
  workspaceId: number;
  entityTypeId: number;
  concurrency?: number;
  /** Cancels: what was read stays read, the promise resolves with `cancelled: true`. */
  signal?: AbortSignal;
  /** Start listing here: a retry of a list that failed part-way. */
  fromOffset?: number;
  onEntity: (item: DriftItem & { params: Record<string, unknown> }) => void;
  onFailure: (failure: DriftFailure) => void;
  onProgress?: (progress: DriftProgress) => void;
  poolOptions?: Partial<RequestPoolOptions>;
};

const statusOf = (error: unknown) => (isApiError(error) && error.status > 0 ? error.status : undefined);
const reasonOf = (error: unknown) =>
  isApiError(error)
    ? (error.detail ?? error.message)
    : error instanceof Error
      ? error.message
      : String(error);

/** A 401 ends the crawl: every further request would fail the same way. */
const isFatal = (error: unknown) => isApiError(error) && error.isUnauthorized;

/**
 * Reads the params of every entity of one type through the audit's request pool: at most `concurrency`
 * in flight, a 429 waited out, a 5xx retried with backoff. The list is read page by page (the next
 * page only once the previous one says where it ends); each entity whose params the list did not carry
 * is then fetched on its own. A failed entity is reported and the rest goes on; a failed page ends the
 * listing there (its offset is reported, to retry from); a 401 ends the crawl (thrown).
 */
export async function crawlEntityType(options: CrawlTypeOptions): Promise<{ cancelled: boolean }> {
  const { client, workspaceId, entityTypeId, signal } = options;
  signal?.throwIfAborted();
  const controller = new AbortController();
  const stop = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', stop, { once: true });
  const pool = createRequestPool({
    concurrency: options.concurrency ?? DEFAULT_DRIFT_CONCURRENCY,
    ...options.poolOptions,
    signal: controller.signal,
  });
  const progress: DriftProgress = { ...EMPTY_DRIFT_PROGRESS };
  const report = () => options.onProgress?.({ ...progress, inFlight: pool.inFlight });
  const call = <T>(request: (signal: AbortSignal | undefined) => Promise<T>) =>
    pool.run((poolSignal) => {
      progress.requests++;
      report();
      return request(poolSignal);
    });
  const fail = (failure: DriftFailure) => {
    progress.failures++;
    options.onFailure(failure);
  };
  let fatal: unknown;
  const pending = new Set<Promise<void>>();

  const readOne = async (item: DriftItem) => {
    try {
      const params = await call((s) => getEntityParams(workspaceId, item.id, { client, signal: s }));
      if (controller.signal.aborted) return;
      if (params === undefined) {
        fail({
          kind: 'entity',
          entityId: item.id,
          ...name(item),
          reason: 'The server sent this entity without its params.',
        });
      } else {
        progress.read++;
        options.onEntity({ ...item, params });
      }
    } catch (error) {
      if (controller.signal.aborted) return;
      if (isFatal(error)) {
        fatal ??= error;
        controller.abort(error);
        return;
      }
      fail({ kind: 'entity', entityId: item.id, ...name(item), ...status(error), reason: reasonOf(error) });
    } finally {
      report();
    }
  };

  try {
    for (let offset: number | undefined = options.fromOffset ?? 0; offset !== undefined; ) {
      const at: number = offset;
      let page: Awaited<ReturnType<typeof listEntitiesOfTypePage>>;
      try {
        page = await call((s) =>
          listEntitiesOfTypePage(workspaceId, entityTypeId, at, { client, signal: s }),
        );
      } catch (error) {
        if (controller.signal.aborted) break;
        if (isFatal(error)) throw error;
        fail({ kind: 'list', offset: at, ...status(error), reason: reasonOf(error) });
        break;
      }
      progress.total = page.count;
      for (const listed of page.results) {
        progress.listed++;
        if (isUnreadable(listed)) {
          fail({
            kind: 'item',
            ...(listed.id === undefined ? {} : { entityId: listed.id }),
            reason: listed.reason,
          });
          continue;
        }
        const item = toDriftItem(listed);
        if (item.params) {
          progress.read++;
          options.onEntity({ ...item, params: item.params });
        } else {
          const work: Promise<void> = readOne(item).finally(() => pending.delete(work));
          pending.add(work);
        }
      }
      report();
      offset = nextOffset(page, undefined, at);
    }
    await Promise.allSettled(pending);
    if (fatal !== undefined && !signal?.aborted) throw fatal;
    report();
    return { cancelled: signal?.aborted === true };
  } finally {
    signal?.removeEventListener('abort', stop);
  }
}

const name = (item: DriftItem) => (item.name === undefined ? {} : { name: item.name });
const status = (error: unknown) => {
  const code = statusOf(error);
  return code === undefined ? {} : { status: code };
};

/** One entity again, after a failure: the same pool rules (429, 5xx), alone. */
export async function retryEntityParams(
  client: ApiClient,
  workspaceId: number,
  entityId: number,
  signal?: AbortSignal,
): Promise<Record<string, unknown> | undefined> {
  const pool = createRequestPool({ concurrency: 1, ...(signal ? { signal } : {}) });
  return pool.run((s) => getEntityParams(workspaceId, entityId, { client, signal: s }));
}

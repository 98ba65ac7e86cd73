import type { ApiClient, RequestOptions } from '../../lib/api-client';
import { isApiError } from '../../lib/api-error';
import { nextOffset } from '../../lib/pagination';
import { createRequestPool, type RequestPoolOptions } from '../../lib/request-pool';
import { isUnreadable } from '../../lib/schema-helpers';
import { listEntityTypes } from '../entity-types/queries';
import { getWorkspace } from '../workspaces/queries';
import { assembleAuditResult } from './assemble-result';
import { listAuditEntities, toAuditEntity } from './audit-endpoints';
import type {
  AuditEntity,
  AuditFailure,
  AuditProgress,
  AuditResult,
  AuditScope,
  AuditUnit,
  RevisionSummary,
} from './audit-types';
import { type AuditJournal, type JournalEntry, replayJournal, unitKey } from './journal';
import { createProgressMeter } from './progress-meter';
import { readRevisionSummary } from './revision-ends';

export const DEFAULT_AUDIT_CONCURRENCY = 4;

export type RunAuditOptions = {
  client: ApiClient;
  scope: AuditScope;
  journal: AuditJournal;
  /** Requests in flight at once: default 4, never more than 6. */
  concurrency?: number;
  /** Cancels the run: finished work stays in the journal and the result says `cancelled`. */
  signal?: AbortSignal;
  onProgress?: (progress: AuditProgress) => void;
  /** Tests replace the pool's clock and sleep. */
  poolOptions?: Partial<RequestPoolOptions>;
  /** How often finished units are written to the journal. */
  flushEvery?: { units: number; ms: number };
};

type Call = <T>(request: (options: RequestOptions) => Promise<T>) => Promise<T>;

/** Why a step failed, in words an admin can act on. */
function failureOf(error: unknown, step: AuditFailure['step'], entityId?: number): AuditFailure {
  const status = isApiError(error) && error.status > 0 ? error.status : undefined;
  const reason = isApiError(error) ? (error.detail ?? error.message) : String(error);
  return { ...(entityId === undefined ? {} : { entityId }), step, ...(status ? { status } : {}), reason };
}

/** A 401 ends the run: every further request would fail the same way. */
const isFatal = (error: unknown) => isApiError(error) && error.isUnauthorized;

type TypeInfo = { names: Map<number, string>; childTypes: Map<number, number[]> };

async function readEntityTypes(call: Call, workspaceId: number, failures: AuditFailure[]): Promise<TypeInfo> {
  const info: TypeInfo = { names: new Map(), childTypes: new Map() };
  try {
    for (let offset: number | undefined = 0; offset !== undefined; ) {
      const at: number = offset;
      const page = await call((options) => listEntityTypes(workspaceId, { offset: at }, options));
      for (const type of page.results) {
        if (isUnreadable(type)) continue;
        info.names.set(type.id, type.name);
        if (type.child_entity_type_ids) info.childTypes.set(type.id, type.child_entity_type_ids);
      }
      offset = nextOffset(page, undefined, at);
    }
  } catch (error) {
    if (isFatal(error)) throw error;
    // Without the types the audit still runs: names come from the entities, every entity is listed.
    failures.push(failureOf(error, 'entity-types'));
  }
  return info;
}

async function readChildren(
  call: Call,
  workspaceId: number,
  parentId: number | null,
  unit: AuditUnit,
): Promise<void> {
  for (let offset: number | undefined = 0; offset !== undefined; ) {
    const at: number = offset;
    const page = await call((options) => listAuditEntities(workspaceId, parentId, at, options));
    for (const item of page.results) {
      if (isUnreadable(item)) {
        unit.failures.push({
          ...(item.id === undefined ? {} : { entityId: item.id }),
          listedUnder: parentId,
          step: 'list-item',
          reason: item.reason,
        });
      } else {
        unit.children.push(toAuditEntity(item, parentId));
      }
    }
    offset = nextOffset(page, undefined, at);
  }
}

/**
 * Audits one workspace: its whole entity tree, and for every entity its revision count and first and
 * last revision. Only GET requests; at most `concurrency` (≤ 6) in flight; a 429 is waited out, a 5xx
 * retried with backoff, other 4xx recorded as a failure of that entity (the rest goes on), a 401 ends
 * the run. Per entity: one children request (none when its type has no child types; more only for
 * children beyond one page) and one or two `limit=1` revision requests.
 */
export async function runAudit(options: RunAuditOptions): Promise<AuditResult> {
  const { client, scope, journal } = options;
  const { workspaceId } = scope;
  // An abort listener never fires for a signal aborted already: without this the whole crawl would run.
  options.signal?.throwIfAborted();
  const controller = new AbortController();
  const stopOnCancel = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', stopOnCancel, { once: true });

  const previous = replayJournal(await journal.read());
  const runStartedAt = new Date().toISOString();
  const units = previous.units;
  let requests = 0;
  let journaledRequests = 0;

  const meter = createProgressMeter();
  const pool = createRequestPool({
    concurrency: options.concurrency ?? DEFAULT_AUDIT_CONCURRENCY,
    ...options.poolOptions,
    signal: controller.signal,
    onPause: (until) => {
      meter.waitingUntil = until;
      report(true);
    },
  });
  const call: Call = (request) =>
    pool.run((signal) => {
      requests++;
      return request({ client, signal });
    });

  // Everything known so far, from the units already in the journal.
  const entities = new Map<number, AuditEntity>();
  for (const unit of units.values()) for (const child of unit.children) entities.set(child.id, child);
  const isComplete = (entityId: number | null) => units.get(unitKey(entityId))?.complete === true;
  let errors = [...units.values()].reduce((sum, unit) => sum + unit.failures.length, 0);
  const resumed = [...units.values()].filter((unit) => unit.entityId !== null && unit.complete).length;

  const progress = (): AuditProgress => ({
    found: entities.size,
    done: meter.done,
    requests: previous.requests + requests,
    errors,
    inFlight: pool.inFlight,
    resumed,
    ...meter.rate(entities.size),
    ...(meter.waitingUntil === undefined ? {} : { waitingUntil: meter.waitingUntil }),
  });
  function report(force = false) {
    if (options.onProgress && (force || meter.shouldReport())) options.onProgress(progress());
  }
  meter.done = resumed;

  // Finished units reach the journal in batches; writes are chained so they land in order.
  const flushEvery = options.flushEvery ?? { units: 250, ms: 1000 };
  let unflushed: AuditUnit[] = [];
  let lastFlush = Date.now();
  let writes: Promise<void> = journal.append([{ kind: 'run-started', at: runStartedAt }]);
  function flush(extra: JournalEntry[] = []) {
    const batch = unflushed;
    unflushed = [];
    lastFlush = Date.now();
    const delta = requests - journaledRequests;
    journaledRequests = requests;
    const entries: JournalEntry[] = [
      ...(batch.length || delta ? [{ kind: 'units' as const, units: batch, requests: delta }] : []),
      ...extra,
    ];
    writes = writes.then(() => journal.append(entries));
    return writes;
  }

  try {
    const workspace = await call((o) => getWorkspace(workspaceId, o));
    const runFailures: AuditFailure[] = [];
    const types = await readEntityTypes(call, workspaceId, runFailures);
    const mayHaveChildren = (entity: AuditEntity | undefined) => {
      if (entity?.entityTypeId === undefined) return true;
      const childTypes = types.childTypes.get(entity.entityTypeId);
      return childTypes === undefined || childTypes.length > 0;
    };

    async function crawlUnit(entityId: number | null): Promise<AuditUnit> {
      const unit: AuditUnit = { entityId, complete: true, children: [], failures: [] };
      const children = async () => {
        if (entityId !== null && !mayHaveChildren(entities.get(entityId))) return;
        try {
          await readChildren(call, workspaceId, entityId, unit);
        } catch (error) {
          if (isFatal(error) || controller.signal.aborted) throw error;
          unit.complete = false;
          unit.failures.push(failureOf(error, 'children', entityId ?? undefined));
        }
      };
      const history = async () => {
        if (entityId === null) return;
        try {
          const summary: RevisionSummary = await readRevisionSummary(call, workspaceId, entityId, unit);
          unit.revisions = summary;
        } catch (error) {
          if (isFatal(error) || controller.signal.aborted) throw error;
          unit.complete = false;
          unit.failures.push(failureOf(error, 'revisions', entityId));
        }
      };
      await Promise.all([children(), history()]);
      return unit;
    }

    // Work: the root list if it is not done, then every known entity that is not done.
    const queue: (number | null)[] = [];
    const scheduled = new Set<string>();
    const schedule = (entityId: number | null) => {
      const key = unitKey(entityId);
      if (scheduled.has(key) || isComplete(entityId)) return;
      scheduled.add(key);
      queue.push(entityId);
    };
    schedule(null);
    for (const id of [...entities.keys()].sort((a, b) => a - b)) schedule(id);

    const finishUnit = (unit: AuditUnit) => {
      if (controller.signal.aborted) return;
      const key = unitKey(unit.entityId);
      errors += unit.failures.length - (units.get(key)?.failures.length ?? 0);
      units.set(key, unit);
      for (const child of unit.children) {
        entities.set(child.id, child);
        schedule(child.id);
      }
      if (unit.entityId !== null && unit.complete) meter.done++;
      unflushed.push(unit);
      if (unflushed.length >= flushEvery.units || Date.now() - lastFlush >= flushEvery.ms) void flush();
      report();
    };

    // Enough units under way to keep every request slot busy while some wait on their next step.
    const maxActive = pool.concurrency * 4;
    const active = new Set<Promise<void>>();
    let fatal: unknown;
    let next = 0;
    while (fatal === undefined && !controller.signal.aborted) {
      while (next < queue.length && active.size < maxActive) {
        const entityId = queue[next++] as number | null;
        const work: Promise<void> = crawlUnit(entityId)
          .then(finishUnit, (error: unknown) => {
            fatal ??= error;
            controller.abort(error);
          })
          .finally(() => active.delete(work));
        active.add(work);
      }
      if (active.size === 0) break;
      await Promise.race(active);
    }
    await Promise.allSettled(active);

    const cancelled = options.signal?.aborted === true;
    if (fatal !== undefined && !cancelled) {
      await flush();
      throw fatal;
    }
    const finishedAt = new Date().toISOString();
    await flush(cancelled ? [] : [{ kind: 'finished', at: finishedAt }]);
    report(true);
    return assembleAuditResult(units, {
      scope,
      workspace,
      entityTypeNames: types.names,
      runFailures,
      cancelled,
      requests: previous.requests + requests,
      startedAt: previous.startedAt ?? runStartedAt,
      finishedAt,
    });
  } catch (error) {
    await flush().catch(() => undefined);
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', stopOnCancel);
  }
}

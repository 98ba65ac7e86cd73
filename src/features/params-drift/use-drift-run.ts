import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import {
  crawlEntityType,
  type DriftFailure,
  type DriftProgress,
  EMPTY_DRIFT_PROGRESS,
  retryEntityParams,
} from '../../api/drift/crawl-type';
import { browserApiClient } from '../../lib/api-client';
import { isApiError } from '../../lib/api-error';
import { type DeviatingEntity, findDeviationsInSlices } from '../../lib/params-drift/deviations';
import { createDriftAccumulator, type SchemaPath } from '../../lib/params-drift/infer-schema';

export type DriftStatus = 'running' | 'cancelling' | 'cancelled' | 'finished' | 'unauthorized' | 'failed';

export type DriftView = {
  status: DriftStatus;
  progress: DriftProgress;
  schema: SchemaPath[];
  deviating: DeviatingEntity[];
  /** Entities the schema was learnt from. */
  entities: number;
  failures: DriftFailure[];
  error?: unknown;
};

/** The screen shows results at most this often while the crawl runs (the crawl itself never waits). */
export const REFRESH_MS = 250;

/**
 * One entity type's drift on this page: crawls on mount, shows the schema and the deviations learnt so
 * far every {@link REFRESH_MS}, cancels on Cancel or on leaving. Keyed by the page per workspace and
 * type. The schema and deviations are recomputed from the accumulated profiles on each refresh: one
 * pass over the distinct paths and one over the entities. With 100,000 entities the latter takes
 * hundreds of ms, so it runs in slices with the browser free to paint between them; one refresh at a
 * time, and one asked for meanwhile runs after it (the last one, with the final status, always shows).
 */
export function useDriftRun(workspaceId: number, entityTypeId: number) {
  const accumulator = useRef(createDriftAccumulator());
  const failures = useRef<DriftFailure[]>([]);
  const progress = useRef<DriftProgress>(EMPTY_DRIFT_PROGRESS);
  const controller = useRef<AbortController | null>(null);
  // What the last refresh cost on the main thread (its slices, not the pauses between them): with
  // 100,000 entities hundreds of ms, and the refreshes space out so they never take more than a fifth
  // of the time.
  const refreshCost = useRef(0);
  const [view, setView] = useState<DriftView>({
    status: 'running',
    progress: EMPTY_DRIFT_PROGRESS,
    schema: [],
    deviating: [],
    entities: 0,
    failures: [],
  });

  // Aborted when the page is left: a refresh under way stops at its next slice.
  const left = useRef(new AbortController());
  const refreshing = useRef(false);
  const queued = useRef<{ status?: DriftStatus; error?: unknown } | undefined>(undefined);

  const refreshOnce = useCallback(async (signal: AbortSignal, status?: DriftStatus, error?: unknown) => {
    const started = performance.now();
    const schema = accumulator.current.schema();
    const schemaMs = performance.now() - started;
    const { deviating, entities, busyMs } = await findDeviationsInSlices(accumulator.current, schema, {
      signal,
    });
    refreshCost.current = schemaMs + busyMs;
    // A transition: React renders the new results in slices between frames, so a refresh of a long
    // list never freezes the page while the crawl keeps answering.
    startTransition(() =>
      setView((previous) => ({
        status: status ?? previous.status,
        progress: progress.current,
        schema,
        deviating,
        entities,
        failures: [...failures.current],
        ...(error === undefined ? {} : { error }),
      })),
    );
  }, []);

  const refresh = useCallback(
    (status?: DriftStatus, error?: unknown) => {
      if (refreshing.current) {
        // Folded into the one that runs next: a status or error said now is not lost.
        const earlier = queued.current;
        queued.current = { status: status ?? earlier?.status, error: error ?? earlier?.error };
        return;
      }
      refreshing.current = true;
      void (async () => {
        let next: { status?: DriftStatus; error?: unknown } | undefined = { status, error };
        try {
          while (next) {
            queued.current = undefined;
            // Read afresh each time: a page mounted again (StrictMode) has a controller of its own.
            const signal = left.current.signal;
            if (signal.aborted) break;
            try {
              await refreshOnce(signal, next.status, next.error);
            } catch (cause) {
              if (!signal.aborted) throw cause;
            }
            next = queued.current;
          }
        } finally {
          refreshing.current = false;
        }
      })();
    },
    [refreshOnce],
  );

  const crawl = useCallback(
    (fromOffset?: number) => {
      const abort = new AbortController();
      controller.current = abort;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const schedule = () => {
        timer ??= setTimeout(
          () => {
            timer = undefined;
            if (!abort.signal.aborted) refresh();
          },
          Math.max(REFRESH_MS, refreshCost.current * 4),
        );
      };
      const base = progress.current;
      setView((previous) => ({ ...previous, status: 'running' }));
      crawlEntityType({
        client: browserApiClient(),
        workspaceId,
        entityTypeId,
        signal: abort.signal,
        ...(fromOffset === undefined ? {} : { fromOffset }),
        onEntity: (item) => {
          accumulator.current.add(item.id, item.name, item.params);
          schedule();
        },
        onFailure: (failure) => {
          failures.current.push(failure);
          schedule();
        },
        onProgress: (next) => {
          // A retry from an offset continues the counts of the run before it.
          progress.current =
            fromOffset === undefined
              ? next
              : {
                  ...next,
                  listed: base.listed + next.listed,
                  read: base.read + next.read,
                  requests: base.requests + next.requests,
                  failures: base.failures + next.failures,
                };
          schedule();
        },
      }).then(
        ({ cancelled }) => {
          clearTimeout(timer);
          if (controller.current === abort) refresh(cancelled ? 'cancelled' : 'finished');
        },
        (error: unknown) => {
          clearTimeout(timer);
          if (controller.current !== abort) return;
          if (abort.signal.aborted) refresh('cancelled');
          else refresh(isApiError(error) && error.isUnauthorized ? 'unauthorized' : 'failed', error);
        },
      );
    },
    [workspaceId, entityTypeId, refresh],
  );

  useEffect(() => {
    left.current = new AbortController();
    crawl();
    return () => {
      const reason = new DOMException('The drift page was left.', 'AbortError');
      controller.current?.abort(reason);
      left.current.abort(reason);
    };
  }, [crawl]);

  const cancel = useCallback(() => {
    setView((previous) => ({ ...previous, status: 'cancelling' }));
    controller.current?.abort(new DOMException('Cancelled.', 'AbortError'));
  }, []);

  /** One failed entity again; on success it joins the schema and leaves the failures. */
  const retryEntity = useCallback(
    async (entityId: number) => {
      const index = failures.current.findIndex((f) => f.kind === 'entity' && f.entityId === entityId);
      const failure = failures.current[index];
      if (failure?.kind !== 'entity') return;
      try {
        const params = await retryEntityParams(browserApiClient(), workspaceId, entityId);
        if (params === undefined) throw new Error('The server sent this entity without its params.');
        accumulator.current.add(entityId, failure.name, params);
        failures.current = failures.current.filter((f) => f !== failure);
        progress.current = {
          ...progress.current,
          read: progress.current.read + 1,
          failures: progress.current.failures - 1,
        };
      } catch (error) {
        const reason = isApiError(error) ? (error.detail ?? error.message) : String(error);
        failures.current = failures.current.map((f) => (f === failure ? { ...failure, reason } : f));
      }
      refresh();
    },
    [workspaceId, refresh],
  );

  /** The list from where it failed; the rest of what was read stays. */
  const retryList = useCallback(
    (offset: number) => {
      failures.current = failures.current.filter((f) => !(f.kind === 'list' && f.offset === offset));
      progress.current = { ...progress.current, failures: progress.current.failures - 1 };
      crawl(offset);
    },
    [crawl],
  );

  return { view, cancel, retryEntity, retryList };
}

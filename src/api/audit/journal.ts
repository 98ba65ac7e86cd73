import type { AuditUnit } from './audit-types';

/**
 * The audit's progress, kept so that a cancel, a reload or a failure never costs finished work. It is
 * an append-only log: each entry adds the units finished since the previous one and the requests they
 * took. The browser keeps it in IndexedDB, the CLI in a JSON-lines file, tests in memory. Never the token.
 */
export type JournalEntry =
  | { kind: 'run-started'; at: string }
  | { kind: 'units'; units: AuditUnit[]; requests: number }
  | { kind: 'finished'; at: string };

export type AuditJournal = {
  read(): Promise<JournalEntry[]>;
  append(entries: JournalEntry[]): Promise<void>;
  clear(): Promise<void>;
};

export const unitKey = (entityId: number | null) => (entityId === null ? 'root' : String(entityId));

export type JournalState = {
  /** The latest unit per listing: a later attempt replaces an earlier incomplete one. */
  units: Map<string, AuditUnit>;
  requests: number;
  /** The first run's start: the audit's start time, whatever resumes followed. */
  startedAt: string | undefined;
  finishedAt: string | undefined;
};

export function replayJournal(entries: readonly JournalEntry[]): JournalState {
  const state: JournalState = { units: new Map(), requests: 0, startedAt: undefined, finishedAt: undefined };
  for (const entry of entries) {
    if (entry.kind === 'run-started') {
      state.startedAt ??= entry.at;
      state.finishedAt = undefined;
    } else if (entry.kind === 'finished') {
      state.finishedAt = entry.at;
    } else {
      state.requests += entry.requests;
      for (const unit of entry.units) state.units.set(unitKey(unit.entityId), unit);
    }
  }
  return state;
}

export function createMemoryJournal(
  initial: JournalEntry[] = [],
): AuditJournal & { entries: JournalEntry[] } {
  const entries = [...initial];
  return {
    entries,
    read: async () => structuredClone(entries),
    append: async (added) => {
      entries.push(...structuredClone(added));
    },
    clear: async () => {
      entries.length = 0;
    },
  };
}

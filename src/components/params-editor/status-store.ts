import { createContext, useContext, useSyncExternalStore } from 'react';
import { appendPath } from '../../lib/format-path';
import { parsePath } from './parse-path';

export type FieldErrors = Record<string, string[]>;

const NO_ERRORS: FieldErrors = {};
const NOTHING: ReadonlySet<string> = new Set();

/**
 * Server errors and changed paths, read per field. Each field subscribes to its own answer, so when the
 * changed set grows with every keystroke only the fields whose answer changed re-render, not every input
 * of a 200-row table (a context value would re-render them all).
 */
export class StatusStore {
  errors: FieldErrors = NO_ERRORS;
  changed: ReadonlySet<string> = NOTHING;
  /** Sections holding an error or a change somewhere below them. */
  errorInside = new Set<string>();
  changedInside = new Set<string>();
  /** Per list: the item indexes errors point into, so a shortened table still shows those rows. */
  errorIndexes = new Map<string, number[]>();
  private listeners = new Set<() => void>();

  update(errors: FieldErrors = NO_ERRORS, changed: ReadonlySet<string> = NOTHING) {
    if (errors === this.errors && changed === this.changed) return;
    if (errors !== this.errors) {
      this.errorInside = new Set();
      this.errorIndexes = new Map();
      for (const name of Object.keys(errors)) {
        walkAncestors(name, (ancestor, next) => {
          this.errorInside.add(ancestor);
          if (typeof next !== 'number') return;
          const indexes = this.errorIndexes.get(ancestor) ?? [];
          if (!indexes.includes(next)) indexes.push(next);
          this.errorIndexes.set(ancestor, indexes);
        });
      }
    }
    if (changed !== this.changed) {
      this.changedInside = new Set();
      for (const name of changed) walkAncestors(name, (ancestor) => this.changedInside.add(ancestor));
    }
    this.errors = errors;
    this.changed = changed;
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

/** Calls `visit` for each proper ancestor of a formatted path, with the segment that follows it. */
function walkAncestors(name: string, visit: (ancestor: string, next: string | number) => void) {
  const path = parsePath(name);
  if (!path) return;
  let formatted = '';
  for (let i = 0; i < path.length - 1; i++) {
    formatted = appendPath(formatted, path[i] as string | number);
    visit(formatted, path[i + 1] as string | number);
  }
}

export const StatusContext = createContext<StatusStore>(new StatusStore());

function useStatus<T>(read: (store: StatusStore) => T): T {
  const store = useContext(StatusContext);
  return useSyncExternalStore(store.subscribe, () => read(store));
}

export const useFieldErrors = (name: string) => useStatus((store) => store.errors[name]);
export const useIsChanged = (name: string) => useStatus((store) => store.changed.has(name));
export const useErrorInside = (name: string) => useStatus((store) => store.errorInside.has(name));
export const useChangedInside = (name: string) =>
  useStatus((store) => store.changed.has(name) || store.changedInside.has(name));
const NO_INDEXES: number[] = [];
export const useErrorIndexes = (name: string) =>
  useStatus((store) => store.errorIndexes.get(name) ?? NO_INDEXES);

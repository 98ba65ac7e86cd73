import { createStore, delMany, get, keys, set } from 'idb-keyval';
import type { AuditScope } from './audit-types';
import type { AuditJournal, JournalEntry } from './journal';

/**
 * The browser's journal: one IndexedDB record per appended batch, keyed by environment, user and
 * workspace so two users (or environments) on one machine never resume each other's audits.
 * A batch is written in one transaction, so a reload mid-write loses at most that batch.
 */
const store = () => createStore('viktor-dashboard-audit', 'journal');

type Key = [string, string, number, number];

const scopeKey = (scope: AuditScope): [string, string, number] => [
  scope.environment,
  scope.user,
  scope.workspaceId,
];

const isScopeKey = (key: IDBValidKey, scope: AuditScope): key is Key => {
  if (!Array.isArray(key) || key.length !== 4) return false;
  const [environment, user, workspaceId] = scopeKey(scope);
  return key[0] === environment && key[1] === user && key[2] === workspaceId;
};

export function createIdbJournal(scope: AuditScope): AuditJournal {
  const db = store();
  let next: number | undefined;

  async function scopeKeys(): Promise<Key[]> {
    const all = await keys(db);
    return all.filter((key) => isScopeKey(key, scope)).sort((a, b) => a[3] - b[3]);
  }

  return {
    async read() {
      const found = await scopeKeys();
      next = (found.at(-1)?.[3] ?? -1) + 1;
      const batches = await Promise.all(found.map((key) => get<JournalEntry[]>(key, db)));
      return batches.flatMap((batch) => batch ?? []);
    },
    async append(entries) {
      if (entries.length === 0) return;
      if (next === undefined) next = ((await scopeKeys()).at(-1)?.[3] ?? -1) + 1;
      const key: Key = [...scopeKey(scope), next++];
      await set(key, entries, db);
    },
    async clear() {
      await delMany(await scopeKeys(), db);
      next = 0;
    },
  };
}

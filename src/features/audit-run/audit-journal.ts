import type { AuditScope } from '../../api/audit/audit-types';
import { createIdbJournal } from '../../api/audit/idb-journal';
import { type AuditJournal, createMemoryJournal } from '../../api/audit/journal';

export type OpenedJournal = { journal: AuditJournal; kept: boolean };

/**
 * The audit's journal in IndexedDB, keyed by environment, user and workspace. A browser that refuses
 * IndexedDB (some private modes, storage blocked) still gets an audit, kept in memory only: the page
 * says so, since a reload then starts over.
 */
export function openAuditJournal(scope: AuditScope): OpenedJournal {
  try {
    return { journal: createIdbJournal(scope), kept: true };
  } catch {
    return { journal: createMemoryJournal(), kept: false };
  }
}

/** For a journal whose first read failed: from then on the audit is kept in memory. */
export const memoryJournal = (): OpenedJournal => ({ journal: createMemoryJournal(), kept: false });

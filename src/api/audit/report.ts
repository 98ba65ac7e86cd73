import { compareTimestamps, latestOf, monthOf, monthsBetween } from '../../lib/timestamps';
import type { AuditFailure, AuditResult } from './audit-types';
import type { AuditRow } from './rows';

/**
 * The audit report, computed from the rows the exports carry (so the page shows what the files say).
 *
 * The activity timeline counts the revisions whose date is known: each entity's first and last. The
 * ones in between are in the totals but have no date: dating them would mean downloading every
 * history, which an audit must not do (3 requests per entity at most).
 */
export type AuditReport = {
  entities: number;
  perType: { type: string; count: number }[];
  /** Level 1 = root entities. */
  perLevel: { level: number; count: number }[];
  revisions: {
    total: number;
    /** Entities whose history could not be read (no count). */
    notRead: number;
    median: number | undefined;
    most: { id: number; path: string; count: number } | undefined;
    buckets: { label: string; count: number }[];
  };
  timeline: { month: string; first: number; last: number }[];
  /** Revisions counted but not dated (neither the first nor the last of their entity). */
  undated: number;
  lastActivity: { id: number; path: string; at: string } | undefined;
  perTopLevel: { id: number; name: string; entities: number; lastActivity: string | undefined }[];
  /** Undefined when the server did not send the workspace's `updated_at`. */
  workspaceUpdatedAt: string | undefined;
  changedAfterWorkspace: { id: number; path: string; at: string }[];
  lastSavedBy: { userId: number; entities: number }[];
  lastSavedByNotSent: number;
  failures: AuditFailure[];
};

const BUCKETS: { label: string; min: number; max: number }[] = [
  { label: '0', min: 0, max: 0 },
  { label: '1', min: 1, max: 1 },
  { label: '2–5', min: 2, max: 5 },
  { label: '6–10', min: 6, max: 10 },
  { label: '11–25', min: 11, max: 25 },
  { label: '26–50', min: 26, max: 50 },
  { label: '51–100', min: 51, max: 100 },
  { label: 'over 100', min: 101, max: Number.POSITIVE_INFINITY },
];

/** Of sorted values; an even number of them gives the mean of the two in the middle. */
function medianOf(sorted: readonly number[]): number | undefined {
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  return sorted.length % 2 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

const countBy = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

/** The entity's latest known activity: its last revision or its `updated_at`, whichever is later. */
const activityOf = (row: AuditRow) =>
  latestOf(
    typeof row.last_revision_at === 'string' ? row.last_revision_at : undefined,
    typeof row.updated_at === 'string' ? row.updated_at : undefined,
  );

export function buildAuditReport(
  result: Pick<AuditResult, 'workspace' | 'entities' | 'failures'>,
  rows: readonly AuditRow[],
): AuditReport {
  const parentOf = new Map(result.entities.map((entity) => [entity.id, entity.parentId]));
  const levelOf = (id: number) => {
    let level = 1;
    for (let parent = parentOf.get(id); parent != null && level < 10_000; parent = parentOf.get(parent))
      level++;
    return level;
  };
  const topLevelOf = (id: number) => {
    let current = id;
    for (let parent = parentOf.get(current); parent != null; parent = parentOf.get(current)) current = parent;
    return current;
  };

  const perType = new Map<string, number>();
  const perLevel = new Map<number, number>();
  const buckets = BUCKETS.map((bucket) => ({ ...bucket, count: 0 }));
  const counts: number[] = [];
  const months = new Map<string, { first: number; last: number }>();
  const lastSavedBy = new Map<number, number>();
  const topLevel = new Map<number, { entities: number; lastActivity: string | undefined }>();
  let most: AuditReport['revisions']['most'];
  let lastActivity: AuditReport['lastActivity'];
  let total = 0;
  let dated = 0;
  let lastSavedByNotSent = 0;
  const changedAfterWorkspace: AuditReport['changedAfterWorkspace'] = [];
  const workspaceUpdatedAt = result.workspace.updated_at;

  const month = (at: unknown) => (typeof at === 'string' ? monthOf(at) : undefined);
  const bump = (key: string | undefined, end: 'first' | 'last') => {
    if (!key) return;
    const entry = months.get(key) ?? { first: 0, last: 0 };
    entry[end]++;
    months.set(key, entry);
    dated++;
  };

  for (const row of rows) {
    countBy(perType, typeof row.entity_type === 'string' ? row.entity_type : 'type not sent');
    countBy(perLevel, levelOf(row.id));
    if (typeof row.last_updated_by === 'number') countBy(lastSavedBy, row.last_updated_by);
    else lastSavedByNotSent++;

    if (typeof row.revision_count === 'number') {
      const count = row.revision_count;
      total += count;
      counts.push(count);
      const bucket = buckets.find((candidate) => count >= candidate.min && count <= candidate.max);
      if (bucket) bucket.count++;
      if (!most || count > most.count) most = { id: row.id, path: row.path, count };
      const firstMonth = month(row.first_revision_at);
      bump(firstMonth, 'first');
      // One revision is both ends: count it once.
      if (count > 1) bump(month(row.last_revision_at), 'last');
    }

    const at = activityOf(row);
    if (at && (!lastActivity || compareTimestamps(at, lastActivity.at) > 0)) {
      lastActivity = { id: row.id, path: row.path, at };
    }
    if (at && workspaceUpdatedAt && compareTimestamps(at, workspaceUpdatedAt) > 0) {
      changedAfterWorkspace.push({ id: row.id, path: row.path, at });
    }
    const top = topLevelOf(row.id);
    const entry = topLevel.get(top) ?? { entities: 0, lastActivity: undefined };
    entry.entities++;
    entry.lastActivity = latestOf(entry.lastActivity, at);
    topLevel.set(top, entry);
  }

  counts.sort((a, b) => a - b);
  const monthKeys = [...months.keys()].sort();
  const timeline =
    monthKeys.length === 0
      ? []
      : monthsBetween(monthKeys[0] as string, monthKeys.at(-1) as string).map((key) => ({
          month: key,
          ...(months.get(key) ?? { first: 0, last: 0 }),
        }));
  const byId = new Map(rows.map((row) => [row.id, row]));

  return {
    entities: rows.length,
    perType: [...perType].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count),
    perLevel: [...perLevel].map(([level, count]) => ({ level, count })).sort((a, b) => a.level - b.level),
    revisions: {
      total,
      notRead: rows.length - counts.length,
      median: medianOf(counts),
      most,
      buckets: buckets.map(({ label, count }) => ({ label, count })),
    },
    timeline,
    undated: Math.max(0, total - dated),
    lastActivity,
    perTopLevel: [...topLevel]
      .map(([id, entry]) => ({ id, name: byId.get(id)?.name?.toString() ?? `#${id}`, ...entry }))
      .sort((a, b) => a.id - b.id),
    workspaceUpdatedAt,
    changedAfterWorkspace: changedAfterWorkspace.sort((a, b) => compareTimestamps(b.at, a.at)),
    lastSavedBy: [...lastSavedBy]
      .map(([userId, entities]) => ({ userId, entities }))
      .sort((a, b) => b.entities - a.entities),
    lastSavedByNotSent,
    failures: result.failures,
  };
}

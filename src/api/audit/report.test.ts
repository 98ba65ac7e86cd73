import { describe, expect, it } from 'vitest';
import { makeWorkspace } from '../../../tests/fixtures/builders';
import type { AuditEntity, AuditResult, RevisionSummary } from './audit-types';
import { buildAuditReport } from './report';
import { auditRows } from './rows';

/**
 * A hand-made archived workspace: two roots, a section under the first, two layers under that.
 *
 *   1 North (Trajectory)      4 revisions 2024-01 … 2024-03
 *   └ 3 Km 12 (Section)      12 revisions 2024-01 … 2024-07 (after the archive date)
 *     ├ 4 (Layer)             history not read, nothing else sent
 *     └ 5 Sand (type not sent) no revisions
 *   2 South (Trajectory)      1 revision 2024-02; `updated_at` after the archive date
 */
const ARCHIVED = '2024-06-30T00:00:00.000000Z';
const LAST_SAVE_OF_3 = '2024-07-15T10:00:00.000002Z';
const LAST_REVISION_OF_3 = '2024-07-15T10:00:00.000001Z';

const ENTITIES: AuditEntity[] = [
  {
    id: 1,
    parentId: null,
    name: 'North',
    entityTypeId: 1,
    updated_at: '2024-03-10T12:00:00.000000Z',
    last_updated_by: 7,
  },
  {
    id: 2,
    parentId: null,
    name: 'South',
    entityTypeId: 1,
    updated_at: '2024-08-01T09:00:00.000000Z',
    last_updated_by: 8,
  },
  // Its last revision and its updated_at fall in one millisecond: the microseconds decide.
  {
    id: 3,
    parentId: 1,
    name: 'Km 12',
    entityTypeId: 2,
    updated_at: LAST_SAVE_OF_3,
    last_updated_by: 7,
  },
  { id: 4, parentId: 3, entityTypeId: 3 },
  { id: 5, parentId: 3, name: 'Sand', updated_at: '2024-01-05T00:00:00.000000Z', last_updated_by: 7 },
];

const REVISIONS = new Map<number, RevisionSummary>([
  [
    1,
    {
      count: 4,
      first: { id: 1, at: '2024-01-10T00:00:00.000000Z' },
      last: { id: 4, at: '2024-03-10T12:00:00.000000Z' },
    },
  ],
  [
    2,
    {
      count: 1,
      first: { id: 5, at: '2024-02-01T00:00:00.000000Z' },
      last: { id: 5, at: '2024-02-01T00:00:00.000000Z' },
    },
  ],
  [
    3,
    {
      count: 12,
      first: { id: 6, at: '2024-01-20T00:00:00.000000Z' },
      last: { id: 17, at: LAST_REVISION_OF_3 },
    },
  ],
  [5, { count: 0 }],
]);

const FAILURES: AuditResult['failures'] = [
  { entityId: 4, step: 'revisions', status: 403, reason: 'Specified path is not allowed.' },
];

function reportOf(
  overrides: {
    entities?: AuditEntity[];
    revisions?: Map<number, RevisionSummary>;
    updatedAt?: string | null;
  } = {},
) {
  const entities = overrides.entities ?? ENTITIES;
  const workspace = makeWorkspace({ id: 3, is_archived: true, updated_at: ARCHIVED });
  if (overrides.updatedAt === null) delete workspace.updated_at;
  const result = {
    workspace,
    entities,
    failures: FAILURES,
    revisions: overrides.revisions ?? REVISIONS,
    entityTypeNames: new Map([
      [1, 'Trajectory'],
      [2, 'Section'],
      [3, 'Layer'],
    ]),
  };
  return buildAuditReport(result, auditRows(result));
}

describe('buildAuditReport', () => {
  const report = reportOf();

  it('counts entities per type (most first) and per level', () => {
    expect(report.entities).toBe(5);
    expect(report.perType).toEqual([
      { type: 'Trajectory', count: 2 },
      { type: 'Section', count: 1 },
      { type: 'Layer', count: 1 },
      { type: 'type not sent', count: 1 },
    ]);
    expect(report.perLevel).toEqual([
      { level: 1, count: 2 },
      { level: 2, count: 1 },
      { level: 3, count: 2 },
    ]);
  });

  it('sums revisions, with the unread history apart, the median, the most revised and the buckets', () => {
    expect(report.revisions.total).toBe(17);
    expect(report.revisions.notRead).toBe(1);
    // Counts 0, 1, 4, 12: the middle two are 1 and 4.
    expect(report.revisions.median).toBe(2.5);
    expect(report.revisions.most).toEqual({ id: 3, path: 'North / Km 12', count: 12 });
    expect(report.revisions.buckets).toEqual([
      { label: '0', count: 1 },
      { label: '1', count: 1 },
      { label: '2–5', count: 1 },
      { label: '6–10', count: 0 },
      { label: '11–25', count: 1 },
      { label: '26–50', count: 0 },
      { label: '51–100', count: 0 },
      { label: 'over 100', count: 0 },
    ]);
  });

  it('dates first and last revisions by month with no gaps, a single revision once, the rest undated', () => {
    expect(report.timeline).toEqual([
      { month: '2024-01', first: 2, last: 0 },
      { month: '2024-02', first: 1, last: 0 },
      { month: '2024-03', first: 0, last: 1 },
      { month: '2024-04', first: 0, last: 0 },
      { month: '2024-05', first: 0, last: 0 },
      { month: '2024-06', first: 0, last: 0 },
      { month: '2024-07', first: 0, last: 1 },
    ]);
    // 17 revisions, 5 of them dated (entity 2's one revision is counted once).
    expect(report.undated).toBe(12);
  });

  it('finds the latest activity from revisions and updated_at, to the microsecond', () => {
    expect(report.lastActivity).toEqual({ id: 2, path: 'South', at: '2024-08-01T09:00:00.000000Z' });
    expect(report.perTopLevel).toEqual([
      { id: 1, name: 'North', entities: 4, lastActivity: LAST_SAVE_OF_3 },
      { id: 2, name: 'South', entities: 1, lastActivity: '2024-08-01T09:00:00.000000Z' },
    ]);
  });

  it("lists what changed after the workspace's own updated_at, latest first", () => {
    expect(report.workspaceUpdatedAt).toBe(ARCHIVED);
    expect(report.changedAfterWorkspace).toEqual([
      { id: 2, path: 'South', at: '2024-08-01T09:00:00.000000Z' },
      { id: 3, path: 'North / Km 12', at: LAST_SAVE_OF_3 },
    ]);
  });

  it('counts who saved last, and the entities that did not say', () => {
    expect(report.lastSavedBy).toEqual([
      { userId: 7, entities: 3 },
      { userId: 8, entities: 1 },
    ]);
    expect(report.lastSavedByNotSent).toBe(1);
    expect(report.failures).toEqual(FAILURES);
  });

  it('compares nothing with the workspace when its updated_at was not sent', () => {
    const without = reportOf({ updatedAt: null });
    expect(without.workspaceUpdatedAt).toBeUndefined();
    expect(without.changedAfterWorkspace).toEqual([]);
  });

  it('takes the middle count for an odd number of histories', () => {
    const odd = new Map(REVISIONS);
    odd.delete(5);
    expect(reportOf({ revisions: odd }).revisions.median).toBe(4);
  });

  it('reports an empty workspace without inventing numbers', () => {
    const empty = reportOf({ entities: [], revisions: new Map() });
    expect(empty).toMatchObject({
      entities: 0,
      perType: [],
      perLevel: [],
      revisions: { total: 0, notRead: 0, median: undefined, most: undefined },
      timeline: [],
      undated: 0,
      lastActivity: undefined,
      perTopLevel: [],
      changedAfterWorkspace: [],
      lastSavedBy: [],
      lastSavedByNotSent: 0,
    });
  });
});

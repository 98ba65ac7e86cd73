import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeWorkspace } from '../../../tests/fixtures/builders';
import type { AuditEntity, AuditResult, RevisionSummary } from './audit-types';
import { auditCsvChunks, auditCsvSha256, auditJsonChunks, auditProvenance } from './exports';
import { AUDIT_COLUMNS, auditRows } from './rows';

const T1 = '2024-01-10T08:00:00.123456Z';
const T2 = '2024-03-10T16:45:12.000001Z';
const T3 = '2024-04-01T09:30:00.5Z';

/** Out of id order on purpose; fields left out where a server may not send them. */
const ENTITIES: AuditEntity[] = [
  {
    id: 5,
    parentId: 1,
    name: 'Section, "north"',
    entityTypeId: 22,
    entityTypeName: 'Old name of the type',
    created_at: T1,
    updated_at: T2,
    last_updated_by: 2,
  },
  {
    id: 1,
    parentId: null,
    name: 'Dijkvak – Zuid',
    entityTypeId: 21,
    created_at: T1,
    created_by: 1,
    updated_at: T2,
    last_updated_by: 1,
  },
  // No name: its id stands in, in its own path and its children's.
  { id: 3, parentId: 5 },
  { id: 7, parentId: 3, name: '=HYPERLINK("http://evil.example")', entityTypeId: 23 },
  // A type the workspace's list did not hold: the entity's own type name is used.
  { id: 2, parentId: null, name: 'Legacy root', entityTypeId: 99, entityTypeName: 'Legacy' },
  // Listed under a parent that is not among the entities: its path starts at itself.
  { id: 9, parentId: 77, name: 'Stray' },
];

const REVISIONS = new Map<number, RevisionSummary>([
  [1, { count: 3, first: { id: 11, at: T1 }, last: { id: 13, at: T2, by: 1 } }],
  [5, { count: 1, first: { id: 51, at: T3 }, last: { id: 51, at: T3 } }],
  // Ends without dates (a server that does not send them).
  [2, { count: 2, first: { id: 21 }, last: { id: 22 } }],
  [7, { count: 0 }],
  // 3 and 9: history not read.
]);

function resultOf(entities = ENTITIES, revisions = REVISIONS): AuditResult {
  return {
    scope: { environment: 'demo.viktor.ai', user: 'ada@example.com', workspaceId: 3 },
    outcome: 'partial',
    workspace: {
      ...makeWorkspace({ id: 3, name: 'Afsluitdijk', is_archived: true }),
      external_ref: 12345678901234567890n,
    },
    entityTypeNames: new Map([
      [21, 'Trajectory'],
      [22, 'Section'],
      [23, 'Cross-section'],
    ]),
    entities,
    revisions,
    failures: [{ entityId: 3, step: 'revisions', status: 403, reason: 'Specified path is not allowed.' }],
    requests: 15,
    startedAt: '2026-12-01T10:00:00.000Z',
    finishedAt: '2026-12-01T10:00:05.000Z',
  };
}

const TOOL = { name: 'viktor-audit', version: '1.2.3' };

describe('auditRows', () => {
  const rows = auditRows(resultOf());
  const byId = new Map(rows.map((row) => [row.id, row]));

  it('gives one row per entity, sorted by id', () => {
    expect(rows.map((row) => row.id)).toEqual([1, 2, 3, 5, 7, 9]);
  });

  it('builds each path from the root, names joined by " / ", an id standing in for a missing name', () => {
    expect(byId.get(1)?.path).toBe('Dijkvak – Zuid');
    expect(byId.get(5)?.path).toBe('Dijkvak – Zuid / Section, "north"');
    expect(byId.get(3)?.path).toBe('Dijkvak – Zuid / Section, "north" / #3');
    expect(byId.get(7)?.path).toBe(
      'Dijkvak – Zuid / Section, "north" / #3 / =HYPERLINK("http://evil.example")',
    );
    expect(byId.get(9)?.path).toBe('Stray');
  });

  it("names the type from the workspace's types first, the entity's own type name second", () => {
    expect(byId.get(5)?.entity_type).toBe('Section');
    expect(byId.get(2)?.entity_type).toBe('Legacy');
    expect(byId.get(9)).not.toHaveProperty('entity_type');
  });

  it('leaves out what was not sent or not read, and keeps a count of 0', () => {
    expect(byId.get(1)).toEqual({
      id: 1,
      path: 'Dijkvak – Zuid',
      entity_type: 'Trajectory',
      name: 'Dijkvak – Zuid',
      created_at: T1,
      created_by: 1,
      updated_at: T2,
      last_updated_by: 1,
      revision_count: 3,
      first_revision_at: T1,
      last_revision_at: T2,
    });
    expect(byId.get(3)).toEqual({ id: 3, path: 'Dijkvak – Zuid / Section, "north" / #3' });
    expect(byId.get(2)).toMatchObject({ revision_count: 2 });
    expect(byId.get(2)).not.toHaveProperty('first_revision_at');
    expect(byId.get(7)).toMatchObject({ revision_count: 0 });
  });

  it('copes with a parent chain that loops (a server answering inconsistently) without hanging', () => {
    const looped = auditRows(
      resultOf([
        { id: 1, parentId: 2, name: 'A' },
        { id: 2, parentId: 1, name: 'B' },
      ]),
    );
    expect(looped.map((row) => row.id)).toEqual([1, 2]);
  });
});

describe('auditCsvChunks', () => {
  it('writes the header, then every row with absent fields as empty cells, quoted and formula-safe', () => {
    const csv = [...auditCsvChunks(auditRows(resultOf()))].join('');
    expect(csv).toBe(
      [
        AUDIT_COLUMNS.join(','),
        `1,Dijkvak – Zuid,Trajectory,Dijkvak – Zuid,${T1},1,${T2},1,3,${T1},${T2}`,
        '2,Legacy root,Legacy,Legacy root,,,,,2,,',
        '3,"Dijkvak – Zuid / Section, ""north"" / #3",,,,,,,,,',
        `5,"Dijkvak – Zuid / Section, ""north""",Section,"Section, ""north""",${T1},,${T2},2,1,${T3},${T3}`,
        '7,"Dijkvak – Zuid / Section, ""north"" / #3 / =HYPERLINK(""http://evil.example"")",Cross-section,' +
          `"'=HYPERLINK(""http://evil.example"")",,,,,0,,`,
        '9,Stray,,Stray,,,,,,,',
        '',
      ].join('\r\n'),
    );
    expect(AUDIT_COLUMNS.join(',')).toBe(
      'id,path,entity_type,name,created_at,created_by,updated_at,last_updated_by,revision_count,first_revision_at,last_revision_at',
    );
  });

  it('streams 1,000 rows a chunk after the header', () => {
    const entities = Array.from(
      { length: 2500 },
      (_, i): AuditEntity => ({ id: i + 1, parentId: null, name: `E${i}` }),
    );
    const chunks = [...auditCsvChunks(auditRows(resultOf(entities, new Map())))];
    expect(chunks).toHaveLength(4);
    expect(chunks.map((chunk) => chunk.split('\r\n').length - 1)).toEqual([1, 1000, 1000, 500]);
  });
});

describe('auditCsvSha256', () => {
  it('is the SHA-256 of the UTF-8 bytes of the CSV file', () => {
    const rows = auditRows(resultOf());
    const file = [...auditCsvChunks(rows)].join('');
    expect(auditCsvSha256(rows)).toBe(createHash('sha256').update(file, 'utf8').digest('hex'));
  });

  it('changes when one cell changes', () => {
    const rows = auditRows(resultOf());
    const changed = rows.map((row) => (row.id === 9 ? { ...row, name: 'Stray!' } : row));
    expect(auditCsvSha256(changed)).not.toBe(auditCsvSha256(rows));
  });
});

describe('auditJsonChunks', () => {
  const parse = (result: AuditResult) => {
    const rows = auditRows(result);
    const provenance = auditProvenance(result, rows, TOOL, auditCsvSha256(rows));
    const text = [...auditJsonChunks(result, rows, provenance)].join('');
    return { text, json: JSON.parse(text), rows, provenance };
  };

  it('parses to the workspace as sent, the rows with absent fields left out, the failures and provenance', () => {
    const result = resultOf();
    const { text, json, rows } = parse(result);
    expect(Object.keys(json)).toEqual(['workspace', 'rows', 'failures', 'provenance']);
    expect(json.workspace).toMatchObject({ id: 3, name: 'Afsluitdijk', is_archived: true });
    // A big integer in the workspace record keeps its digits.
    expect(text).toContain('"external_ref":12345678901234567890');
    expect(json.rows).toEqual(rows);
    expect(json.rows.find((row: { id: number }) => row.id === 3)).toEqual({
      id: 3,
      path: 'Dijkvak – Zuid / Section, "north" / #3',
    });
    expect(json.failures).toEqual(result.failures);
    expect(json.provenance).toEqual({
      environment: 'demo.viktor.ai',
      user: 'ada@example.com',
      workspace_id: 3,
      outcome: 'partial',
      started_at: '2026-12-01T10:00:00.000Z',
      finished_at: '2026-12-01T10:00:05.000Z',
      requests: 15,
      requests_per_entity: 2.5,
      tool: 'viktor-audit',
      tool_version: '1.2.3',
      counts: { entities: 6, revisions: 6, failures: 1 },
      csv_sha256: auditCsvSha256(rows),
    });
  });

  it('stays valid JSON across chunk boundaries and with no rows at all', () => {
    const many = Array.from(
      { length: 2001 },
      (_, i): AuditEntity => ({ id: i + 1, parentId: null, name: `E${i}` }),
    );
    expect(parse(resultOf(many, new Map())).json.rows).toHaveLength(2001);
    const empty = parse(resultOf([], new Map()));
    expect(empty.json.rows).toEqual([]);
    expect(empty.json.provenance).toMatchObject({
      requests_per_entity: null,
      counts: { entities: 0, revisions: 0 },
    });
  });
});

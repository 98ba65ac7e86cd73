import { describe, expect, it } from 'vitest';
import { isUnreadable, pageOrArraySchema, timestampSchema } from '../../lib/schema-helpers';
import { isCommonTimestamp, readEntityFast, readEntityPageFast } from './read-entity-fast';
import { entityListSchema, entitySchema } from './schemas';

/** An entity as VIKTOR lists it (the demo's children of a pile group). */
const listed = {
  id: 1000,
  name: 'P-0001',
  entity_type: 4,
  entity_type_name: 'Pile',
  locked: false,
  locked_by: null,
  created_at: '2025-10-29T05:17:38.760868Z',
  created_by: 7,
  updated_at: '2025-10-29T05:17:38.760868Z',
  last_updated_by: 7,
  parent_count: 3,
  deleted: null,
  show_on_dashboard: true,
  workspace: 1,
  is_template: false,
  path: [1, 2, 3],
  summary: { unity_check: { value: 0.61, label: 'Unity check' } },
};

const ODD_VALUES: unknown[] = [
  undefined,
  null,
  0,
  -1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  '4',
  'yesterday',
  '2024-05-01T10:20:30Z',
  '2024-05-01T10:20',
  true,
  [],
  [1, '2'],
  [1, 2],
  {},
  { id: 1 },
  1n,
];

describe('readEntityFast', () => {
  it('reads the usual shape without the schema, as the schema would', () => {
    const fast = readEntityFast(listed);
    expect(fast).toBeDefined();
    expect(fast).toEqual(entitySchema.parse(listed));
  });

  it('gives the schema’s default for a missing `locked`, and leaves the item as it came', () => {
    const { locked: _locked, ...lean } = listed;
    expect(readEntityFast(lean)).toEqual({ ...lean, locked: false });
    expect(lean).not.toHaveProperty('locked');
  });

  it('never accepts what the schema refuses, and matches it whenever it answers', () => {
    const fields = [...Object.keys(entitySchema.def.shape), 'extra'];
    let answered = 0;
    for (const field of fields)
      for (const odd of ODD_VALUES) {
        const item = { ...listed, [field]: odd };
        const schema = entitySchema.safeParse(item);
        const fast = readEntityFast(item);
        if (!schema.success) expect(fast, `${field}: ${String(odd)}`).toBeUndefined();
        else if (fast !== undefined) {
          answered++;
          expect(fast, `${field}: ${String(odd)}`).toEqual(schema.data);
        }
      }
    // It did answer for most odd values of fields that allow them (else it is no fast path).
    expect(answered).toBeGreaterThan(40);
    for (const notAnEntity of [null, 'P-0001', [listed], 3])
      expect(readEntityFast(notAnEntity)).toBeUndefined();
  });

  it('leaves items with params to the schema', () => {
    expect(readEntityFast({ ...listed, properties: { a: 1 } })).toBeUndefined();
  });
});

describe('readEntityPageFast', () => {
  // The list schema as it was before any fast path: zod, item by item.
  const zodList = pageOrArraySchema(entitySchema);
  const second = { ...listed, id: 1001, name: 'P-0002', locked: undefined };

  it('reads pages and bare arrays of usual items as the schema does', () => {
    for (const list of [
      { count: 5000, results: [listed, second] },
      { count: 2, next: null, previous: 'x', results: [listed] },
      { count: 0, results: [] },
      [listed, second],
      [],
    ]) {
      const fast = readEntityPageFast(list);
      expect(fast, JSON.stringify(list).slice(0, 60)).toBeDefined();
      expect(fast).toEqual(zodList.parse(list));
      expect(entityListSchema.parse(list)).toEqual(zodList.parse(list));
    }
  });

  it('leaves the schema a list with one unusual item, and what is not a list', () => {
    expect(readEntityPageFast({ count: 2, results: [listed, { ...listed, name: 7 }] })).toBeUndefined();
    expect(readEntityPageFast([listed, { ...listed, properties: {} }])).toBeUndefined();
    for (const notAPage of [
      { results: [listed] },
      { count: -1, results: [listed] },
      { count: 1.5, results: [listed] },
      { count: '1', results: [listed] },
      { count: 1, results: { 0: listed } },
      'nope',
      null,
    ]) {
      expect(readEntityPageFast(notAPage), JSON.stringify(notAPage)?.slice(0, 40)).toBeUndefined();
      expect(zodList.safeParse(notAPage).success).toBe(false);
      expect(entityListSchema.safeParse(notAPage).success).toBe(false);
    }
  });
});

describe('entityListSchema with the fast path', () => {
  it('keeps an unreadable item in its place with the schema’s reason, next to fast-read ones', () => {
    const page = entityListSchema.parse({
      count: 3,
      results: [listed, { ...listed, id: 1001, created_at: '1 May' }, { ...listed, id: 1002 }],
    });
    expect(page.results.map(isUnreadable)).toEqual([false, true, false]);
    expect(page.results[1]).toEqual({
      unreadable: true,
      id: 1001,
      reason: 'created_at is not a valid datetime',
    });
  });
});

/** Text around the timestamp form: every character class at every position, seeded. */
function nearTimestamps(count: number): string[] {
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const base = ['2024-02-29T23:59:59.123456Z', '2023-12-31T00:00:00+02:00', '2000-02-29T12:30:45'];
  const swaps = '0123456789-:T.Z+ x';
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = base[i % base.length] as string;
    for (let edits = 1 + Math.floor(random() * 3); edits > 0; edits--) {
      const at = Math.floor(random() * (text.length + 1));
      const char = swaps[Math.floor(random() * swaps.length)] as string;
      const kind = random();
      text =
        kind < 0.6
          ? text.slice(0, at) + char + text.slice(at + 1)
          : kind < 0.8
            ? text.slice(0, at) + char + text.slice(at)
            : text.slice(0, at) + text.slice(at + 1);
    }
    out.push(text);
  }
  return out;
}

describe('isCommonTimestamp', () => {
  const cases = [
    '2024-05-01T10:20:30.123456Z',
    '2024-05-01T10:20:30Z',
    '2024-05-01T10:20:30+02:00',
    '2024-05-01T10:20:30.1-11:30',
    '2024-05-01T10:20:30',
    '2024-02-29T00:00:00Z',
    '2023-02-29T00:00:00Z',
    '1900-02-29T00:00:00Z',
    '2000-02-29T00:00:00Z',
    '0000-02-29T00:00:00Z',
    '2024-04-31T00:00:00Z',
    '2024-13-01T00:00:00Z',
    '2024-00-10T00:00:00Z',
    '2024-05-00T00:00:00Z',
    '2024-05-01T24:00:00Z',
    '2024-05-01T23:60:00Z',
    '2024-05-01T23:59:60Z',
    '2024-05-01T10:20:30.Z',
    '2024-05-01T10:20:30+24:00',
    '2024-05-01T10:20:30+0200',
    '2024-05-01T10:20:30z',
    '2024-05-01 10:20:30Z',
    '2024-05-01T10:20Z',
    '2024-05-01T10:20:30Z ',
    '２０２４-05-01T10:20:30Z',
  ];

  it('says what the schema says of every text', () => {
    let accepted = 0;
    for (const text of [...cases, ...nearTimestamps(3000)]) {
      const schema = timestampSchema.safeParse(text).success;
      expect(isCommonTimestamp(text), text).toBe(schema);
      if (schema) accepted++;
    }
    expect(accepted).toBeGreaterThan(100);
    expect(isCommonTimestamp(20240501)).toBe(false);
  });
});

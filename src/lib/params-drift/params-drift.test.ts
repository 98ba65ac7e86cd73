import { describe, expect, it } from 'vitest';
import { parseJson } from '../exact-json';
import { findDeviations, findDeviationsInSlices } from './deviations';
import { createDriftAccumulator } from './infer-schema';
import { seededRandom } from './numeric-sample';
import { parentPath, profileParams } from './profile';

function driftOf(docs: Record<string, unknown>[]) {
  const acc = createDriftAccumulator();
  for (const [index, doc] of docs.entries()) acc.add(index + 1, `E${index + 1}`, doc);
  const schema = acc.schema();
  return {
    schema,
    deviating: findDeviations(acc, schema),
    row: (path: string) => schema.find((r) => r.path === path),
  };
}

describe('profileParams', () => {
  it('names nested keys with dots, array items with [] and quotes keys that are not identifiers', () => {
    const profile = profileParams({
      a: { b: 1 },
      layers: [{ phi: 30 }, { phi: 'x' }],
      'Fz (kN)': null,
      m: [[1]],
    });
    expect([...profile.keys()].sort()).toEqual(
      ['["Fz (kN)"]', 'a', 'a.b', 'layers', 'layers[]', 'layers[].phi', 'm', 'm[]', 'm[][]'].sort(),
    );
    expect([...(profile.get('layers[].phi')?.types ?? [])].sort()).toEqual(['number', 'string']);
    expect(profile.get('["Fz (kN)"]')?.types).toEqual(new Set(['null']));
  });

  it('keeps integers beyond 2^53 exact as the extremes of a number path', () => {
    const params = parseJson('{"ids": [9007199254740993, 1, 12345678901234567890]}') as Record<
      string,
      unknown
    >;
    const facts = profileParams(params).get('ids[]');
    expect(facts?.types).toEqual(new Set(['number']));
    expect(facts?.min).toBe(1);
    expect(facts?.max).toBe(12345678901234567890n);
  });

  it('gives every path the parent it was appended to', () => {
    for (const [path, parent] of [
      ['a', ''],
      ['a.b', 'a'],
      ['a[]', 'a'],
      ['a[].b', 'a[]'],
      ['a["x.y"]', 'a'],
      ['a["x.y"].b', 'a["x.y"]'],
      ['["k l"]', ''],
    ]) {
      expect(parentPath(path as string), path).toBe(parent);
    }
  });
});

describe('schema inference', () => {
  it('counts presence among the entities whose parent is there', () => {
    const { row } = driftOf([{ cap: { h: 1 } }, { cap: { h: 2, w: 3 } }, { cap: null }, {}]);
    expect(row('cap')).toMatchObject({ entities: 3, possible: 4, presence: 0.75 });
    // Only two entities have `cap` as an object: `h` is in both of them.
    expect(row('cap.h')).toMatchObject({ entities: 2, possible: 2, presence: 1 });
    expect(row('cap.w')).toMatchObject({ entities: 1, possible: 2, presence: 0.5 });
    expect(row('cap')?.types).toEqual([
      { type: 'object', entities: 2 },
      { type: 'null', entities: 1 },
    ]);
  });

  it('keeps the range of a path exactly, bigints included', () => {
    const docs = ['{"n": 5}', '{"n": -2.5}', '{"n": 90071992547409930}'].map(
      (text) => parseJson(text) as Record<string, unknown>,
    );
    expect(driftOf(docs).row('n')).toMatchObject({ min: -2.5, max: 90071992547409930n });
  });
});

/** Entities of one type built from one template, with random values that stay within one spread. */
function conformingDocs(count: number, seed: number) {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => ({
    diameter: 0.4 + random() * 0.4,
    type: random() < 0.5 ? 'steel' : 'concrete',
    verified: random() < 0.5,
    // Optional, in every third: neither expected (over half) nor unexpected (under a fifth).
    remarks: index % 3 === 0 ? 'checked' : undefined,
    loads: {
      fz: 800 + random() * 400,
      cases: Array.from({ length: 1 + Math.floor(random() * 4) }, () => ({ f: random() * 10 })),
    },
  })).map((doc) => JSON.parse(JSON.stringify(doc)) as Record<string, unknown>);
}

describe('deviations (property-style: many seeds, one change each)', () => {
  const seeds = Array.from({ length: 25 }, (_, i) => i * 7919 + 1);

  it('finds none among entities built from one template', () => {
    for (const seed of seeds) expect(driftOf(conformingDocs(40, seed)).deviating, `seed ${seed}`).toEqual([]);
  });

  const changes: [string, (doc: Record<string, unknown>) => void, object][] = [
    ['a key most have, left out', (doc) => delete doc.verified, { kind: 'missing', path: 'verified' }],
    [
      'a nested key left out',
      (doc) => delete (doc.loads as Record<string, unknown>).fz,
      { kind: 'missing', path: 'loads.fz' },
    ],
    [
      'a key no other has',
      (doc) => Object.assign(doc, { legacy_id: 'X' }),
      { kind: 'extra', path: 'legacy_id' },
    ],
    [
      'a number written as text',
      (doc) => Object.assign(doc, { diameter: '0.6' }),
      { kind: 'type', path: 'diameter', found: 'string', expected: 'number' },
    ],
    [
      'a value far outside the rest',
      (doc) => Object.assign(doc, { diameter: 600 }),
      { kind: 'range', path: 'diameter', value: 600 },
    ],
    [
      'an exact integer far outside the rest',
      (doc) => Object.assign(doc, { diameter: 2n ** 64n }),
      { kind: 'range', path: 'diameter', value: 2n ** 64n },
    ],
    [
      'an array item of another shape',
      (doc) => ((doc.loads as { cases: unknown[] }).cases[0] = 'f=3'),
      { kind: 'type', path: 'loads.cases[]', found: 'string' },
    ],
  ];

  for (const [what, change, expected] of changes) {
    it(`names the one entity with ${what}, and only that`, () => {
      for (const seed of seeds) {
        const docs = conformingDocs(40, seed);
        const victim = 1 + (seed % 40);
        change(docs[victim - 1] as Record<string, unknown>);
        const { deviating } = driftOf(docs);
        expect(
          deviating.map((d) => d.id),
          `seed ${seed}`,
        ).toEqual([victim]);
        expect(deviating[0]?.deviations, `seed ${seed}`).toEqual([expect.objectContaining(expected)]);
      }
    });
  }

  it('does not report the keys under a missing or unexpected parent again', () => {
    const docs = conformingDocs(30, 3);
    delete (docs[0] as Record<string, unknown>).loads;
    Object.assign(docs[1] as object, { legacy: { a: 1, b: { c: 2 } } });
    const { deviating } = driftOf(docs);
    expect(deviating.map((d) => d.deviations)).toEqual([
      [expect.objectContaining({ kind: 'missing', path: 'loads' })],
      [expect.objectContaining({ kind: 'extra', path: 'legacy' })],
    ]);
  });

  it('sees a type that half the entities share as a split, not a deviation', () => {
    const docs = Array.from({ length: 10 }, (_, i) => ({ level: i % 2 ? 1.5 : '1.5' }));
    expect(driftOf(docs).deviating).toEqual([]);
  });

  it('null is "not set": neither a type most have nor a mistyping', () => {
    const docs = conformingDocs(30, 5).map((doc, i) => ({ ...doc, note: i < 20 ? null : 'see report' }));
    Object.assign(docs[3] as object, { diameter: null });
    expect(driftOf(docs).deviating).toEqual([]);
    Object.assign(docs[25] as object, { note: 7 });
    expect(driftOf(docs).deviating.map((d) => d.deviations)).toEqual([
      [{ kind: 'type', path: 'note', found: 'number', expected: 'string' }],
    ]);
  });

  it('a path whose values come in clusters is not range-checked: outliers are rare', () => {
    const docs = conformingDocs(60, 9).map((doc, i) => ({
      ...doc,
      x: i < 50 ? 100 + (i % 10) : 5000 + (i % 10),
    }));
    expect(driftOf(docs).deviating).toEqual([]);
  });

  it('an empty list is no deviation', () => {
    const docs = conformingDocs(20, 11);
    ((docs[4] as { loads: { cases: unknown[] } }).loads.cases as unknown[]).length = 0;
    expect(driftOf(docs).deviating).toEqual([]);
  });
});

describe('deviations in slices', () => {
  /** 1,000 conforming entities and a few that are not, spread out so that they fall in different slices. */
  function bigDrift() {
    const docs = conformingDocs(1000, 11);
    delete (docs[3] as Record<string, unknown>).verified;
    Object.assign(docs[517] as object, { legacy_id: 'X' });
    Object.assign(docs[998] as object, { diameter: '0.6' });
    const acc = createDriftAccumulator();
    for (const [index, doc] of docs.entries()) acc.add(index + 1, `E${index + 1}`, doc);
    return acc;
  }

  it('finds what the one-piece pass finds, pausing between slices', async () => {
    const acc = bigDrift();
    const schema = acc.schema();
    let pauses = 0;
    const sliced = await findDeviationsInSlices(acc, schema, {
      sliceMs: 0,
      pause: async () => {
        pauses++;
      },
    });
    expect(sliced.deviating).toEqual(findDeviations(acc, schema));
    expect(sliced.deviating.map((d) => d.id)).toEqual([4, 518, 999]);
    expect(sliced.entities).toBe(1000);
    expect(pauses).toBeGreaterThan(1);
  });

  it('leaves the entities read during a pause to the next pass, and stops when aborted', async () => {
    const acc = bigDrift();
    const schema = acc.schema();
    const extra = conformingDocs(1, 5)[0] as Record<string, unknown>;
    const sliced = await findDeviationsInSlices(acc, schema, {
      sliceMs: 0,
      pause: async () => {
        if (acc.size < 1010) acc.add(acc.size + 1, 'later', { ...extra, legacy_id: 'late' });
      },
    });
    expect(sliced.entities).toBe(1000);
    expect(sliced.deviating.map((d) => d.id)).toEqual([4, 518, 999]);

    const controller = new AbortController();
    const aborted = findDeviationsInSlices(acc, acc.schema(), {
      sliceMs: 0,
      signal: controller.signal,
      pause: async () => controller.abort(new DOMException('left', 'AbortError')),
    });
    await expect(aborted).rejects.toThrow('left');
  });
});

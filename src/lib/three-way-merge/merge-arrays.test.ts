import { describe, expect, it } from 'vitest';
import { applyResolutions, threeWayMerge } from './merge';

const clay = { name: 'Clay', phi: 22, top: -2 };
const sand = { name: 'Sand', phi: 32, top: 0 };
const peat = { name: 'Peat', phi: 12, top: -5 };
const names = (doc: Record<string, unknown>) => (doc.layers as { name: string }[]).map((l) => l.name);

describe('threeWayMerge: arrays of objects with a key, merged by item identity', () => {
  it('applies my edit of Clay and their new top layer Sand together', () => {
    const base = { layers: [clay, peat] };
    const mine = { layers: [{ ...clay, phi: 24 }, peat] };
    const theirs = { layers: [sand, clay, peat] };
    const result = threeWayMerge(base, mine, theirs);
    expect(result.merged).toEqual({ layers: [sand, { ...clay, phi: 24 }, peat] });
    expect(result.conflicts).toEqual([]);
    expect(result.mineKept).toEqual(['layers[name=Clay].phi']);
    expect(result.theirsApplied).toEqual(['layers[name=Sand]']);
  });

  it('follows their order, placing my new items after their predecessor in mine, or first', () => {
    const base = { layers: [clay, peat] };
    const fill = { name: 'Fill', phi: 28 };
    const silt = { name: 'Silt', phi: 26 };
    const loam = { name: 'Loam', phi: 25 };
    const mine = { layers: [fill, clay, silt, loam, peat] };
    const theirs = { layers: [sand, clay, { ...peat, phi: 13 }] };
    const result = threeWayMerge(base, mine, theirs);
    expect(names(result.merged)).toEqual(['Fill', 'Sand', 'Clay', 'Silt', 'Loam', 'Peat']);
    expect(result.conflicts).toEqual([]);
  });

  it('keeps my reorder when they only edited, and theirs when I only edited', () => {
    const base = { layers: [sand, clay, peat] };
    const mine = { layers: [peat, sand, clay] };
    const theirs = { layers: [sand, { ...clay, phi: 20 }, peat] };
    const result = threeWayMerge(base, mine, theirs);
    expect(result.merged).toEqual({ layers: [peat, sand, { ...clay, phi: 20 }] });
    expect(result.mineKept).toEqual(['layers']);
    expect(names(threeWayMerge(base, theirs, mine).merged)).toEqual(['Peat', 'Sand', 'Clay']);
  });

  it('makes the whole array one conflict when both sides reordered differently', () => {
    const base = { layers: [sand, clay, peat] };
    const result = threeWayMerge(base, { layers: [peat, sand, clay] }, { layers: [clay, sand, peat] });
    expect(result.conflicts).toMatchObject([{ path: ['layers'], pathText: 'layers' }]);
  });

  it('deletes an item one side deleted and the other left alone', () => {
    const base = { layers: [sand, clay, peat] };
    const result = threeWayMerge(
      base,
      { layers: [sand, clay, { ...peat, top: -6 }] },
      { layers: [sand, peat] },
    );
    expect(result.merged).toEqual({ layers: [sand, { ...peat, top: -6 }] });
    expect(result.theirsApplied).toEqual(['layers[name=Clay]']);
  });

  it('makes a deletion against an edit of the same item a conflict, placed where a choice can put it back', () => {
    const base = { layers: [sand, clay, peat] };
    const mine = { layers: [sand, peat] };
    const theirs = { layers: [sand, { ...clay, phi: 25 }, peat] };
    const result = threeWayMerge(base, mine, theirs);
    expect(result.conflicts).toEqual([
      {
        path: ['layers', 1],
        pathText: 'layers[name=Clay]',
        base: clay,
        mine: undefined,
        theirs: theirs.layers[1],
      },
    ]);
    expect(result.merged).toEqual(mine);
    expect(applyResolutions(result, { 'layers[name=Clay]': 'theirs' })).toEqual(theirs);

    const flipped = threeWayMerge(base, theirs, mine);
    expect(flipped.merged).toEqual(theirs);
    expect(applyResolutions(flipped, { 'layers[name=Clay]': 'theirs' })).toEqual(mine);
  });

  it('adds an item both sides added alike once, and merges one added differently field by field', () => {
    const base = { layers: [clay] };
    const same = threeWayMerge(base, { layers: [clay, sand] }, { layers: [clay, sand] });
    expect(same.merged).toEqual({ layers: [clay, sand] });
    const differs = threeWayMerge(base, { layers: [clay, sand] }, { layers: [clay, { ...sand, phi: 30 }] });
    expect(differs.conflicts).toEqual([
      {
        path: ['layers', 1, 'phi'],
        pathText: 'layers[name=Sand].phi',
        base: undefined,
        mine: 32,
        theirs: 30,
      },
    ]);
  });

  it('prefers id over name, as the structural diff does, and names items by it', () => {
    const base = { piles: [{ id: 1, name: 'P1', z: -20 }] };
    const result = threeWayMerge(
      base,
      { piles: [{ id: 1, name: 'P1', z: -21 }] },
      { piles: [{ id: 1, name: 'P1', z: -22 }] },
    );
    expect(result.conflicts.map((c) => c.pathText)).toEqual(['piles[id=1].z']);
  });

  it('merges nested keyed arrays inside keyed items', () => {
    const group = (piles: object[]) => ({ groups: [{ id: 'G1', piles }] });
    const base = group([{ id: 'P1', z: -20 }]);
    const mine = group([{ id: 'P1', z: -21 }]);
    const theirs = group([
      { id: 'P0', z: -19 },
      { id: 'P1', z: -20 },
    ]);
    expect(threeWayMerge(base, mine, theirs).merged).toEqual(
      group([
        { id: 'P0', z: -19 },
        { id: 'P1', z: -21 },
      ]),
    );
  });
});

describe('threeWayMerge: arrays of objects without a key', () => {
  const p = (x: number, y: number) => ({ x, y });
  const points = [p(0, 0), p(1, 1), p(2, 2)];

  it('makes the whole array one conflict when both changed it, instead of pairing items by position', () => {
    // They removed the first point and added one at the end; I moved what was the second point.
    const base = { points };
    const mine = { points: [p(0, 0), p(1, 5), p(2, 2)] };
    const theirs = { points: [p(1, 1), p(2, 2), p(3, 3)] };
    const result = threeWayMerge(base, mine, theirs);
    // By position, my y = 5 would have landed on their (2, 2), and their (1, 1) removal on my point.
    expect(result.conflicts).toEqual([
      { path: ['points'], pathText: 'points', base: points, mine: mine.points, theirs: theirs.points },
    ]);
    expect(result.merged).toEqual(mine);
    expect(applyResolutions(result, { points: 'theirs' })).toEqual(theirs);
    const edited = [p(1, 5), p(2, 2), p(3, 3)];
    expect(applyResolutions(result, { points: { custom: edited } })).toEqual({ points: edited });
  });

  it('is one conflict even when the two sides changed different items', () => {
    const result = threeWayMerge(
      { points, a: 1 },
      { points: [p(9, 0), points[1], points[2]], a: 1 },
      { points: [points[0], points[1], p(2, 9)], a: 2 },
    );
    expect(result.conflicts.map((c) => c.pathText)).toEqual(['points']);
    expect(result.theirsApplied).toEqual(['a']);
  });

  it('takes a change of only one side whole, and the same change on both sides once', () => {
    const moved = { points: [p(1, 1), p(2, 2)] };
    expect(threeWayMerge({ points, a: 1 }, { ...moved, a: 1 }, { points, a: 2 })).toMatchObject({
      merged: { ...moved, a: 2 },
      conflicts: [],
    });
    expect(threeWayMerge({ points }, moved, moved)).toMatchObject({ merged: moved, conflicts: [] });
  });

  it('treats items whose key values repeat, and arrays of arrays, as having no key', () => {
    const dupes = [
      { name: 'Clay', phi: 20 },
      { name: 'Clay', phi: 22 },
    ];
    const layers = threeWayMerge(
      { layers: dupes },
      { layers: [{ name: 'Clay', phi: 21 }, dupes[1]] },
      { layers: [dupes[0], { name: 'Clay', phi: 23 }] },
    );
    expect(layers.conflicts.map((c) => c.pathText)).toEqual(['layers']);

    const rows = [
      [1, 2],
      [3, 4],
    ];
    const table = threeWayMerge({ rows }, { rows: [[1, 9], rows[1]] }, { rows: [rows[1], [5, 6]] });
    expect(table.conflicts.map((c) => c.pathText)).toEqual(['rows']);
  });

  it('still merges into an unkeyed array nested in a keyed item only as a whole', () => {
    const base = { layers: [{ name: 'Clay', samples: [p(0, 0)] }] };
    const mine = { layers: [{ name: 'Clay', samples: [p(0, 1)] }] };
    const theirs = { layers: [{ name: 'Clay', samples: [p(0, 2)] }] };
    expect(threeWayMerge(base, mine, theirs).conflicts).toMatchObject([
      { pathText: 'layers[name=Clay].samples', path: ['layers', 0, 'samples'] },
    ]);
  });
});

describe('threeWayMerge: arrays of scalars', () => {
  it('merges by position when all three have the same length and each side replaced values in place', () => {
    const result = threeWayMerge({ levels: [1, 2, 3] }, { levels: [0, 2, 3] }, { levels: [1, 2, 4] });
    expect(result.merged).toEqual({ levels: [0, 2, 4] });
    expect(result.mineKept).toEqual(['levels[0]']);
    expect(result.theirsApplied).toEqual(['levels[2]']);
  });

  it('reports a conflict at the index when both replaced the same value', () => {
    const result = threeWayMerge({ xyz: [0, 0, 5] }, { xyz: [0, 0, 6] }, { xyz: [1, 0, 7] });
    expect(result.conflicts).toEqual([{ path: ['xyz', 2], pathText: 'xyz[2]', base: 5, mine: 6, theirs: 7 }]);
    expect(result.merged).toEqual({ xyz: [1, 0, 6] });
  });

  it('makes the whole array one conflict when a side shifted values, even at the same length', () => {
    // They dropped 10 and appended 40; I changed 20. By position my 25 would replace their 30.
    const result = threeWayMerge(
      { levels: [10, 20, 30] },
      { levels: [10, 25, 30] },
      { levels: [20, 30, 40] },
    );
    expect(result.conflicts).toEqual([
      { path: ['levels'], pathText: 'levels', base: [10, 20, 30], mine: [10, 25, 30], theirs: [20, 30, 40] },
    ]);
    // With repeated values, by position it would even have merged silently.
    const repeated = threeWayMerge(
      { levels: [10, 20, 20, 30] },
      { levels: [10, 25, 20, 30] },
      { levels: [20, 20, 30, 40] },
    );
    expect(repeated.conflicts.map((c) => c.pathText)).toEqual(['levels']);
  });

  it('takes a one-sided length change whole', () => {
    const result = threeWayMerge(
      { levels: [1, 2], a: 1 },
      { levels: [1, 2, 3], a: 1 },
      { levels: [1, 2], a: 2 },
    );
    expect(result.merged).toEqual({ levels: [1, 2, 3], a: 2 });
  });

  it('makes the whole array one conflict when lengths differ and both changed it', () => {
    const result = threeWayMerge({ levels: [1, 2] }, { levels: [1, 2, 3] }, { levels: [0, 2] });
    expect(result.conflicts).toEqual([
      { path: ['levels'], pathText: 'levels', base: [1, 2], mine: [1, 2, 3], theirs: [0, 2] },
    ]);
    expect(result.merged).toEqual({ levels: [1, 2, 3] });
  });
});

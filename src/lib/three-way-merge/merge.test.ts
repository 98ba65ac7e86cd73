import { describe, expect, it } from 'vitest';
import { applyResolutions, threeWayMerge } from './merge';

describe('threeWayMerge: objects', () => {
  it('keeps both sides’ changes when they touch different paths', () => {
    const base = { length: 10, width: 4, height: 3 };
    const result = threeWayMerge(base, { ...base, length: 12 }, { ...base, width: 5 });
    expect(result.merged).toEqual({ length: 12, width: 5, height: 3 });
    expect(result.conflicts).toEqual([]);
    expect(result.theirsApplied).toEqual(['width']);
    expect(result.mineKept).toEqual(['length']);
  });

  it('does not call the same change on both sides a conflict, nor list it', () => {
    const result = threeWayMerge({ a: 1, b: 1 }, { a: 2, b: 1 }, { a: 2, b: 1 });
    expect(result).toEqual({ merged: { a: 2, b: 1 }, conflicts: [], theirsApplied: [], mineKept: [] });
  });

  it('reports different changes of one value as a conflict and holds mine there until resolved', () => {
    const base = { soil: { phi: 30, c: 0 } };
    const result = threeWayMerge(base, { soil: { phi: 32, c: 0 } }, { soil: { phi: 28, c: 5 } });
    expect(result.conflicts).toEqual([
      { path: ['soil', 'phi'], pathText: 'soil.phi', base: 30, mine: 32, theirs: 28 },
    ]);
    expect(result.merged).toEqual({ soil: { phi: 32, c: 5 } });
    expect(result.theirsApplied).toEqual(['soil.c']);
  });

  it('reports changes at the finest paths the structural diff sees', () => {
    const base = { geometry: { a: 1, b: { c: 2, d: 3 } }, x: 0 };
    const theirs = { geometry: { a: 2, b: { c: 2, d: 4 }, e: 1 }, x: 0 };
    const result = threeWayMerge(base, { ...base, x: 1 }, theirs);
    expect(result.theirsApplied).toEqual(['geometry.a', 'geometry.b.d', 'geometry.e']);
  });

  it('deletes what one side deleted and the other left alone', () => {
    const base = { a: 1, b: 2, c: 3 };
    const result = threeWayMerge(base, { a: 1, c: 3 }, { a: 1, b: 2 });
    expect(result.merged).toEqual({ a: 1 });
    expect(result.conflicts).toEqual([]);
    expect(result.mineKept).toEqual(['b']);
    expect(result.theirsApplied).toEqual(['c']);
  });

  it('makes a deletion against a change inside the deleted object a conflict at that object', () => {
    const base = { pile: { z: -20, d: 0.6 }, n: 1 };
    const mine = { n: 1 };
    const theirs = { pile: { z: -21, d: 0.6 }, n: 1 };
    const result = threeWayMerge(base, mine, theirs);
    expect(result.conflicts).toEqual([
      { path: ['pile'], pathText: 'pile', base: base.pile, mine: undefined, theirs: theirs.pile },
    ]);
    expect(result.merged).toEqual({ n: 1 });
    // The other way round: mine is the changed one and stays until resolved.
    const flipped = threeWayMerge(base, theirs, mine);
    expect(flipped.conflicts).toMatchObject([{ pathText: 'pile', mine: theirs.pile, theirs: undefined }]);
    expect(flipped.merged).toEqual(theirs);
  });

  it('makes a type change against a change inside a conflict at the node that changed type', () => {
    const base = { load: { fx: 1, fy: 2 } };
    const result = threeWayMerge(base, { load: 'none' }, { load: { fx: 1, fy: 3 } });
    expect(result.conflicts).toMatchObject([{ pathText: 'load', mine: 'none', theirs: { fx: 1, fy: 3 } }]);
    expect(result.merged).toEqual({ load: 'none' });
  });

  it('merges keys both sides added, with a conflict only where their values differ', () => {
    const result = threeWayMerge({}, { meta: { a: 1, b: 2 } }, { meta: { a: 1, b: 3, c: 4 } });
    expect(result.merged).toEqual({ meta: { a: 1, b: 2, c: 4 } });
    expect(result.conflicts).toEqual([
      { path: ['meta', 'b'], pathText: 'meta.b', base: undefined, mine: 2, theirs: 3 },
    ]);
  });

  it('orders keys as theirs, with my new keys after their predecessor in mine', () => {
    const base = { a: 1, b: 1, c: 1 };
    const mine = { a: 1, mid: 2, b: 1, c: 2, first: 0 };
    const theirs = { first: 1, c: 1, a: 1, b: 2 };
    const result = threeWayMerge(base, mine, theirs);
    expect(Object.keys(result.merged)).toEqual(['first', 'c', 'a', 'mid', 'b']);
    expect(result.conflicts.map((c) => c.pathText)).toEqual(['first']);
  });

  it('treats null as a value, and reads key order as no change', () => {
    const base = { a: null, b: { x: 1, y: 2 } };
    const result = threeWayMerge(base, { a: 0, b: { x: 1, y: 2 } }, { a: null, b: { y: 2, x: 1 } });
    expect(result.merged).toEqual({ a: 0, b: { x: 1, y: 2 } });
    expect(result.conflicts).toEqual([]);
    const both = threeWayMerge({ a: 1 }, { a: null }, { a: 2 });
    expect(both.conflicts).toMatchObject([{ pathText: 'a', mine: null, theirs: 2 }]);
  });

  it('handles unicode keys and values, quoting keys that are not identifiers', () => {
    const base = { 'Fz (kN)': 1, naam: 'Löss', γ: 18 };
    const result = threeWayMerge(
      base,
      { ...base, 'Fz (kN)': 2, naam: '粘土' },
      { ...base, 'Fz (kN)': 3, γ: 19 },
    );
    expect(result.merged).toEqual({ 'Fz (kN)': 2, naam: '粘土', γ: 19 });
    expect(result.conflicts.map((c) => c.pathText)).toEqual(['["Fz (kN)"]']);
    expect(result.theirsApplied).toEqual(['["γ"]']);
  });

  it('keeps a "__proto__" key as data', () => {
    const base = JSON.parse('{"__proto__": {"a": 1}, "b": 1}');
    const mine = JSON.parse('{"__proto__": {"a": 2}, "b": 1}');
    const theirs = JSON.parse('{"__proto__": {"a": 1}, "b": 2}');
    const { merged } = threeWayMerge(base, mine, theirs);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(JSON.stringify(merged)).toBe('{"__proto__":{"a":2},"b":2}');
  });

  it('merges very deep documents without overflowing the stack', () => {
    const nest = (depth: number, leaf: Record<string, unknown>) => {
      let doc: Record<string, unknown> = leaf;
      for (let i = 0; i < depth; i++) doc = { n: doc };
      return doc;
    };
    const depth = 20_000;
    const base = nest(depth, { a: 1, b: 1 });
    const result = threeWayMerge(base, nest(depth, { a: 2, b: 1 }), nest(depth, { a: 3, b: 2 }));
    expect(result.theirsApplied).toEqual([`${'n.'.repeat(depth)}b`]);
    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0]?.path).toHaveLength(depth + 1);
    const resolved = applyResolutions(result, { [`${'n.'.repeat(depth)}a`]: 'theirs' });
    let leaf = resolved;
    for (let i = 0; i < depth; i++) leaf = leaf.n as Record<string, unknown>;
    expect(leaf).toEqual({ a: 3, b: 2 });
  });

  it('never mutates its inputs', () => {
    const freeze = <T>(value: T): T => {
      if (typeof value === 'object' && value !== null) {
        for (const child of Object.values(value)) freeze(child);
        Object.freeze(value);
      }
      return value;
    };
    const base = freeze({ a: { b: [1, 2] }, layers: [{ name: 'Clay', phi: 20 }], c: 1 });
    const mine = freeze({ a: { b: [1, 3] }, layers: [{ name: 'Clay', phi: 21 }], c: 2 });
    const theirs = freeze({ a: { b: [0, 2] }, layers: [{ name: 'Sand' }, { name: 'Clay', phi: 20 }], c: 3 });
    const snapshot = JSON.stringify([base, mine, theirs]);
    expect(() => threeWayMerge(base, mine, theirs)).not.toThrow();
    expect(JSON.stringify([base, mine, theirs])).toBe(snapshot);
  });

  it('is deterministic', () => {
    const args = [
      { a: 1, l: [1, 2] },
      { a: 2, l: [1, 2, 3] },
      { a: 3, l: [0] },
    ] as const;
    expect(threeWayMerge(...args)).toEqual(threeWayMerge(...args));
  });
});

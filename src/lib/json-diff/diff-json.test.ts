import { describe, expect, it } from 'vitest';
import { makeParamsPair } from '../../../tests/bench/diff-bench';
import { countByKind, diffJson } from './diff-json';
import { formatDiffPath } from './diff-path';

describe('diffJson: objects and leaves', () => {
  it('finds nothing between identical documents, shared or not', () => {
    const doc = { a: 1, b: { c: [1, 2, { d: 'x' }] }, e: null };
    expect(diffJson(doc, doc)).toEqual([]);
    expect(diffJson(doc, structuredClone(doc))).toEqual([]);
    expect(diffJson({}, {})).toEqual([]);
    expect(diffJson([], [])).toEqual([]);
  });

  it('reports added, removed and changed keys in document order: after keys, then keys only in before', () => {
    const entries = diffJson({ a: 1, gone: true, b: 2 }, { b: 3, a: 1, c: 4 });
    expect(entries).toEqual([
      { kind: 'changed', path: ['b'], from: 2, to: 3, numeric: { delta: 1, percent: 50 } },
      { kind: 'added', path: ['c'], value: 4 },
      { kind: 'removed', path: ['gone'], value: true },
    ]);
  });

  it('handles empty documents on either side', () => {
    expect(diffJson({}, { a: { b: 1 } })).toEqual([{ kind: 'added', path: ['a'], value: { b: 1 } }]);
    expect(diffJson({ a: [1] }, {})).toEqual([{ kind: 'removed', path: ['a'], value: [1] }]);
  });

  it('reports a whole added or removed subtree as one entry holding the subtree', () => {
    const pile = { id: 'P1', loads: { Fz: 100 } };
    const entries = diffJson({ group: {} }, { group: { pile } });
    expect(entries).toEqual([{ kind: 'added', path: ['group', 'pile'], value: pile }]);
  });

  it('reports a type change at its path without looking below it', () => {
    const entries = diffJson(
      { n: 1, o: { x: 1 }, a: [1, 2], z: null, s: 'text' },
      { n: '1', o: null, a: { 0: 1, 1: 2 }, z: { x: 1 }, s: 'text' },
    );
    expect(
      entries.map((e) => [e.kind, e.path[0], e.kind === 'type-changed' && `${e.fromType}>${e.toType}`]),
    ).toEqual([
      ['type-changed', 'n', 'number>string'],
      ['type-changed', 'o', 'object>null'],
      ['type-changed', 'a', 'array>object'],
      ['type-changed', 'z', 'null>object'],
    ]);
  });

  it('treats null as a value of its own: null to null is no change, null to a number is a type change', () => {
    expect(diffJson({ a: null }, { a: null })).toEqual([]);
    expect(diffJson({ a: null }, { a: 0 })).toMatchObject([
      { kind: 'type-changed', fromType: 'null', toType: 'number' },
    ]);
    expect(diffJson(null, {})).toMatchObject([{ kind: 'type-changed', path: [] }]);
  });

  it('compares primitives at the root', () => {
    expect(diffJson('a', 'b')).toEqual([{ kind: 'changed', path: [], from: 'a', to: 'b' }]);
    expect(diffJson(true, true)).toEqual([]);
  });
});

describe('diffJson: numbers', () => {
  it('gives the delta and the percentage of the old magnitude', () => {
    expect(diffJson({ phi: 20 }, { phi: 22 })[0]).toMatchObject({ numeric: { delta: 2, percent: 10 } });
    expect(diffJson({ m: -10 }, { m: -5 })[0]).toMatchObject({ numeric: { delta: 5, percent: 50 } });
    expect(diffJson({ m: 0 }, { m: 5 })[0]).toMatchObject({ numeric: { delta: 5, percent: null } });
  });

  it('hides changes within the tolerance and shows larger ones', () => {
    const before = { x: 1, y: 2, label: 'a' };
    const after = { x: 1 + 1e-10, y: 2.001, label: 'b' };
    expect(diffJson(before, after).map((e) => e.path[0])).toEqual(['x', 'y', 'label']);
    expect(diffJson(before, after, { tolerance: 1e-9 }).map((e) => e.path[0])).toEqual(['y', 'label']);
  });

  it('never produces NaN: equal NaNs are no change, infinities carry no arithmetic', () => {
    expect(diffJson({ a: Number.NaN }, { a: Number.NaN })).toEqual([]);
    const [entry] = diffJson({ a: 1 }, { a: Number.POSITIVE_INFINITY });
    expect(entry).toEqual({ kind: 'changed', path: ['a'], from: 1, to: Number.POSITIVE_INFINITY });
  });
});

describe('diffJson: unicode, depth, size', () => {
  it('keeps unicode keys and values intact', () => {
    const entries = diffJson({ φ: 30, pile: 'Ø 600 mm' }, { φ: 32, pile: 'Ø 800 mm', 'γ_sat 🧱': 19 });
    expect(entries.map((e) => e.path)).toEqual([['φ'], ['pile'], ['γ_sat 🧱']]);
    expect(entries[1]).toMatchObject({ from: 'Ø 600 mm', to: 'Ø 800 mm' });
    expect(formatDiffPath(['layers', 'φ'])).toBe('layers["φ"]');
  });

  it.each([1_000, 50_000])('walks %i levels of nesting without overflowing the stack', (depth) => {
    let before: unknown = { leaf: 1 };
    let after: unknown = { leaf: 2 };
    for (let i = 0; i < depth; i++) {
      before = { a: before };
      after = { a: after };
    }
    const entries = diffJson(before, after);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.path).toHaveLength(depth + 1);
    expect(entries[0]?.path.at(-1)).toBe('leaf');
  });

  it('finds exactly the edits in two ~1 MB revisions, keyed arrays absorbing the inserted pile', () => {
    const { before, after } = makeParamsPair();
    const entries = diffJson(before, after);
    expect(countByKind(entries)).toEqual({ added: 3, removed: 50, changed: 605, typeChanged: 0 });
    expect(entries.filter((e) => e.kind === 'added').map((e) => formatDiffPath(e.path, e.matchedBy))).toEqual(
      ['piles[id=P-05000]', 'soil.layers[name=Fill]', 'revision_comment'],
    );
  });
});

describe('countByKind', () => {
  it('counts each kind', () => {
    const entries = diffJson({ a: 1, b: 2, c: 'x', d: 1 }, { a: 2, b: '2', e: 1, f: 2, d: 1 });
    expect(countByKind(entries)).toEqual({ added: 2, removed: 1, changed: 1, typeChanged: 1 });
    expect(countByKind([])).toEqual({ added: 0, removed: 0, changed: 0, typeChanged: 0 });
  });
});

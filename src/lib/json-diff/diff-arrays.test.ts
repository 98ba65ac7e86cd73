import { describe, expect, it } from 'vitest';
import { diffJson } from './diff-json';
import { formatDiffPath } from './diff-path';

const layers = [
  { name: 'Sand', phi: 32 },
  { name: 'Clay', phi: 20 },
  { name: 'Peat', phi: 12 },
];

const paths = (entries: ReturnType<typeof diffJson>) =>
  entries.map((e) => formatDiffPath(e.path, e.matchedBy));

describe('diffJson: arrays of objects matched by key', () => {
  it('reports a layer inserted at the top as one addition, not a change on every later layer', () => {
    const top = { name: 'Fill', phi: 28 };
    const entries = diffJson({ layers }, { layers: [top, ...layers] });
    expect(entries).toEqual([
      { kind: 'added', path: ['layers', 0], value: top, matchedBy: [{ at: 1, key: 'name', value: 'Fill' }] },
    ]);
  });

  it('sees nothing in a reorder', () => {
    expect(diffJson({ layers }, { layers: [...layers].reverse() })).toEqual([]);
  });

  it("reports one layer's changed phi at that layer, by key", () => {
    const after = [layers[0], { name: 'Clay', phi: 22 }, layers[2]];
    const entries = diffJson({ layers }, { layers: after });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ kind: 'changed', path: ['layers', 1, 'phi'], from: 20, to: 22 });
    expect(paths(entries)).toEqual(['layers[name=Clay].phi']);
  });

  it('locates moved-and-changed items by their after index, removed ones by their before index, removed last', () => {
    const after = [{ name: 'Peat', phi: 13 }, layers[0]];
    const entries = diffJson({ layers }, { layers: after });
    expect(entries.map((e) => [e.kind, e.path])).toEqual([
      ['changed', ['layers', 0, 'phi']],
      ['removed', ['layers', 1]],
    ]);
    expect(paths(entries)).toEqual(['layers[name=Peat].phi', 'layers[name=Clay]']);
  });

  it('prefers id over name, and takes the key the user picked', () => {
    const before = [
      { id: 1, name: 'A', code: 'x' },
      { id: 2, name: 'B', code: 'y' },
    ];
    const renamed = [
      { id: 1, name: 'B', code: 'x' },
      { id: 2, name: 'A', code: 'y' },
    ];
    expect(paths(diffJson(before, renamed))).toEqual(['[id=1].name', '[id=2].name']);
    expect(paths(diffJson(before, renamed, { arrayKeys: ['name'] }))).toEqual([
      '[name=B].id',
      '[name=B].code',
      '[name=A].id',
      '[name=A].code',
    ]);
  });

  it('keeps the keys of nested keyed arrays on the path', () => {
    const before = { groups: [{ id: 'G1', piles: [{ id: 'P1', z: -20 }] }] };
    const after = {
      groups: [
        {
          id: 'G1',
          piles: [
            { id: 'P0', z: -19 },
            { id: 'P1', z: -21 },
          ],
        },
      ],
    };
    expect(paths(diffJson(before, after))).toEqual([
      'groups[id=G1].piles[id=P0]',
      'groups[id=G1].piles[id=P1].z',
    ]);
  });
});

describe('diffJson: arrays by position', () => {
  it('falls back to position when the key values repeat', () => {
    const dupes = [
      { name: 'Clay', phi: 20 },
      { name: 'Clay', phi: 22 },
    ];
    const entries = diffJson({ layers: dupes }, { layers: [{ name: 'Sand', phi: 30 }, ...dupes] });
    expect(entries.map((e) => [e.kind, formatDiffPath(e.path)])).toEqual([
      ['changed', 'layers[0].name'],
      ['changed', 'layers[0].phi'],
      ['changed', 'layers[1].phi'],
      ['added', 'layers[2]'],
    ]);
    expect(entries[0]?.matchedBy).toBeUndefined();
  });

  it('falls back to position when an item lacks every key, or an item is not an object', () => {
    const noKey = diffJson(
      { a: [{ name: 'A' }, { name: 'B' }] },
      { a: [{ name: 'Z' }, { name: 'A' }, { other: 1 }] },
    );
    expect(noKey.map((e) => e.kind)).toEqual(['changed', 'changed', 'added']);
    const mixed = diffJson({ a: [{ id: 1 }, 2] }, { a: [{ id: 0 }, { id: 1 }, 2] });
    expect(mixed.map((e) => formatDiffPath(e.path))).toEqual(['a[0].id', 'a[1]', 'a[2]']);
  });

  it("follows arrayKeys: 'position' even when a key is available", () => {
    const entries = diffJson({ layers }, { layers: layers.slice(1) }, { arrayKeys: 'position' });
    expect(entries.map((e) => [e.kind, formatDiffPath(e.path)])).toEqual([
      ['changed', 'layers[0].name'],
      ['changed', 'layers[0].phi'],
      ['changed', 'layers[1].name'],
      ['changed', 'layers[1].phi'],
      ['removed', 'layers[2]'],
    ]);
  });

  it('diffs arrays of numbers by index, reporting the tail', () => {
    expect(diffJson([1, 2, 3], [1, 5])).toEqual([
      { kind: 'changed', path: [1], from: 2, to: 5, numeric: { delta: 3, percent: 150 } },
      { kind: 'removed', path: [2], value: 3 },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { formatPath, type JsonPath } from '../../lib/format-path';
import { deepFreeze } from './params-editor.test-utils';
import { parsePath } from './parse-path';
import { getAtPath, moveInArray, removeAtPath, setAtPath } from './path-ops';

const doc = () =>
  deepFreeze({
    geometry: { width: 0.4, length: 21.5 },
    soil: { layers: [{ phi: 22.5 }, { phi: 15 }, { phi: 32.5 }] },
    tags: ['a', 'b', 'c'],
  });

describe('setAtPath', () => {
  it('copies only the containers on the path', () => {
    const before = doc();
    const after = setAtPath(before, ['soil', 'layers', 1, 'phi'], 16);
    expect(after.soil.layers[1]).toEqual({ phi: 16 });
    expect(before.soil.layers[1]).toEqual({ phi: 15 });
    expect(after.geometry).toBe(before.geometry);
    expect(after.soil.layers[0]).toBe(before.soil.layers[0]);
    expect(after.soil.layers).not.toBe(before.soil.layers);
  });

  it('adds a key, appends at the end of a list, and returns the input when nothing changes', () => {
    const before = doc();
    expect(setAtPath(before, ['geometry', 'depth'], 3).geometry).toEqual({
      width: 0.4,
      length: 21.5,
      depth: 3,
    });
    expect(setAtPath(before, ['tags', 3], 'd').tags).toEqual(['a', 'b', 'c', 'd']);
    expect(setAtPath(before, ['geometry', 'width'], 0.4)).toBe(before);
  });

  it('keeps "__proto__" an ordinary own key', () => {
    const after = setAtPath({} as Record<string, unknown>, ['__proto__'], { polluted: true });
    expect(Object.hasOwn(after, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses paths that lead nowhere or leave holes', () => {
    expect(() => setAtPath(doc(), ['missing', 'x'], 1)).toThrow('No object or list at missing');
    expect(() => setAtPath(doc(), ['tags', 5], 'x')).toThrow('No item at tags[5]');
    expect(() => setAtPath(doc(), [], 1)).toThrow();
  });
});

describe('removeAtPath and moveInArray', () => {
  it('removes a list item or an object key without touching the input', () => {
    const before = doc();
    expect(removeAtPath(before, ['soil', 'layers', 0]).soil.layers).toEqual([{ phi: 15 }, { phi: 32.5 }]);
    expect(removeAtPath(before, ['geometry', 'width']).geometry).toEqual({ length: 21.5 });
    expect(before.soil.layers).toHaveLength(3);
    expect(() => removeAtPath(before, ['tags', 3])).toThrow('No item at tags[3]');
  });

  it('moves an item up or down', () => {
    const before = doc();
    expect(moveInArray(before, ['tags'], 2, 0).tags).toEqual(['c', 'a', 'b']);
    expect(moveInArray(before, ['tags'], 0, 1).tags).toEqual(['b', 'a', 'c']);
    expect(moveInArray(before, ['tags'], 1, 1)).toBe(before);
    expect(before.tags).toEqual(['a', 'b', 'c']);
    expect(() => moveInArray(before, ['tags'], 2, 3)).toThrow('No item 3 in tags');
  });
});

describe('parsePath', () => {
  it('reads back what formatPath writes', () => {
    const paths: JsonPath[] = [
      ['soil', 'layers', 2, 'phi'],
      ['loads', 'Fz (kN)'],
      ['2'],
      [0, 'a.b'],
      ['q"uote'],
    ];
    for (const path of paths) expect(parsePath(formatPath(path))).toEqual(path);
  });

  it('rejects strings formatPath never makes', () => {
    for (const text of ['', 'a..b', 'a[', 'a[01]', '.a', 'a b']) expect(parsePath(text)).toBeNull();
  });

  it('finds the value a path names', () => {
    expect(getAtPath(doc(), parsePath('soil.layers[2].phi') ?? [])).toBe(32.5);
    expect(getAtPath(doc(), ['soil', 'layers', 'x'])).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { applyResolutions, threeWayMerge } from './merge';

const base = { a: 1, b: { c: 1 }, layers: [{ name: 'Sand' }, { name: 'Clay', phi: 20 }, { name: 'Peat' }] };

describe('applyResolutions', () => {
  const mine = {
    a: 2,
    b: { c: 2 },
    layers: [
      { name: 'Sand', top: 1 },
      { name: 'Peat', phi: 1 },
    ],
  };
  const theirs = {
    a: 3,
    b: { c: 3 },
    layers: [
      { name: 'Clay', phi: 21 },
      { name: 'Peat', phi: 2 },
    ],
  };
  const result = threeWayMerge(base, mine, theirs);

  it('sees the conflicts this suite resolves', () => {
    expect(result.conflicts.map((c) => [c.pathText, c.path])).toEqual([
      ['a', ['a']],
      ['b.c', ['b', 'c']],
      ['layers[name=Sand]', ['layers', 0]],
      ['layers[name=Clay]', ['layers', 1]],
      ['layers[name=Peat].phi', ['layers', 1, 'phi']],
    ]);
  });

  it('takes mine, theirs or a custom value per conflict', () => {
    const resolved = applyResolutions(result, {
      a: 'mine',
      'b.c': { custom: { nested: ['x'] } },
      'layers[name=Clay]': 'theirs',
      'layers[name=Peat].phi': 'theirs',
      'layers[name=Sand]': 'mine',
    });
    expect(resolved).toEqual({
      a: 2,
      b: { c: { nested: ['x'] } },
      layers: [
        { name: 'Sand', top: 1 },
        { name: 'Clay', phi: 21 },
        { name: 'Peat', phi: 2 },
      ],
    });
  });

  it('inserts and removes items in one array without the choices shifting each other', () => {
    const all = (choice: 'mine' | 'theirs') =>
      applyResolutions(result, Object.fromEntries(result.conflicts.map((c) => [c.pathText, choice])));
    expect(all('theirs')).toEqual(theirs);
    expect(all('mine')).toEqual(result.merged);
    expect(all('mine').layers).toEqual([
      { name: 'Sand', top: 1 },
      { name: 'Peat', phi: 1 },
    ]);
  });

  it('removes a value when the custom value is undefined', () => {
    const resolved = applyResolutions(result, {
      a: { custom: undefined },
      'b.c': 'mine',
      'layers[name=Clay]': 'mine',
      'layers[name=Peat].phi': { custom: undefined },
      'layers[name=Sand]': 'mine',
    });
    expect(resolved).toEqual({ b: { c: 2 }, layers: [{ name: 'Sand', top: 1 }, { name: 'Peat' }] });
  });

  it('refuses to guess: every conflict needs a choice', () => {
    expect(() => applyResolutions(result, { a: 'mine' })).toThrow(
      'Unresolved conflicts: b.c, layers[name=Sand], layers[name=Clay], layers[name=Peat].phi',
    );
  });

  it('leaves the merge result as it was', () => {
    const before = JSON.stringify(result);
    applyResolutions(result, Object.fromEntries(result.conflicts.map((c) => [c.pathText, 'theirs'])));
    expect(JSON.stringify(result)).toBe(before);
  });

  it('returns merged as it is when there is nothing to resolve', () => {
    const clean = threeWayMerge({ a: 1 }, { a: 2 }, { a: 1 });
    expect(applyResolutions(clean, {})).toEqual({ a: 2 });
  });
});

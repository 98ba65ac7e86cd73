import { describe, expect, it } from 'vitest';
import { formatDiffPath } from './diff-path';
import { inlineTextDiff, wantsInlineDiff } from './inline-text-diff';

const side = (parts: ReturnType<typeof inlineTextDiff>, drop: 'added' | 'removed') =>
  parts
    .filter((p) => p.kind !== drop)
    .map((p) => p.text)
    .join('');

describe('inlineTextDiff', () => {
  it('marks the changed words and keeps the rest, so each side can be rebuilt exactly', () => {
    const a = 'Piles Ø 600 mm in the north  row, checked for negative skin friction.';
    const b = 'Piles Ø 800 mm in the north  row, checked for negative skin friction and uplift.';
    const parts = inlineTextDiff(a, b);
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text)).toEqual(['600']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['800', 'and uplift']);
    expect(side(parts, 'added')).toBe(a);
    expect(side(parts, 'removed')).toBe(b);
  });

  it('returns one unchanged part for equal strings', () => {
    expect(inlineTextDiff('same text', 'same text')).toEqual([{ kind: 'same', text: 'same text' }]);
    expect(inlineTextDiff('', '')).toEqual([]);
  });

  it('is only wanted when both sides are long strings', () => {
    const long = 'x'.repeat(41);
    expect(wantsInlineDiff(long, `${long}y`)).toBe(true);
    expect(wantsInlineDiff(long, 'short')).toBe(false);
    expect(wantsInlineDiff(long, 42)).toBe(false);
  });
});

describe('formatDiffPath', () => {
  it('writes keyed items by key and everything else like formatPath', () => {
    const match = [{ at: 1, key: 'name', value: 'Stiff clay' }];
    expect(formatDiffPath(['layers', 3, 'phi'], match)).toBe('layers[name="Stiff clay"].phi');
    expect(formatDiffPath(['piles', 0], [{ at: 1, key: 'id', value: 7 }])).toBe('piles[id=7]');
    expect(formatDiffPath(['loads', 'Fz (kN)', 2])).toBe('loads["Fz (kN)"][2]');
  });
});

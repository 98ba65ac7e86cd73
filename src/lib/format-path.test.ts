import { describe, expect, it } from 'vitest';
import { compactJson } from './compact-json';
import { formatPath } from './format-path';

describe('formatPath', () => {
  it('joins identifiers with dots and indices with brackets', () => {
    expect(formatPath(['soil', 'layers', 2, 'phi'])).toBe('soil.layers[2].phi');
    expect(formatPath([0, 'id'])).toBe('[0].id');
    expect(formatPath(['$ref', '_x1'])).toBe('$ref._x1');
    expect(formatPath([])).toBe('');
  });

  it('quotes keys that are not identifiers, so they never read as indices or nesting', () => {
    expect(formatPath(['loads', 'Fz (kN)'])).toBe('loads["Fz (kN)"]');
    expect(formatPath(['my key', 'a.b'])).toBe('["my key"]["a.b"]');
    expect(formatPath(['matrix', '2'])).toBe('matrix["2"]');
    expect(formatPath(['1st'])).toBe('["1st"]');
    expect(formatPath(['say "hi"'])).toBe('["say \\"hi\\""]');
    expect(formatPath([''])).toBe('[""]');
  });
});

describe('compactJson', () => {
  it('writes small values like JSON.stringify', () => {
    const value = { a: [1, 'two', null, true], b: { c: 'd' } };
    expect(compactJson(value)).toBe(JSON.stringify(value));
  });

  it('stops early on big values and marks the cut', () => {
    const big = { items: Array.from({ length: 100_000 }, (_, i) => ({ i })) };
    const text = compactJson(big, 50);
    expect(text).toHaveLength(51);
    expect(text.endsWith('…')).toBe(true);
    expect(compactJson({ note: 'x'.repeat(1_000_000) }, 20)).toBe(`{"note":"${'x'.repeat(11)}…`);
  });
});

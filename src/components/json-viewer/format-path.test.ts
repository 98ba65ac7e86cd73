import { describe, expect, it } from 'vitest';
import { compactJson } from './compact-json';
import { formatPath } from './format-path';
import { unitFor } from './units';

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

describe('unitFor', () => {
  it('reads the unit from a named sibling, a units map, a key suffix, a shared prefix or a shared unit', () => {
    expect(unitFor({ length: 1, length_unit: 'm' }, 'length')).toBe('m');
    expect(unitFor({ length: 1, length_units: 'km' }, 'length')).toBe('km');
    expect(unitFor({ depth: 1, units: { depth: 'm' } }, 'depth')).toBe('m');
    expect(unitFor({ Fz_kN: 1 }, 'Fz_kN')).toBe('kN');
    expect(unitFor({ crack_width_mm: 1 }, 'crack_width_mm')).toBe('mm');
    expect(unitFor({ chainage_start: 1, chainage_unit: 'm' }, 'chainage_start')).toBe('m');
    expect(unitFor({ x: 1, y: 2, unit: 'm' }, 'y')).toBe('m');
  });

  it('prefers the most specific rule and ignores lookalikes', () => {
    expect(unitFor({ Fz_kN: 1, Fz_kN_unit: 'MN', unit: 'm' }, 'Fz_kN')).toBe('MN');
    expect(unitFor({ gamma_sat: 1, gamma_sat_unit: 'kN/m3', gamma_unit: 'x' }, 'gamma_sat')).toBe('kN/m3');
    expect(unitFor({ spt_N: 12 }, 'spt_N')).toBeUndefined();
    expect(unitFor({ count: 3, count_unit: 7 }, 'count')).toBeUndefined();
    expect(unitFor({ factor: 1.35 }, 'factor')).toBeUndefined();
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

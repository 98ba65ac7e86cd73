import { describe, expect, it } from 'vitest';
import { unitFor } from './units';

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

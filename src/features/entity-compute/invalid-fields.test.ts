import { describe, expect, it } from 'vitest';
import { listInvalidFields, toHighlightPath } from './invalid-fields';

const params = { soil: { layers: [{ phi: 30 }, { phi: 50 }] }, '2': { a: 1 } };

describe('toHighlightPath', () => {
  it('keeps bracketed paths as VIKTOR writes them', () => {
    expect(toHighlightPath(params, 'soil.layers[1].phi')).toBe('soil.layers[1].phi');
  });

  it('turns a dotted index into brackets only where the params hold an array', () => {
    expect(toHighlightPath(params, 'soil.layers.1.phi')).toBe('soil.layers[1].phi');
    expect(toHighlightPath(params, '2.a')).toBe('["2"].a');
  });
});

describe('listInvalidFields', () => {
  it('pairs each path with its message, joining lists', () => {
    expect(listInvalidFields({ 'geometry.tip_level': ['Too high.', 'Really.'] }, params)).toEqual([
      { path: 'geometry.tip_level', highlightPath: 'geometry.tip_level', message: 'Too high. Really.' },
    ]);
    expect(listInvalidFields(null, params)).toEqual([]);
  });
});

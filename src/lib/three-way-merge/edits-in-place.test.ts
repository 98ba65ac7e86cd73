import { describe, expect, it } from 'vitest';
import { editsInPlace } from './edits-in-place';

describe('editsInPlace', () => {
  it('accepts values replaced where they stood, one or many, next to each other or apart', () => {
    expect(editsInPlace([1, 2, 3], [1, 2, 3])).toBe(true);
    expect(editsInPlace([1, 2, 3], [1, 9, 3])).toBe(true);
    expect(editsInPlace([1, 2, 3, 4], [7, 8, 3, 9])).toBe(true);
    expect(editsInPlace(['a', null, true], ['b', null, false])).toBe(true);
  });

  it('refuses a shift that kept the length, and any change of length', () => {
    expect(editsInPlace([10, 20, 30], [20, 30, 40])).toBe(false);
    expect(editsInPlace([10, 20, 30, 40], [20, 30, 99, 40])).toBe(false);
    expect(editsInPlace([1, 2], [1, 2, 3])).toBe(false);
  });

  it('compares big integers by value, and gives up (no pairing) on lists too different to tell', () => {
    expect(editsInPlace([2n ** 60n, 1], [2n ** 60n, 2])).toBe(true);
    const long = Array.from({ length: 1000 }, (_, i) => i);
    expect(
      editsInPlace(
        long,
        long.map((i) => i + 0.5),
      ),
    ).toBe(false);
  });
});

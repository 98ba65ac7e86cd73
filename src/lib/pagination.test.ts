import { describe, expect, it } from 'vitest';
import { flattenPages, nextOffset } from './pagination';

const page = (count: number, size: number) => ({ count, results: Array.from({ length: size }, (_, i) => i) });

describe('nextOffset', () => {
  it('advances by the results actually received, not by the limit asked for', () => {
    // Asked for 100, the server capped the page at 25.
    expect(nextOffset(page(60, 25), [], 0)).toBe(25);
    expect(nextOffset(page(60, 25), [], 25)).toBe(50);
  });

  it('stops when the received results reach count', () => {
    expect(nextOffset(page(60, 10), [], 50)).toBeUndefined();
    expect(nextOffset(page(25, 25), [], 0)).toBeUndefined();
  });

  it('stops on an empty page even if count promises more', () => {
    expect(nextOffset(page(60, 0), [], 40)).toBeUndefined();
  });

  it('stops on an empty list', () => {
    expect(nextOffset(page(0, 0), [], 0)).toBeUndefined();
  });
});

describe('flattenPages', () => {
  it('joins pages and takes the total from the newest page', () => {
    expect(flattenPages([page(60, 2), page(61, 1)])).toEqual({ items: [0, 1, 0], total: 61 });
  });

  it('never reports fewer than what is loaded', () => {
    expect(flattenPages([page(1, 3)]).total).toBe(3);
    expect(flattenPages(undefined)).toEqual({ items: [], total: 0 });
  });
});

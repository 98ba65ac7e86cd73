import { describe, expect, it } from 'vitest';
import { threeWayMerge } from '../three-way-merge/merge';
import { handleDiffRequest } from './compute-diff';
import { diffJson } from './diff-json';

// Params read from the API hold integers beyond 2^53 as bigint (src/lib/exact-json.ts).
const BIG = 12345678901234567890n;

describe('integers beyond 2^53 (bigint) in diffs and merges', () => {
  it('are equal when their digits are, and a change shows the exact difference', () => {
    expect(diffJson({ id: BIG, n: [BIG] }, { id: 12345678901234567890n, n: [BIG] })).toEqual([]);
    expect(diffJson({ id: BIG }, { id: BIG + 1n })).toEqual([
      {
        kind: 'changed',
        path: ['id'],
        from: BIG,
        to: BIG + 1n,
        numeric: { delta: 1n, percent: expect.any(Number) },
      },
    ]);
  });

  it('count as numbers: beside a double it is a change of value, not of type', () => {
    expect(diffJson({ n: 12 }, { n: BIG })).toEqual([
      {
        kind: 'changed',
        path: ['n'],
        from: 12,
        to: BIG,
        numeric: { delta: BIG - 12n, percent: expect.any(Number) },
      },
    ]);
    expect(diffJson({ n: 1.5 }, { n: BIG })).toEqual([{ kind: 'changed', path: ['n'], from: 1.5, to: BIG }]);
    // The same integer written as 1e20 and as its digits is no change.
    expect(diffJson({ n: 1e20 }, { n: 100000000000000000000n })).toEqual([]);
  });

  it('go through the diff worker (structured clone) and back unchanged', () => {
    const request = structuredClone({
      id: 1,
      before: { id: BIG },
      after: { id: BIG + 2n },
      options: {},
      mode: 'changed' as const,
    });
    const reply = structuredClone(handleDiffRequest(request));
    expect(reply).toMatchObject([
      { rows: [{ kind: 'changed', path: ['id'], numeric: { delta: 2n } }], counts: { changed: 1 } },
    ]);
  });

  it('merge like any value: one side changed is taken, both changed differently is a conflict', () => {
    const base = { id: BIG, count: BIG, note: 'a' };
    const mine = { id: BIG, count: BIG + 1n, note: 'a' };
    const theirs = { id: 12345678901234567890n, count: BIG, note: 'b' };
    expect(threeWayMerge(base, mine, theirs)).toMatchObject({
      merged: { id: BIG, count: BIG + 1n, note: 'b' },
      conflicts: [],
    });
    expect(threeWayMerge(base, mine, { ...base, count: BIG + 2n }).conflicts).toMatchObject([
      { pathText: 'count', base: BIG, mine: BIG + 1n, theirs: BIG + 2n },
    ]);
  });
});

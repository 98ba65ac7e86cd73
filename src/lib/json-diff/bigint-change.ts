import type { DiffEntry } from './diff-types';

type Changed = Omit<Extract<DiffEntry, { kind: 'changed' }>, 'path' | 'matchedBy'>;

const whole = (value: number | bigint): bigint | undefined =>
  typeof value === 'bigint' ? value : Number.isInteger(value) ? BigInt(value) : undefined;

/**
 * Two numbers of which at least one is a bigint (an integer beyond 2^53): null when equal or within
 * the tolerance, else a change with the exact difference as a bigint. Beside a fraction there is no
 * exact difference to show, only the two values.
 */
export function bigintChange(a: number | bigint, b: number | bigint, tolerance: number): Changed | null {
  const from = whole(a);
  const to = whole(b);
  if (from === undefined || to === undefined) return { kind: 'changed', from: a, to: b };
  const delta = to - from;
  if (delta === 0n || Math.abs(Number(delta)) <= tolerance) return null;
  const percent = from === 0n ? null : (Number(delta) / Math.abs(Number(from))) * 100;
  return { kind: 'changed', from: a, to: b, numeric: { delta, percent } };
}

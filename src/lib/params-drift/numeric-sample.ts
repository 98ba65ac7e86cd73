import type { ExactNumber } from './profile';

/**
 * A bounded, uniform sample of the numbers seen at one path (reservoir sampling), enough for quartiles:
 * thousands of 1 MB documents hold millions of numbers, and the range needs only their spread.
 * The random source is seeded so the same entities in the same order give the same fences.
 */
export type NumericSample = { seen: number; values: number[]; min?: ExactNumber; max?: ExactNumber };

export const SAMPLE_SIZE = 2048;

export function createSample(): NumericSample {
  return { seen: 0, values: [] };
}

export function addToSample(sample: NumericSample, value: ExactNumber, random: () => number) {
  sample.seen++;
  if (sample.min === undefined || value < sample.min) sample.min = value;
  if (sample.max === undefined || value > sample.max) sample.max = value;
  // Quartiles are approximate anyway; a bigint's nearest double is close enough for them.
  const approx = Number(value);
  if (sample.values.length < SAMPLE_SIZE) sample.values.push(approx);
  else {
    const slot = Math.floor(random() * sample.seen);
    if (slot < SAMPLE_SIZE) sample.values[slot] = approx;
  }
}

/** mulberry32: small, fast, seeded; not for anything but sampling. */
export function seededRandom(seed = 0x9e3779b9): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function quantile(sorted: number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  const a = sorted[low] as number;
  const b = sorted[high] as number;
  return a + (b - a) * (at - low);
}

/**
 * Tukey's far-out fence: outside Q1 − 3·IQR … Q3 + 3·IQR. The usual 1.5 flags about one value in a
 * hundred of perfectly normal data; engineering params are skewed and a drift report full of normal
 * values would be ignored, so only values far outside the bulk count. Undefined when there are too few
 * values to tell, or when the bulk does not spread at all (IQR 0: a constant with a few others is a
 * choice, like a default, not a range).
 */
export type Fence = { low: number; high: number; q1: number; q3: number };
export const FENCE_FACTOR = 3;
export const MIN_VALUES_FOR_FENCE = 8;

export function fenceOf(sample: NumericSample): Fence | undefined {
  if (sample.values.length < MIN_VALUES_FOR_FENCE) return undefined;
  const sorted = [...sample.values].sort((a, b) => a - b);
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  const iqr = q3 - q1;
  if (!(iqr > 0)) return undefined;
  return { low: q1 - FENCE_FACTOR * iqr, high: q3 + FENCE_FACTOR * iqr, q1, q3 };
}

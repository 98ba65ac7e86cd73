import { useState } from 'react';

/**
 * Text the user types that becomes a value only once it parses: `1.250` stays `1.250` in the box while
 * the value is 1.25, and `1e-` may sit there half typed. A change from outside (the JSON mode, a move,
 * a reset) replaces the text, unless the text already means that value.
 */
export function useRawText<T>(
  value: T,
  format: (value: T) => string,
  parse: (text: string) => T | undefined,
) {
  const [text, setText] = useState(() => format(value));
  const [shown, setShown] = useState(value);
  if (!Object.is(value, shown)) {
    setShown(value);
    const parsed = parse(text);
    if (parsed === undefined || format(parsed) !== format(value)) setText(format(value));
  }
  const edit = (next: string): T | undefined => {
    setText(next);
    const parsed = parse(next);
    if (parsed !== undefined) setShown(parsed);
    return parsed;
  };
  return { text, edit };
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+$/;

/**
 * A finite number written the way JSON and engineers write them. A whole number beyond 2^53 becomes a
 * bigint with every digit typed, as the params reader gives it (a double would round it).
 */
export function parseNumber(text: string): number | bigint | undefined {
  const trimmed = text.trim();
  if (!NUMBER.test(trimmed)) return undefined;
  const value = Number(trimmed);
  if (INTEGER.test(trimmed) && !Number.isSafeInteger(value)) return BigInt(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

export function numberProblem(text: string): string | undefined {
  if (parseNumber(text) !== undefined) return undefined;
  if (text.trim() === '') return 'Enter a number';
  if (parseNumber(text.replace(',', '.')) !== undefined) return 'Not a number: use a point for decimals';
  return 'Not a number';
}

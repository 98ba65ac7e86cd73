import { useEffect, useRef, useState } from 'react';

/** Same value, or the same fields by identity: a caller may build `{ version, properties }` inline. */
function sameFields(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every(
    (key) =>
      Object.hasOwn(b, key) &&
      Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/**
 * `value` once it has stopped changing for `delayMs`: the diff of a 1 MB draft is worth computing
 * when the typing pauses, not for every keystroke. A new object whose fields are the same ones
 * (by identity) is no change: otherwise a value built during render would re-arm the timer and
 * set state after every pause, re-rendering the page every `delayMs` forever.
 */
export function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  // The last value that differed from the one before: stable while only its wrapper is new.
  const latest = useRef(value);
  if (!sameFields(latest.current, value)) latest.current = value;
  const changed = latest.current;
  useEffect(() => {
    if (sameFields(changed, settled)) return;
    const timer = setTimeout(() => setSettled(changed), delayMs);
    return () => clearTimeout(timer);
  }, [changed, settled, delayMs]);
  return settled;
}

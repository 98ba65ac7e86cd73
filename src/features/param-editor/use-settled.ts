import { useEffect, useState } from 'react';

/**
 * `value` once it has stopped changing for `delayMs`: the diff of a 1 MB draft is worth computing
 * when the typing pauses, not for every keystroke.
 */
export function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

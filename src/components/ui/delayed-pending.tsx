import { type ReactNode, useEffect, useRef, useState } from 'react';

/** How long a wait goes unshown (a fast answer never flashes a placeholder), and how long one stays. */
export const PENDING_DELAY_MS = 250;
export const PENDING_MIN_MS = 500;

type Timing = { delayMs?: number; minMs?: number };

/**
 * `active`, as a person should see it: true only once it has been true for `delayMs`, and then true
 * for at least `minMs` (a placeholder that appears does not blink away at once).
 */
export function useDelayedFlag(
  active: boolean,
  { delayMs = PENDING_DELAY_MS, minMs = PENDING_MIN_MS }: Timing = {},
): boolean {
  const [shown, setShown] = useState(() => active && delayMs <= 0);
  const shownAt = useRef(shown ? Date.now() : 0);
  useEffect(() => {
    if (active && !shown) {
      const timer = setTimeout(() => {
        shownAt.current = Date.now();
        setShown(true);
      }, delayMs);
      return () => clearTimeout(timer);
    }
    if (!active && shown) {
      const timer = setTimeout(() => setShown(false), Math.max(0, minMs - (Date.now() - shownAt.current)));
      return () => clearTimeout(timer);
    }
  }, [active, shown, delayMs, minMs]);
  return shown;
}

/**
 * The children, or the fallback while `pending`: nothing at all for the first moments, then the
 * fallback for at least its minimum time, even if the answer arrives meanwhile.
 */
export function DelayedPending({
  pending,
  fallback,
  children,
  ...timing
}: { pending: boolean; fallback: ReactNode; children: ReactNode } & Timing) {
  const shown = useDelayedFlag(pending, timing);
  if (shown) return fallback;
  return pending ? null : children;
}

import { useCallback, useEffect, useRef, useState } from 'react';

const STATUS_MS = 2000;

/**
 * Copies text and reports how it went in one short-lived message for a role=status region. The
 * clipboard can be missing (plain http, old browsers) or refuse (no permission): that is a message,
 * never an exception.
 */
export function useCopy() {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = useCallback(async (makeText: () => string, done: string) => {
    let outcome = done;
    try {
      await navigator.clipboard.writeText(makeText());
    } catch {
      outcome = 'Copy failed';
    }
    clearTimeout(timer.current);
    setMessage(outcome);
    timer.current = setTimeout(() => setMessage(''), STATUS_MS);
  }, []);

  return { message, copy };
}

import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { getCurrentUser, userQueries } from '../../api/users/queries';
import { errorMessage } from '../../components/ui/error-state';
import { isApiError } from '../../lib/api-error';
import { session } from '../../lib/session';

export type SessionCheck = {
  check: () => void;
  checking: boolean;
  /** Why the last check the user asked for did not get back in; null before one or after success. */
  failure: string | null;
};

function failureText(error: unknown): string {
  if (isApiError(error) && error.isSignedOut)
    return 'Still signed out: VIKTOR did not accept the request yet.';
  return `Could not check: ${errorMessage(error)}`;
}

/**
 * Asks the API (`GET users/current/`, through the dashboard's own client and so its proxy) whether
 * access is back, and if so marks the session signed in: paused queries resume, nothing reloads.
 * One check at a time, however often it is asked for. With `onReturn`, it also checks when the tab
 * is focused or shown again (the user coming back from signing in in another tab); those quiet
 * checks say nothing when they fail.
 */
export function useSessionCheck({ onReturn }: { onReturn: boolean }): SessionCheck {
  const queryClient = useQueryClient();
  const inFlight = useRef<Promise<void> | null>(null);
  const [checking, setChecking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const run = useCallback(
    (quiet: boolean) => {
      if (inFlight.current) return;
      setChecking(true);
      inFlight.current = getCurrentUser()
        .then(
          () => {
            setFailure(null);
            session.markSignedIn();
            // Whoever is signed in now is who the header names.
            void queryClient.invalidateQueries({ queryKey: userQueries.current().queryKey });
          },
          (error: unknown) => {
            if (!quiet) setFailure(failureText(error));
          },
        )
        .finally(() => {
          inFlight.current = null;
          setChecking(false);
        });
    },
    [queryClient],
  );

  useEffect(() => {
    if (!onReturn) return;
    const onFocus = () => run(true);
    const onVisible = () => {
      if (document.visibilityState === 'visible') run(true);
    };
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [onReturn, run]);

  return { check: useCallback(() => run(false), [run]), checking, failure };
}

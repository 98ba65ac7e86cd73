import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { runtimeConfigQuery } from '../../lib/runtime-config';
import { useSession } from '../../lib/session';

/**
 * The page below the header. While signed out it normally stays as it was (its queries wait, edits
 * stay in their fields), except when there is nobody's data to show: after "Forget token" (on a
 * shared machine, the next person must not see the last one's workspaces; drafts stay in this tab's
 * sessionStorage and are offered again when the page is next opened), and in paste-a-token mode
 * before any token was given, where the sign-in form is the page.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const { signedOut, hasPastedToken } = useSession();
  const { data: config } = useQuery(runtimeConfigQuery());
  const nobody =
    signedOut !== null &&
    (signedOut.reason === 'token-forgotten' || (config?.tokenInjected === false && !hasPastedToken));
  return nobody ? null : children;
}

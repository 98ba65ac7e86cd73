import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { userQueries } from '../../api/users/queries';
import { userDisplayName } from '../../api/users/schemas';
import { Button } from '../../components/ui/button';
import { ThemeToggle } from '../../components/ui/theme-toggle';
import { isApiError } from '../../lib/api-error';
import { RUNTIME_CONFIG_KEY, runtimeConfigQuery } from '../../lib/runtime-config';
import { session, useSession } from '../../lib/session';

/** `search`: the command palette's button, composed in by the root route (features do not import features). */
export function AppHeader({ search }: { search?: ReactNode } = {}) {
  return (
    <header className="flex flex-wrap items-center gap-x-6 gap-y-1 border-b border-slate-200 bg-white px-4 py-2">
      <nav aria-label="Main" className="flex items-center gap-x-6">
        <Link to="/workspaces" className="font-semibold tracking-tight text-slate-900">
          VIKTOR workspaces
        </Link>
        {/* Shown to everyone: only the server knows who is an organisation admin, and /audit says so. */}
        <Link
          to="/audit"
          className="text-sm font-medium"
          activeProps={{ className: 'text-blue-800 underline underline-offset-4' }}
          inactiveProps={{ className: 'text-slate-600 hover:text-slate-900' }}
        >
          Audit
        </Link>
      </nav>
      {search}
      <EnvironmentName />
      <div className="ml-auto flex items-center gap-4">
        <ThemeToggle />
        <CurrentUser />
      </div>
    </header>
  );
}

function EnvironmentName() {
  const { data } = useQuery(runtimeConfigQuery());
  if (!data) return null;
  return (
    <p className="text-sm text-slate-600">
      Environment:{' '}
      <span className="font-medium text-slate-900" title={data.upstreamHost ?? undefined}>
        {data.environmentName}
      </span>
    </p>
  );
}

function CurrentUser() {
  const { signedOut, hasPastedToken } = useSession();
  return (
    <div className="flex items-center gap-3">
      {signedOut ? (
        <span role="status" className="text-sm font-medium text-amber-800">
          Signed out
        </span>
      ) : (
        <SignedInUser />
      )}
      {hasPastedToken && <ForgetTokenButton />}
    </div>
  );
}

function SignedInUser() {
  const { data, error, isPending } = useQuery(userQueries.current());
  if (isPending) return <span className="text-sm text-slate-600">Signing in…</span>;
  if (error) {
    const text = isApiError(error) && error.isUnauthorized ? 'Token rejected: not signed in' : 'User unknown';
    return (
      <span role="status" className="text-sm font-medium text-red-700">
        {text}
      </span>
    );
  }
  return (
    <p className="text-sm text-slate-600">
      Signed in as <span className="font-medium text-slate-900">{userDisplayName(data)}</span>
    </p>
  );
}

/**
 * Forgetting the token is signing out on a shared machine: the token leaves memory, and so does
 * everything read with it (the cache, pending writes), so the next person sees none of it. Drafts
 * are not in the cache but in this tab's sessionStorage, so unsaved edits survive. The runtime
 * config is this deployment's, not the user's: it stays, the banner needs it to offer the way back.
 */
function ForgetTokenButton() {
  const queryClient = useQueryClient();
  const forget = () => {
    session.forgetToken();
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== RUNTIME_CONFIG_KEY[0] });
    queryClient.getMutationCache().clear();
  };
  return <Button onClick={forget}>Forget token</Button>;
}

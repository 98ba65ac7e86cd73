import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { userQueries } from '../../api/users/queries';
import { userDisplayName } from '../../api/users/schemas';
import { isApiError } from '../../lib/api-error';
import { runtimeConfigQuery } from '../../lib/runtime-config';

export function AppHeader() {
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
      <EnvironmentName />
      <div className="ml-auto">
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
  const { data, error, isPending } = useQuery(userQueries.current());
  if (isPending) return <span className="text-sm text-slate-400">Signing in…</span>;
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

import { Link } from '@tanstack/react-router';
import { Main } from '../../components/ui/main-landmark';

/**
 * The server answers 404 for a workspace that does not exist and, to anyone but an organisation
 * admin, for an archived one: say both, since the audit is mostly asked for archived workspaces.
 */
export function AuditNotFound() {
  return (
    <Main className="mx-auto max-w-lg p-8 text-center">
      <h1 className="text-lg font-semibold">This workspace cannot be audited</h1>
      <p className="mt-2 text-slate-600">
        The server does not know it: it may not exist, or it is archived and only organisation admins can see
        archived workspaces.
      </p>
      <Link to="/audit" className="mt-4 inline-block font-medium text-blue-700 hover:underline">
        Back to archived workspaces
      </Link>
    </Main>
  );
}

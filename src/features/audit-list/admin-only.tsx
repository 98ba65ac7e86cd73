import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { errorMessage } from '../../components/ui/error-state';

/**
 * The server lists archived workspaces to organisation admins only (403 for anyone else): say so,
 * rather than show an empty list that would read as "nothing is archived".
 */
export function AdminOnly({ error }: { error: unknown }) {
  const id = useId();
  return (
    <section
      aria-labelledby={id}
      className="m-4 flex max-w-3xl flex-col gap-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
    >
      <h2 id={id} className="text-base font-semibold">
        Auditing archived workspaces needs an organisation admin
      </h2>
      <p>
        Only organisation admins may list archived workspaces, and this environment refused the list to the
        account the dashboard is signed in with. The server said: “{errorMessage(error)}”
      </p>
      <p>
        Ask an organisation admin to run the audit, or open the dashboard with an admin’s token. Your own
        workspaces are in the{' '}
        <Link to="/workspaces" className="font-medium text-blue-700 hover:underline">
          workspace list
        </Link>
        .
      </p>
    </section>
  );
}

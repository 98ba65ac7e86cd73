import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { userQueries, verifyToken } from '../../api/users/queries';
import { Button } from '../../components/ui/button';
import { errorMessage } from '../../components/ui/error-state';
import { createApiClient } from '../../lib/api-client';
import { isApiError } from '../../lib/api-error';
import { apiBaseUrlOf, type RuntimeConfig } from '../../lib/runtime-config';
import { session } from '../../lib/session';

/**
 * Sign in with a personal access token. The token is checked (`GET verify/`) with a client of its
 * own, so the dashboard's client never sends a token before it is known to work; only then does the
 * session take it (memory only) and everything paused resumes. It is sent to this origin's API only
 * (`apiBaseUrlOf` refuses any other), and never stored: the field is cleared once it is taken.
 */
export function PasteTokenForm({ config }: { config: RuntimeConfig }) {
  const queryClient = useQueryClient();
  const [token, setToken] = useState('');
  const [checking, setChecking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const fieldId = useId();
  const problemId = useId();
  const noteId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const candidate = token.trim();
    if (!candidate) {
      setProblem('Paste a token first.');
      return;
    }
    setChecking(true);
    setProblem(null);
    try {
      await verifyToken({ client: createApiClient({ baseUrl: apiBaseUrlOf(config), token: candidate }) });
    } catch (error) {
      setProblem(
        isApiError(error) && error.isUnauthorized
          ? 'This token was not accepted: check that it is complete and has not expired or been revoked.'
          : `Could not check the token: ${errorMessage(error)}`,
      );
      setChecking(false);
      return;
    }
    setToken('');
    setChecking(false);
    session.signInWithToken(candidate);
    // The header names whoever the new token belongs to.
    void queryClient.invalidateQueries({ queryKey: userQueries.current().queryKey });
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-1" aria-label="Sign in with a token" noValidate>
      <label htmlFor={fieldId} className="text-sm font-medium">
        Personal access token
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id={fieldId}
          type="password"
          autoComplete="off"
          spellCheck={false}
          className="min-w-72 rounded-md border border-slate-300 bg-white px-2 py-1.5 font-mono text-sm"
          value={token}
          onChange={(event) => setToken(event.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${problemId} ${noteId}` : noteId}
        />
        <Button type="submit" variant="primary" disabled={checking}>
          {checking ? 'Checking…' : 'Sign in'}
        </Button>
      </div>
      {problem && (
        <p id={problemId} role="alert" className="text-sm font-medium text-red-800">
          {problem}
        </p>
      )}
      <p id={noteId} className="text-xs text-slate-600">
        Kept in this tab's memory only: a reload forgets it.
      </p>
    </form>
  );
}

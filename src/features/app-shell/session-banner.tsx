import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Button } from '../../components/ui/button';
import { DEFAULT_RUNTIME_CONFIG, type RuntimeConfig, runtimeConfigQuery } from '../../lib/runtime-config';
import { type SessionState, useSession } from '../../lib/session';
import { PasteTokenForm } from './paste-token-form';
import { useSessionCheck } from './use-session-check';
import { wayBackFor } from './way-back';

/**
 * Says when the dashboard is signed out, and offers the way back for this set-up (way-back.ts).
 * Shown above every page; the page itself stays as it was (its queries are paused, not failed).
 */
export function SessionBanner() {
  const state = useSession();
  const { data: config = DEFAULT_RUNTIME_CONFIG } = useQuery(runtimeConfigQuery());
  if (!state.signedOut) return null;
  // Keyed by the reason: a check's failure from one situation is not shown in the next.
  return <SignedOutBanner key={state.signedOut.reason} config={config} state={state} />;
}

function SignedOutBanner({ config, state }: { config: RuntimeConfig; state: SessionState }) {
  const headingId = useId();
  const reason = state.signedOut?.reason ?? 'token-rejected';
  const way = wayBackFor(config, reason, state);
  const { check, checking, failure } = useSessionCheck({ onReturn: way.checkOnReturn });

  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-2 border-b border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <h2 id={headingId} className="text-base font-semibold">
        {way.title}
      </h2>
      <p>
        {way.explanation}
        {way.keepsEdits && ' Unsaved edits are kept.'}
      </p>
      {(way.signInUrl || way.check) && (
        <div className="flex flex-wrap items-center gap-3">
          {way.signInUrl && (
            <a
              href={way.signInUrl}
              target="_blank"
              rel="noopener noreferrer"
              className="font-medium text-blue-800 underline underline-offset-4"
            >
              Sign in again (opens a new tab)
            </a>
          )}
          {way.check && (
            <Button variant="warning-outline" onClick={check} disabled={checking}>
              {way.check === 'continue' ? 'I have signed in — continue' : 'Try again'}
            </Button>
          )}
          {checking && <span role="status">Checking…</span>}
          {failure && (
            <span role="status" className="font-medium text-red-800">
              {failure}
            </span>
          )}
        </div>
      )}
      {way.paste && <PasteTokenForm config={config} />}
    </section>
  );
}

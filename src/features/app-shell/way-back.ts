import { APP_BASE_URL } from '../../lib/app-base';
import { type RuntimeConfig, signInUrlOf } from '../../lib/runtime-config';
import type { SessionState, SignedOutReason } from '../../lib/session';

/**
 * What the signed-out banner says and offers, for the reason and this deployment's set-up. Kept pure
 * so every combination can be checked without rendering.
 *
 * - `paste`: the paste-a-token form. Never behind an injecting proxy: it replaces whatever
 *   `Authorization` the browser sends with its own (deploy/nginx, the dev proxy), so a pasted token
 *   would never be used. Nor when an auth proxy's session ended (a token does not get past it).
 * - `signInUrl`: where to sign in again in a new tab. An auth proxy's sign-in page when configured;
 *   when its session ended without one, the dashboard itself: opening it runs the proxy's sign-in.
 * - `check`: a control that asks the API whether access is back (without a reload).
 * - `checkOnReturn`: ask by itself when the user comes back to this tab (from the sign-in tab).
 */
export type WayBack = {
  title: string;
  explanation: string;
  /** Whether to say that unsaved edits are kept: not before anyone has signed in at all. */
  keepsEdits: boolean;
  paste: boolean;
  signInUrl: string | undefined;
  check: 'continue' | 'try-again' | undefined;
  checkOnReturn: boolean;
};

type Mode = 'paste' | 'injected' | 'unknown';

function modeOf(config: RuntimeConfig): Mode {
  if (config.tokenInjected === false) return 'paste';
  return config.tokenInjected ? 'injected' : 'unknown';
}

export function wayBackFor(
  config: RuntimeConfig,
  reason: SignedOutReason,
  { hasPastedToken }: Pick<SessionState, 'hasPastedToken'>,
  appUrl = APP_BASE_URL,
): WayBack {
  const mode = modeOf(config);
  const configuredSignIn = signInUrlOf(config);

  if (reason === 'token-forgotten') {
    return {
      title: 'Signed out: this tab forgot your token',
      explanation: 'Nothing of your VIKTOR data is shown until you sign in again.',
      keepsEdits: true,
      paste: mode !== 'injected',
      signInUrl: undefined,
      // Behind an injecting proxy its own access may still work; never checked by itself, or
      // forgetting would be undone the next time the tab is focused.
      check: mode === 'paste' ? undefined : 'try-again',
      checkOnReturn: false,
    };
  }

  if (reason === 'session-ended') {
    return {
      title: 'Your sign-in session has ended',
      explanation:
        'A sign-in page answered instead of VIKTOR. Sign in again in a new tab, then come back here: the dashboard carries on where it was.',
      keepsEdits: true,
      paste: false,
      signInUrl: configuredSignIn ?? appUrl,
      check: 'continue',
      checkOnReturn: true,
    };
  }

  // token-rejected: a 401.
  if (mode === 'paste') {
    if (!hasPastedToken) {
      return {
        title: 'Sign in to VIKTOR',
        explanation:
          'This dashboard does not hold a token of its own: sign in with your personal access token.',
        keepsEdits: false,
        paste: true,
        signInUrl: undefined,
        check: undefined,
        checkOnReturn: false,
      };
    }
    return {
      title: 'Your VIKTOR token was rejected (expired or revoked)',
      explanation: 'Paste a new personal access token to carry on.',
      keepsEdits: true,
      paste: true,
      signInUrl: undefined,
      check: undefined,
      checkOnReturn: false,
    };
  }

  if (mode === 'injected' && !hasPastedToken) {
    if (configuredSignIn) {
      return {
        title: 'Your VIKTOR token was rejected (expired or revoked)',
        explanation:
          'Sign in again in a new tab, then come back here: the dashboard carries on where it was.',
        keepsEdits: true,
        paste: false,
        signInUrl: configuredSignIn,
        check: 'continue',
        checkOnReturn: true,
      };
    }
    return {
      title: "The dashboard's service token was rejected (expired or revoked)",
      explanation:
        'Whoever runs this deployment must renew it; then try again: the dashboard carries on where it was.',
      keepsEdits: true,
      paste: false,
      signInUrl: undefined,
      check: 'try-again',
      checkOnReturn: true,
    };
  }

  return {
    title: 'Your VIKTOR token was rejected (expired or revoked)',
    explanation: configuredSignIn
      ? 'Sign in again in a new tab, or paste a personal access token.'
      : 'Paste a personal access token to carry on.',
    keepsEdits: true,
    paste: true,
    signInUrl: configuredSignIn,
    check: configuredSignIn ? 'continue' : 'try-again',
    // A pasted token that was rejected stays rejected: only the proxy's access can come back.
    checkOnReturn: !hasPastedToken,
  };
}

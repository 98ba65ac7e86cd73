import { useSyncExternalStore } from 'react';

/**
 * Whether the dashboard can currently talk to VIKTOR as someone, and the personal access token a user
 * pasted, if any.
 *
 * "Signed out" is any answer that means "no longer authenticated": a 401 (token expired or revoked),
 * or an auth proxy in front whose session ended (it redirects to its sign-in page, or answers with
 * that page's HTML). While signed out, queries pause instead of failing (query-client.ts), so pages
 * keep what they show and unsaved edits stay where they are; signing in again resumes them.
 *
 * The pasted token lives in this module's memory only: never in web storage, IndexedDB, a URL or a
 * log. A reload forgets it, and the paste form says so.
 */
export type SignedOutReason =
  /** The API answered 401: the token was rejected (expired, revoked, or never valid). */
  | 'token-rejected'
  /** An auth proxy answered instead of the API: a redirect to sign in, or a sign-in page. */
  | 'session-ended'
  /** The user forgot their pasted token. */
  | 'token-forgotten';

export type SessionState = {
  readonly signedOut: { readonly reason: SignedOutReason } | null;
  /** True while a pasted token is held (never the token itself: components have no use for it). */
  readonly hasPastedToken: boolean;
};

const SIGNED_IN: SessionState = { signedOut: null, hasPastedToken: false };

let state: SessionState = SIGNED_IN;
let pastedToken: string | undefined;
const listeners = new Set<() => void>();

function setState(next: SessionState) {
  if (next.signedOut?.reason === state.signedOut?.reason && next.hasPastedToken === state.hasPastedToken) {
    return;
  }
  state = next;
  for (const listener of listeners) listener();
}

export const session = {
  get: (): SessionState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  isSignedIn: () => state.signedOut === null,
  /** The `Authorization` header value for a pasted token; undefined behind an injecting proxy. */
  authorization: (): string | undefined => (pastedToken ? `Bearer ${pastedToken}` : undefined),
  markSignedOut(reason: SignedOutReason) {
    setState({ ...state, signedOut: { reason } });
  },
  /** After signing in again through the proxy (or a check that the session is back). */
  markSignedIn() {
    setState({ ...state, signedOut: null });
  },
  /** A token the user pasted and `GET verify/` accepted. */
  signInWithToken(token: string) {
    pastedToken = token;
    setState({ signedOut: null, hasPastedToken: true });
  },
  forgetToken() {
    pastedToken = undefined;
    setState({ signedOut: { reason: 'token-forgotten' }, hasPastedToken: false });
  },
  /** Tests: back to "signed in, no pasted token". */
  reset() {
    pastedToken = undefined;
    setState(SIGNED_IN);
  },
};

export function useSession(): SessionState {
  return useSyncExternalStore(session.subscribe, session.get, session.get);
}

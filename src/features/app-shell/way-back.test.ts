import { describe, expect, it } from 'vitest';
import { DEFAULT_RUNTIME_CONFIG, type RuntimeConfig } from '../../lib/runtime-config';
import type { SignedOutReason } from '../../lib/session';
import { wayBackFor } from './way-back';

const APP = 'https://tools.example.com/viktor/';
const SSO = 'https://sso.example.com/sign_in';

function way(config: Partial<RuntimeConfig>, reason: SignedOutReason, hasPastedToken = false) {
  const { paste, signInUrl, check, checkOnReturn } = wayBackFor(
    { ...DEFAULT_RUNTIME_CONFIG, ...config },
    reason,
    { hasPastedToken },
    APP,
  );
  return { paste, signInUrl, check, checkOnReturn };
}

describe('the way back from signed out, per set-up', () => {
  it('paste mode: a token, never a sign-in page nor a check that cannot succeed', () => {
    expect(way({ tokenInjected: false }, 'token-rejected')).toEqual({
      paste: true,
      signInUrl: undefined,
      check: undefined,
      checkOnReturn: false,
    });
    expect(way({ tokenInjected: false }, 'token-rejected', true).paste).toBe(true);
    expect(way({ tokenInjected: false }, 'token-forgotten').check).toBeUndefined();
  });

  it('an auth proxy whose session ended: sign in again (its page, else the dashboard), no token form', () => {
    expect(way({ tokenInjected: false }, 'session-ended')).toEqual({
      paste: false,
      signInUrl: APP,
      check: 'continue',
      checkOnReturn: true,
    });
    expect(way({ tokenInjected: true, signInUrl: SSO }, 'session-ended').signInUrl).toBe(SSO);
  });

  it('an injecting proxy: its sign-in page when there is one, else Try again; never the paste form (it replaces the header)', () => {
    expect(way({ tokenInjected: true, signInUrl: SSO }, 'token-rejected')).toEqual({
      paste: false,
      signInUrl: SSO,
      check: 'continue',
      checkOnReturn: true,
    });
    expect(way({ tokenInjected: true }, 'token-rejected')).toEqual({
      paste: false,
      signInUrl: undefined,
      check: 'try-again',
      checkOnReturn: true,
    });
  });

  it('forgotten: never signs back in by itself, even where the proxy has access of its own', () => {
    expect(way({ tokenInjected: true }, 'token-forgotten')).toEqual({
      paste: false,
      signInUrl: undefined,
      check: 'try-again',
      checkOnReturn: false,
    });
  });

  it('set-up not said: both ways; a rejected pasted token is not re-checked by itself', () => {
    expect(way({ signInUrl: SSO }, 'token-rejected')).toEqual({
      paste: true,
      signInUrl: SSO,
      check: 'continue',
      checkOnReturn: true,
    });
    expect(way({}, 'token-rejected', true).checkOnReturn).toBe(false);
  });

  it('a sign-in page on another origin over plain http is not offered', () => {
    expect(
      way({ tokenInjected: true, signInUrl: 'http://sso.example.com/' }, 'session-ended').signInUrl,
    ).toBe(APP);
  });
});

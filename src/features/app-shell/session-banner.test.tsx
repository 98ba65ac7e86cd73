import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { mockServer, mockState } from '../../../tests/fixtures/mock-server';
import { banner, renderWithSession, requireToken } from './session-test-utils';

const GOOD = 'good-test-token';
const WRONG = 'wrong-test-token';

afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

const tokenField = () => screen.getByLabelText('Personal access token');
/** The app's own header (a workspace page has a header of its own below it). */
const header = () => {
  const element = screen.getByRole('navigation', { name: 'Main' }).closest('header');
  if (!element) throw new Error('no app header');
  return within(element);
};

async function paste(user: ReturnType<typeof renderWithSession>['user'], token: string) {
  await user.clear(tokenField());
  await user.type(tokenField(), token);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('paste-a-token mode (no token of the proxy)', () => {
  it('asks for a token, refuses a wrong one at the field, signs in with the right one', async () => {
    const api = requireToken(GOOD);
    const { user } = renderWithSession('/workspaces', { tokenInjected: false });

    const signIn = within(await banner('Sign in to VIKTOR'));
    // The form is the page: no skeleton of a list that cannot load.
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
    expect(header().getByText('Signed out')).toBeVisible();
    const field = signIn.getByLabelText('Personal access token');
    expect(field).toHaveAttribute('type', 'password');
    expect(field).toHaveAttribute('autocomplete', 'off');
    expect(field).toHaveAccessibleDescription("Kept in this tab's memory only: a reload forgets it.");

    await paste(user, WRONG);
    await waitFor(() => expect(tokenField()).toHaveAttribute('aria-invalid', 'true'));
    expect(tokenField()).toHaveAccessibleDescription(/This token was not accepted/);
    expect(screen.getByRole('region', { name: 'Sign in to VIKTOR' })).toBeVisible();

    await paste(user, GOOD);
    expect(await screen.findByRole('link', { name: 'Workspace 001' })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Sign in to VIKTOR' })).not.toBeInTheDocument();
    expect(await header().findByText('Ada Lovelace')).toBeVisible();

    // Nothing carried a token before it was checked; the wrong one went to verify/ only; afterwards
    // every request carries the accepted one.
    const firstGood = api.seen.findIndex((r) => r.authorization === `Bearer ${GOOD}`);
    const before = api.seen.slice(0, firstGood);
    expect(before.filter((r) => r.authorization !== null).map((r) => r.path)).toEqual(['/api/verify/']);
    expect(before.some((r) => r.path === '/api/workspaces/' && r.authorization === null)).toBe(true);
    expect(api.seen[firstGood]?.path).toBe('/api/verify/');
    const after = api.seen.slice(firstGood + 1);
    expect(after.map((r) => r.path)).toContain('/api/workspaces/');
    expect(after.every((r) => r.authorization === `Bearer ${GOOD}`)).toBe(true);

    const stored = JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage });
    expect(stored).not.toContain(GOOD);
    expect(stored).not.toContain(WRONG);
  });

  it('says why when the token cannot be checked for another reason', async () => {
    requireToken(GOOD);
    mockServer.use(
      http.get('*/api/verify/', () => HttpResponse.json({ detail: 'Upstream down' }, { status: 502 })),
    );
    const { user } = renderWithSession('/workspaces', { tokenInjected: false });
    await banner('Sign in to VIKTOR');
    await paste(user, GOOD);
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not check the token: Upstream down');
    expect(screen.getByRole('region', { name: 'Sign in to VIKTOR' })).toBeVisible();
  });

  it('a revoked pasted token: says so, keeps the page, a new token carries on', async () => {
    const api = requireToken(GOOD);
    const { user, queryClient } = renderWithSession('/workspaces', { tokenInjected: false });
    await banner('Sign in to VIKTOR');
    await paste(user, GOOD);
    const row = await screen.findByRole('link', { name: 'Workspace 001' });

    api.rotate('second-test-token');
    mockState.workspaces[0] = { ...mockState.workspaces[0], name: 'Workspace 001 (renamed)' } as never;
    void queryClient.invalidateQueries({ queryKey: ['workspaces'] });
    const rejected = within(await banner('Your VIKTOR token was rejected (expired or revoked)'));
    expect(rejected.getByText(/Unsaved edits are kept/)).toBeVisible();
    expect(row).toBeVisible();
    expect(header().getByRole('button', { name: 'Forget token' })).toBeVisible();

    await paste(user, 'second-test-token');
    await waitFor(() => expect(row).toHaveTextContent('Workspace 001 (renamed)'));
    expect(row).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /token was rejected/ })).not.toBeInTheDocument();
  });
});

describe("the dashboard's service token is rejected (injecting proxy, no sign-in page)", () => {
  it('says who must act, keeps the page, and carries on after Try again without remounting', async () => {
    const { user, queryClient } = renderWithSession('/workspaces', { tokenInjected: true });
    const row = await screen.findByRole('link', { name: 'Workspace 001' });

    let expired = true;
    mockServer.use(
      http.all('*/api/*', () =>
        expired ? HttpResponse.json({ detail: 'Token expired.' }, { status: 401 }) : undefined,
      ),
    );
    mockState.workspaces[0] = { ...mockState.workspaces[0], name: 'Workspace 001 (renamed)' } as never;
    void queryClient.invalidateQueries({ queryKey: ['workspaces'] });

    const region = within(await banner("The dashboard's service token was rejected (expired or revoked)"));
    expect(region.getByText(/Whoever runs this deployment must renew it/)).toBeVisible();
    expect(region.getByText(/Unsaved edits are kept/)).toBeVisible();
    // The proxy puts its own token on every request: a pasted one would never be used.
    expect(region.queryByLabelText('Personal access token')).not.toBeInTheDocument();
    expect(region.queryByRole('link', { name: /Sign in again/ })).not.toBeInTheDocument();
    expect(header().getByText('Signed out')).toBeVisible();
    // The page keeps what it showed: the refetch waits instead of failing.
    expect(row).toBeVisible();
    expect(row).toHaveTextContent(/^Workspace 001$/);
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();

    await user.click(region.getByRole('button', { name: 'Try again' }));
    expect(await region.findByText(/Still signed out/)).toBeVisible();

    expired = false;
    await user.click(region.getByRole('button', { name: 'Try again' }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: /service token/ })).not.toBeInTheDocument(),
    );
    // The paused refetch resumed on its own, into the same row.
    await waitFor(() => expect(row).toHaveTextContent('Workspace 001 (renamed)'));
    expect(row).toBeInTheDocument();
    expect(await header().findByText('Ada Lovelace')).toBeVisible();
  });
});

describe('behind an auth proxy with a sign-in page', () => {
  const SIGN_IN = 'https://sso.example.com/oauth2/sign_in';

  it('a 401: sign in again in a new tab, then continue (or come back to the tab)', async () => {
    const { queryClient } = renderWithSession('/workspaces', { tokenInjected: true, signInUrl: SIGN_IN });
    await screen.findByRole('link', { name: 'Workspace 001' });

    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let expired = true;
    let currentUserChecks = 0;
    mockServer.use(
      http.get('*/api/users/current/', async () => {
        currentUserChecks += 1;
        if (expired) return HttpResponse.json({ detail: 'Expired.' }, { status: 401 });
        await released;
        return undefined;
      }),
      http.all('*/api/*', () =>
        expired ? HttpResponse.json({ detail: 'Expired.' }, { status: 401 }) : undefined,
      ),
    );
    void queryClient.invalidateQueries({ queryKey: ['workspaces'] });
    const region = within(await banner('Your VIKTOR token was rejected (expired or revoked)'));
    const link = region.getByRole('link', { name: 'Sign in again (opens a new tab)' });
    expect(link).toHaveAttribute('href', SIGN_IN);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(region.getByRole('button', { name: 'I have signed in — continue' })).toBeVisible();
    expect(region.queryByLabelText('Personal access token')).not.toBeInTheDocument();

    // Back from the sign-in tab: the tab checks by itself, one check however many focus events.
    expired = false;
    const checksBefore = currentUserChecks;
    window.dispatchEvent(new Event('focus'));
    window.dispatchEvent(new Event('focus'));
    document.dispatchEvent(new Event('visibilitychange'));
    await region.findByText('Checking…');
    await waitFor(() => expect(currentUserChecks).toBe(checksBefore + 1));
    release();
    await waitFor(() => expect(screen.queryByRole('region', { name: /rejected/ })).not.toBeInTheDocument());
    expect(header().queryByText('Signed out')).not.toBeInTheDocument();
  });

  it('an HTML sign-in page instead of the API: the session has ended', async () => {
    const { user, queryClient } = renderWithSession('/workspaces', {
      tokenInjected: true,
      signInUrl: SIGN_IN,
    });
    const row = await screen.findByRole('link', { name: 'Workspace 001' });
    let ended = true;
    mockServer.use(
      http.all('*/api/*', () => (ended ? HttpResponse.html('<html><body>Sign in</body></html>') : undefined)),
    );
    void queryClient.invalidateQueries({ queryKey: ['workspaces'] });
    const region = within(await banner('Your sign-in session has ended'));
    expect(region.getByText(/Unsaved edits are kept/)).toBeVisible();
    expect(region.getByRole('link', { name: 'Sign in again (opens a new tab)' })).toHaveAttribute(
      'href',
      SIGN_IN,
    );
    expect(row).toBeVisible();

    ended = false;
    await user.click(region.getByRole('button', { name: 'I have signed in — continue' }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: /session has ended/ })).not.toBeInTheDocument(),
    );
    expect(row).toBeInTheDocument();
  });

  it('a request the browser cannot read (an opaque cross-origin sign-in redirect): the session has ended', async () => {
    const { queryClient } = renderWithSession('/workspaces', { tokenInjected: true, signInUrl: SIGN_IN });
    const row = await screen.findByRole('link', { name: 'Workspace 001' });
    // fetch shows only a network error; the same proxy redirects the app's own files to sign in.
    mockServer.use(
      http.all('*/api/*', () => HttpResponse.error()),
      http.get(
        '*/runtime-config.json',
        () => new HttpResponse(null, { status: 302, headers: { location: SIGN_IN } }),
      ),
    );
    void queryClient.invalidateQueries({ queryKey: ['workspaces'] });
    expect(await banner('Your sign-in session has ended')).toBeVisible();
    expect(row).toBeVisible();
  });

  it('without a configured sign-in page, the dashboard itself is opened to sign in', async () => {
    const { queryClient } = renderWithSession('/workspaces', { tokenInjected: true });
    await screen.findByRole('link', { name: 'Workspace 001' });
    mockServer.use(http.all('*/api/*', () => HttpResponse.html('<p>Sign in</p>')));
    void queryClient.invalidateQueries({ queryKey: ['workspaces'] });
    const region = within(await banner('Your sign-in session has ended'));
    expect(region.getByRole('link', { name: 'Sign in again (opens a new tab)' })).toHaveAttribute(
      'href',
      `${window.location.origin}/`,
    );
  });
});

describe('the set-up is not said (no tokenInjected in the runtime config)', () => {
  it('offers both the sign-in page and the paste form', async () => {
    requireToken(GOOD);
    const { user } = renderWithSession('/workspaces', { signInUrl: '/oauth2/sign_in' });
    const region = within(await banner('Your VIKTOR token was rejected (expired or revoked)'));
    expect(region.getByRole('link', { name: 'Sign in again (opens a new tab)' })).toHaveAttribute(
      'href',
      `${window.location.origin}/oauth2/sign_in`,
    );
    expect(region.getByRole('button', { name: 'I have signed in — continue' })).toBeVisible();
    await paste(user, GOOD);
    expect(await screen.findByRole('link', { name: 'Workspace 001' })).toBeVisible();
  });
});

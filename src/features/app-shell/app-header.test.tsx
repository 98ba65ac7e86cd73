import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { mockServer } from '../../../tests/fixtures/mock-server';
import { RUNTIME_CONFIG_KEY } from '../../lib/runtime-config';
import { banner, renderWithSession, requireToken } from './session-test-utils';

const GOOD = 'good-test-token';
const DRAFT_KEY = 'viktor-dashboard:draft:1:11';

afterEach(() => sessionStorage.clear());

/** The app's own header (a workspace page has a header of its own below it). */
const header = () => {
  const element = screen.getByRole('navigation', { name: 'Main' }).closest('header');
  if (!element) throw new Error('no app header');
  return within(element);
};

describe('the header while signed out', () => {
  it('says "Signed out" rather than a failed query, and names the user again once back', async () => {
    let expired = true;
    mockServer.use(
      http.get('*/api/users/current/', () =>
        expired ? HttpResponse.json({ detail: 'Expired.' }, { status: 401 }) : undefined,
      ),
    );
    const { user } = renderWithSession('/workspaces', { tokenInjected: true });
    await screen.findByRole('navigation', { name: 'Main' });
    expect(await header().findByText('Signed out')).toBeVisible();
    expect(header().queryByText(/Token rejected/)).not.toBeInTheDocument();
    expect(header().queryByRole('button', { name: 'Forget token' })).not.toBeInTheDocument();

    expired = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await header().findByText('Ada Lovelace')).toBeVisible();
    expect(header().queryByText('Signed out')).not.toBeInTheDocument();
  });
});

describe('Forget token', () => {
  it('signs out, takes the data off the screen and out of the cache, keeps the draft', async () => {
    requireToken(GOOD);
    const { user, queryClient } = renderWithSession('/workspaces/1/entities/11/edit', {
      tokenInjected: false,
    });
    await banner('Sign in to VIKTOR');
    await user.type(screen.getByLabelText('Personal access token'), GOOD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const length = await screen.findByLabelText('length');
    await user.clear(length);
    await user.type(length, '42');
    await waitFor(() => expect(sessionStorage.getItem(DRAFT_KEY)).toContain('"length":42'));

    await user.click(header().getByRole('button', { name: 'Forget token' }));
    const forgotten = within(await banner('Signed out: this tab forgot your token'));
    expect(forgotten.getByText(/Unsaved edits are kept/)).toBeVisible();
    expect(screen.queryByLabelText('length')).not.toBeInTheDocument();
    expect(screen.queryByText('Quay wall')).not.toBeInTheDocument();
    expect(header().getByText('Signed out')).toBeVisible();
    expect(header().queryByRole('button', { name: 'Forget token' })).not.toBeInTheDocument();
    expect(
      queryClient
        .getQueryCache()
        .getAll()
        .map((query) => query.queryKey),
    ).toEqual([RUNTIME_CONFIG_KEY]);
    expect(sessionStorage.getItem(DRAFT_KEY)).toContain('"length":42');
    expect(JSON.stringify({ ...sessionStorage })).not.toContain(GOOD);

    // A wrong token is refused at the field, and does not change what the banner says happened.
    await user.type(forgotten.getByLabelText('Personal access token'), 'wrong-test-token');
    await user.click(forgotten.getByRole('button', { name: 'Sign in' }));
    expect(await forgotten.findByRole('alert')).toHaveTextContent('This token was not accepted');
    expect(screen.getByRole('region', { name: 'Signed out: this tab forgot your token' })).toBeVisible();

    await user.clear(forgotten.getByLabelText('Personal access token'));
    await user.type(forgotten.getByLabelText('Personal access token'), GOOD);
    await user.click(forgotten.getByRole('button', { name: 'Sign in' }));
    // Back on the same page, which offers the draft the edit left.
    expect(await screen.findByRole('region', { name: 'Unsaved draft' })).toBeVisible();
    expect(header().getByRole('button', { name: 'Forget token' })).toBeVisible();
  });
});

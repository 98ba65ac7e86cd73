import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockState } from '../../../tests/fixtures/mock-server';
import { renderApp } from '../../../tests/fixtures/render-app';

describe('focus after a page change', () => {
  it('goes to the new page’s main landmark when the link pressed went away with its page', async () => {
    const [first] = mockState.workspaces;
    if (!first) throw new Error('no workspaces in the mock');
    const { user } = renderApp('/workspaces');
    const link = await screen.findByRole('link', { name: first.name });
    link.focus();

    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { level: 1, name: first.name });
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
  });

  it('stays where it is when the pressed link is still there (the entity’s views)', async () => {
    const { user, router } = renderApp('/workspaces/1/entities/11');
    const views = within(await screen.findByRole('navigation', { name: 'Entity views' }));
    const revisions = views.getByRole('link', { name: 'Revisions' });
    revisions.focus();

    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/workspaces/1/entities/11/revisions'));
    await screen.findByRole('heading', { name: /^Revision #\d+ → #\d+$/ });
    expect(revisions).toHaveFocus();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockState } from '../../../tests/fixtures/mock-server';
import { renderApp } from '../../../tests/fixtures/render-app';

const revisionRequests = () => mockState.requests.filter((url) => url.pathname.endsWith('/revisions/'));

// Fixtures: Quay wall (1:11) and Jetty (1:12) are Structures under Alpha project; Pile P-1 (1:21) a Pile.
// Quay wall's current params are its revision #104; its #101 differs from Jetty by one key only.

function changeNames() {
  return within(screen.getByRole('list', { name: 'Changes' }))
    .queryAllByRole('listitem')
    .map((row) => row.getAttribute('aria-label'))
    .filter((name): name is string => / (added|removed|changed|type changed)$/.test(name ?? ''));
}

describe('comparing two entities', () => {
  it('offers a’s siblings of the same type, and picking one diffs their params', async () => {
    const { user, router } = renderApp('/compare?a=1:11');
    const sideA = await screen.findByRole('region', { name: 'Side A' });
    expect(await within(sideA).findByRole('link', { name: 'Quay wall' })).toBeVisible();
    const siblings = await screen.findByRole('list', { name: 'Siblings of the same type' });
    expect(
      within(siblings)
        .getAllByRole('button')
        .map((button) => button.getAttribute('aria-label')),
    ).toEqual(['Compare with Jetty']);
    await user.click(within(siblings).getByRole('button', { name: 'Compare with Jetty' }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ a: '1:11', b: '1:12' }));
    // Jetty lacks Quay wall's note and sand layer (and the clay's top level); length and phi differ.
    expect(await screen.findByLabelText('Change counts')).toHaveTextContent(
      '0 added · 3 removed · 2 changed · 0 type changed',
    );
    await waitFor(() => expect(changeNames()).toContain('length changed'));
    expect(changeNames()).toContain('note removed');
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('hides numeric changes within the tolerance from the URL', async () => {
    renderApp('/compare?a=1:11&b=1:12&tol=1');
    await screen.findByLabelText('Change counts');
    await waitFor(() => expect(changeNames()).toContain('note removed'));
    expect(changeNames()).not.toContain('length changed');
  });

  it('compares an older revision of a side once picked, and puts it in the URL', async () => {
    const { user, router } = renderApp('/compare?a=1:11&b=1:12');
    await waitFor(() => expect(changeNames()).toContain('note removed'));
    const sideA = screen.getByRole('region', { name: 'Side A' });
    const select = within(sideA).getByLabelText('Revision');
    // The history (and the params of its newest revisions) is read only once the select is reached for.
    expect(revisionRequests()).toEqual([]);
    await user.click(select);
    await within(select).findByRole('option', { name: /^#101/ });
    expect(revisionRequests().length).toBeGreaterThan(0);
    expect(revisionRequests().every((url) => url.pathname.includes('/entities/11/'))).toBe(true);
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent?.split(' · ')[0]),
    ).toEqual(['Current params', '#104', '#103', '#102', '#101']);
    await user.selectOptions(select, within(select).getByRole('option', { name: /^#101/ }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ arev: 101 }));
    await waitFor(() =>
      expect(screen.getByLabelText('Change counts')).toHaveTextContent(
        '0 added · 1 removed · 0 changed · 0 type changed',
      ),
    );
    expect(changeNames()).toEqual(['soil.layers[0].top_level removed']);
  });

  it('says which ref is not an entity, on its own side, and still shows the other', async () => {
    renderApp('/compare?a=1:11&b=nonsense');
    const sideB = await screen.findByRole('region', { name: 'Side B' });
    expect(within(sideB).getByRole('alert')).toHaveTextContent('“nonsense” is not an entity');
    const sideA = screen.getByRole('region', { name: 'Side A' });
    expect(await within(sideA).findByRole('link', { name: 'Quay wall' })).toBeVisible();
  });

  it('says an entity does not exist on its side, and still shows the other', async () => {
    renderApp('/compare?a=1:9999&b=1:12');
    const sideA = await screen.findByRole('region', { name: 'Side A' });
    expect(await within(sideA).findByRole('alert')).toHaveTextContent('Entity 1:9999 does not exist');
    const sideB = screen.getByRole('region', { name: 'Side B' });
    expect(await within(sideB).findByRole('link', { name: 'Jetty' })).toBeVisible();
    expect(screen.getByText(/Nothing to compare/)).toBeVisible();
  });

  it('notes different types above the diff, and swaps the sides', async () => {
    const { user, router } = renderApp('/compare?a=1:11&b=1:21');
    expect(await screen.findByRole('note')).toHaveTextContent('Different types');
    await user.click(screen.getByRole('button', { name: /Swap A and B/ }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ a: '1:21', b: '1:11' }));
    const sideA = screen.getByRole('region', { name: 'Side A' });
    expect(await within(sideA).findByRole('link', { name: 'Pile P-1' })).toBeVisible();
  });

  it('is reached from an entity’s page', async () => {
    const { user, router } = renderApp('/workspaces/1/entities/11');
    await user.click(await screen.findByRole('link', { name: 'Compare with…' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/compare'));
    expect(router.state.location.search).toMatchObject({ a: '1:11' });
  });

  it('browses another workspace’s tree, found by name, to compare the same structure there', async () => {
    const { user, router } = renderApp('/compare?a=1:11');
    const picker = await screen.findByRole('region', { name: 'Pick what to compare with' });
    await user.type(
      within(picker).getByRole('searchbox', { name: 'Another workspace' }),
      'Workspace 002{Enter}',
    );
    await user.click(await within(picker).findByRole('button', { name: 'Browse Workspace 002' }));
    const tree = await within(picker).findByRole('region', { name: 'Browse Workspace 002' });
    await user.click(await within(tree).findByRole('button', { name: 'Expand Alpha project' }));
    await user.click(await within(tree).findByRole('button', { name: 'Compare with Quay wall' }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ a: '1:11', b: '2:11' }));
    const sideB = await screen.findByRole('region', { name: 'Side B' });
    expect(await within(sideB).findByRole('link', { name: 'Workspace 002' })).toBeVisible();
    // The same params in both: nothing differs.
    expect(await screen.findByLabelText('Change counts')).toHaveTextContent(
      '0 added · 0 removed · 0 changed · 0 type changed',
    );
  });

  it('lets B be picked again, and says when params may not be read', async () => {
    mockState.paramsForbidden = true;
    const { user, router } = renderApp('/compare?a=1:11&b=1:12');
    expect(await screen.findByText(/You may not read this entity’s parameters/)).toBeVisible();
    const sideB = screen.getByRole('region', { name: 'Side B' });
    await user.click(within(sideB).getByRole('button', { name: 'Pick another entity' }));
    await waitFor(() => expect(router.state.location.search.b).toBeUndefined());
    expect(await screen.findByRole('region', { name: 'Pick what to compare with' })).toBeVisible();
  });

  it('finds a revision from the URL further back in the history, page by page', async () => {
    // Jetty gets 25 saves, newest first: #224 … #200; the oldest is on the third page of ten.
    mockState.revisions[12] = Array.from({ length: 25 }, (_, index) => ({
      id: 224 - index,
      created_date: new Date(Date.UTC(2026, 0, 25 - index)).toISOString(),
      properties: { length: 224 - index },
    }));
    renderApp('/compare?a=1:12&arev=200&b=1:12');
    const sideA = await screen.findByRole('region', { name: 'Side A' });
    const select = await within(sideA).findByLabelText('Revision');
    await waitFor(() => expect(select).toHaveDisplayValue(/^#200 · /));
    // Revision #200 ({ length: 200 }) against Jetty's current params: soil and length_unit added, length changed.
    expect(await screen.findByLabelText('Change counts')).toHaveTextContent(
      '2 added · 0 removed · 1 changed · 0 type changed',
    );
  });

  it('says so when a revision from the URL is not in the history', async () => {
    renderApp('/compare?a=1:11&arev=99999&b=1:12');
    expect(await screen.findByText(/Revision #99999 is not in this entity’s recent history/)).toBeVisible();
    expect(
      within(screen.getByRole('region', { name: 'Side B' })).getByRole('link', { name: 'Jetty' }),
    ).toBeVisible();
  });
});

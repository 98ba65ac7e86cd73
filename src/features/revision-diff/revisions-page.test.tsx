import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockState } from '../../../tests/fixtures/mock-server';
import { renderApp } from '../../../tests/fixtures/render-app';

const URL_BASE = '/workspaces/1/entities/11/revisions';

function changeRows() {
  return within(screen.getByRole('list', { name: 'Changes' }))
    .queryAllByRole('listitem')
    .filter((row) => / (added|removed|changed|type changed)$/.test(row.getAttribute('aria-label') ?? ''));
}

/**
 * The contract does not say in which order revisions are listed, nor how many a page holds: every
 * test runs against each answer a server may give.
 */
const SERVER_SHAPES = [
  { order: 'newest-first', cap: 25 },
  { order: 'oldest-first', cap: 25 },
  { order: 'oldest-first', cap: 1 },
  { order: 'newest-first', cap: 1 },
] as const;

describe.each(SERVER_SHAPES)('revisions ($order, at most $cap a page)', ({ order, cap }) => {
  beforeEach(() => {
    mockState.revisionOrder = order;
    mockState.revisionPageCap = cap;
  });

  it('compares the previous revision with the newest by default, newest first in the list', async () => {
    renderApp(URL_BASE);
    expect(await screen.findByRole('heading', { name: 'Revision #103 → #104' })).toBeVisible();
    expect(screen.getByRole('radio', { name: 'Compare to revision 104' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Compare from revision 103' })).toBeChecked();
    expect(screen.getByText('4 revisions')).toBeVisible();
    expect(screen.getByText('Softer clay after CPT')).toBeVisible();
  });

  it('takes the pair from the URL, and picking another revision puts it in the URL', async () => {
    const { user, router } = renderApp(`${URL_BASE}?from=101&to=103`);
    expect(await screen.findByRole('heading', { name: 'Revision #101 → #103' })).toBeVisible();
    await user.click(screen.getByRole('radio', { name: 'Compare from revision 102' }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ from: 102, to: 103 }));
    expect(await screen.findByRole('heading', { name: 'Revision #102 → #103' })).toBeVisible();
  });

  it('shows only what changed, counted the same way as it is shown, with numeric deltas', async () => {
    renderApp(`${URL_BASE}?from=101&to=102`);
    const counts = await screen.findByLabelText('Change counts');
    expect(counts).toHaveTextContent('0 added · 0 removed · 1 changed · 0 type changed');
    await waitFor(() => expect(changeRows()).toHaveLength(1));
    const row = changeRows()[0] as HTMLElement;
    expect(row).toHaveAccessibleName('length changed');
    expect(row).toHaveTextContent('18.5');
    expect(row).toHaveTextContent('19');
    expect(row).toHaveTextContent('Δ +0.5');
  });

  it('matches soil layers by name, so inserting one is one addition, not a shifted list', async () => {
    renderApp(`${URL_BASE}?from=102&to=103`);
    const counts = await screen.findByLabelText('Change counts');
    expect(counts).toHaveTextContent('1 added · 0 removed · 0 changed');
    await waitFor(() => expect(changeRows()).toHaveLength(1));
  });

  it('restores an old revision as a new revision and lists it as the newest', async () => {
    const { user } = renderApp(URL_BASE);
    await screen.findByRole('heading', { name: 'Revision #103 → #104' });
    await user.click(screen.getByRole('button', { name: 'Restore revision 101' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore revision #101' });
    expect(within(dialog).getByRole('textbox', { name: 'Revision message' })).toHaveValue(
      'Restore revision #101',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Restore' }));

    expect(await screen.findByText('5 revisions')).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(mockState.puts).toEqual([
      {
        name: 'Quay wall',
        properties: mockState.revisions[11]?.find((revision) => revision.id === 101)?.properties,
        message: 'Restore revision #101',
      },
    ]);
    expect(await screen.findByRole('heading', { name: 'Revision #104 → #105' })).toBeVisible();
  });

  it('disables restore, saying why, in an archived workspace', async () => {
    mockState.workspaces[0] = {
      ...(mockState.workspaces[0] as (typeof mockState.workspaces)[0]),
      is_archived: true,
    };
    renderApp(URL_BASE);
    await screen.findByRole('heading', { name: 'Revision #103 → #104' });
    expect(screen.getByRole('button', { name: 'Restore revision 101' })).toBeDisabled();
    expect(screen.getByText(/Restore is not available: This workspace is archived/)).toBeVisible();
  });

  it('shows the full document with blame beside each change', async () => {
    renderApp(`${URL_BASE}?from=101&to=104&scope=full&blame=true`);
    await screen.findByRole('heading', { name: 'Revision #101 → #104' });
    expect(await screen.findByRole('checkbox', { name: /Show blame/ })).toBeChecked();
    const length = await screen.findByRole('listitem', { name: 'length changed' });
    await waitFor(() => expect(length).toHaveTextContent('#102'));
  });
});

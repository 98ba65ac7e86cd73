import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  makeAppVersion,
  makeLabel,
  makeWorkspace,
  makeWorkspaces,
  omit,
} from '../../../tests/fixtures/builders';
import {
  lastWorkspaceListRequest,
  mockServer,
  mockState,
  workspaceListOffsets,
} from '../../../tests/fixtures/mock-server';
import { renderApp } from '../../../tests/fixtures/render-app';
import type { Workspace } from '../../api/workspaces/schemas';

const archivedList = () => screen.getByRole('list', { name: 'Archived workspaces' });

function rowFor(name: string) {
  const row = within(archivedList()).getByRole('link', { name }).closest('li');
  if (!row) throw new Error(`no row around ${name}`);
  return within(row);
}

/** The names of the workspaces listed, in order. */
function listedNames() {
  return within(archivedList())
    .queryAllByRole('link')
    .filter((link) => !link.getAttribute('aria-label')?.startsWith('Audit '))
    .map((link) => link.textContent);
}

describe('audit list (archived workspaces)', () => {
  it('lists only archived workspaces, with their details, each leading to its audit and to itself', async () => {
    mockState.workspaces = [
      makeWorkspace({ id: 1, name: 'Live quay wall' }),
      makeWorkspace({
        id: 2,
        name: 'Afsluitdijk assessment',
        is_archived: true,
        labels: [makeLabel({ name: 'As-built' })],
        app_version: makeAppVersion({ tag: 'v4.0.0' }),
      }),
      makeWorkspace({ id: 3, name: 'Live bridge' }),
      makeWorkspace({ id: 4, name: 'Old sluice', is_archived: true }),
      omit(makeWorkspace({ id: 5, name: 'Silent workspace' }), 'is_archived') as Workspace,
    ];
    renderApp('/audit');

    const row = await waitFor(() => rowFor('Afsluitdijk assessment'));
    expect(listedNames()).toEqual(['Afsluitdijk assessment', 'Old sluice']);
    expect(screen.queryByRole('link', { name: 'Live quay wall' })).not.toBeInTheDocument();
    expect(lastWorkspaceListRequest()?.searchParams.get('include_archived')).toBe('true');
    expect(screen.getByText('2 archived workspaces')).toBeVisible();

    expect(row.getByText('Foundation Design')).toBeVisible();
    expect(row.getByText('v4.0.0')).toBeVisible();
    expect(row.getByRole('list', { name: 'Labels' })).toHaveTextContent('As-built');
    expect(row.getByText('Archived')).toBeVisible();
    expect(row.getByRole('link', { name: 'Afsluitdijk assessment' })).toHaveAttribute(
      'href',
      '/workspaces/2',
    );
    expect(row.getByRole('link', { name: 'Audit Afsluitdijk assessment' })).toHaveAttribute(
      'href',
      '/audit/2',
    );
    expect(screen.getByRole('link', { name: 'Audit Old sluice' })).toHaveAttribute('href', '/audit/4');

    // Not known to be archived: left out, and said so.
    expect(screen.queryByRole('link', { name: 'Silent workspace' })).not.toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(
      '1 workspace left out: the server did not say whether it is archived.',
    );
    expect(screen.getByText('All 5 workspaces checked')).toBeVisible();
  });

  it('is reached from the header', async () => {
    mockState.workspaces = [
      makeWorkspace({ id: 8, name: 'Live dike' }),
      makeWorkspace({ id: 9, name: 'Old dike', is_archived: true }),
    ];
    const { user, router } = renderApp('/workspaces');
    await screen.findByRole('link', { name: 'Live dike' });
    await user.click(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Audit' }),
    );
    expect(await screen.findByRole('link', { name: 'Audit Old dike' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/audit');
    expect(screen.getByRole('heading', { level: 1, name: 'Archived workspaces' })).toBeVisible();
  });

  it('searches through the URL and the API’s search filter', async () => {
    mockState.workspaces = [
      makeWorkspace({ id: 1, name: 'Quay wall Rotterdam', is_archived: true }),
      makeWorkspace({ id: 2, name: 'Quay wall Antwerp' }),
      makeWorkspace({ id: 3, name: 'Bridge Nijmegen', is_archived: true }),
    ];
    const { router, user } = renderApp('/audit');
    await screen.findByRole('link', { name: 'Audit Bridge Nijmegen' });

    await user.type(screen.getByRole('searchbox', { name: 'Search archived workspaces' }), 'quay');
    await waitFor(() => expect(router.state.location.search).toEqual({ q: 'quay' }));
    await waitFor(() => expect(listedNames()).toEqual(['Quay wall Rotterdam']));
    const request = lastWorkspaceListRequest();
    expect(request?.searchParams.get('search')).toBe('quay');
    expect(request?.searchParams.get('include_archived')).toBe('true');
  });

  it('opens a shared search link as it was', async () => {
    mockState.workspaces = [
      makeWorkspace({ id: 1, name: 'Quay wall Rotterdam', is_archived: true }),
      makeWorkspace({ id: 3, name: 'Bridge Nijmegen', is_archived: true }),
    ];
    renderApp('/audit?q=bridge');
    expect(await screen.findByRole('link', { name: 'Audit Bridge Nijmegen' })).toBeVisible();
    expect(screen.getByRole('searchbox', { name: 'Search archived workspaces' })).toHaveValue('bridge');
    expect(listedNames()).toEqual(['Bridge Nijmegen']);
  });

  it('says there are none, and offers to clear a search that found none', async () => {
    mockState.workspaces = [
      makeWorkspace({ id: 1, name: 'Quay wall Rotterdam', is_archived: true }),
      makeWorkspace({ id: 2, name: 'Bridge Nijmegen' }),
    ];
    const { user, router } = renderApp('/audit?q=bridge');
    expect(await screen.findByText('No archived workspaces')).toBeVisible();
    expect(screen.getByText('The one workspace matching “bridge” is not archived.')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(await screen.findByRole('link', { name: 'Audit Quay wall Rotterdam' })).toBeVisible();
    expect(router.state.location.search).toEqual({});
  });

  it('keeps checking pages that hold no archived workspace until it finds some', async () => {
    // 60 workspaces in pages of 25: the only archived one is on the third page.
    mockState.workspaces = makeWorkspaces(60, (index) => ({ is_archived: index === 57 }));
    renderApp('/audit');
    expect(await screen.findByRole('link', { name: 'Audit Workspace 058' })).toBeVisible();
    expect(workspaceListOffsets()).toEqual([0, 25, 50]);
    expect(screen.getByText('1 archived workspace')).toBeVisible();
    expect(screen.getByText('All 60 workspaces checked')).toBeVisible();
  });

  it('checks every page before saying none are archived', async () => {
    renderApp('/audit');
    expect(await screen.findByText('No archived workspaces')).toBeVisible();
    expect(workspaceListOffsets()).toEqual([0, 25, 50]);
    expect(screen.getByText('None of the 60 workspaces in this environment is archived.')).toBeVisible();
  });

  it('loads only what fills the screen, the rest as the user scrolls', async () => {
    mockState.workspaces = makeWorkspaces(200, () => ({ is_archived: true }));
    renderApp('/audit');
    await screen.findByRole('link', { name: 'Audit Workspace 001' });
    await screen.findByText('50 of 200 workspaces checked');
    expect(workspaceListOffsets()).toEqual([0, 25]);
    expect(screen.getByText('50 archived workspaces found so far')).toBeVisible();

    // Scrolled to the end of what is loaded: one more page, not all of them.
    const scroller = archivedList().parentElement as HTMLElement;
    scroller.scrollTo({ top: 50 * 64 - 800 });
    await screen.findByText('75 of 200 workspaces checked');
    expect(workspaceListOffsets()).toEqual([0, 25, 50]);
  });

  it('explains to a non-admin that auditing needs an organisation admin', async () => {
    mockState.isAdmin = false;
    renderApp('/audit');
    const explanation = await screen.findByRole('region', {
      name: 'Auditing archived workspaces needs an organisation admin',
    });
    expect(explanation).toHaveTextContent('Only organisation admins can list archived workspaces.');
    expect(within(explanation).getByRole('link', { name: 'workspace list' })).toHaveAttribute(
      'href',
      '/workspaces',
    );
    expect(screen.queryByRole('list', { name: 'Archived workspaces' })).not.toBeInTheDocument();
    expect(screen.queryByText('No archived workspaces')).not.toBeInTheDocument();
  });

  it('shows an error with a retry that works', async () => {
    mockState.workspaces = [makeWorkspace({ id: 4, name: 'Old sluice', is_archived: true })];
    let failures = 1;
    mockServer.use(
      http.get('*/api/workspaces/', () => {
        if (failures-- > 0) return HttpResponse.json({ detail: 'Database unavailable' }, { status: 500 });
        return undefined;
      }),
    );
    const { user } = renderApp('/audit');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load archived workspaces');
    expect(alert).toHaveTextContent('Database unavailable');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Audit Old sluice' })).toBeVisible();
  });

  it('names the workspaces it could not read instead of dropping them silently', async () => {
    const workspaces = makeWorkspaces(3, (index) => ({ is_archived: index !== 1 }));
    workspaces[1] = omit(makeWorkspace({ id: 2 }), 'name') as Workspace;
    mockState.workspaces = workspaces;
    renderApp('/audit');
    await screen.findByRole('link', { name: 'Audit Workspace 003' });
    expect(listedNames()).toEqual(['Workspace 001', 'Workspace 003']);
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent('1 workspace left out: it could not be read');
    expect(within(note).getByText('Workspace #2 could not be read')).toBeVisible();
  });

  it('renders names from the API as text, never as markup', async () => {
    mockState.workspaces = [
      makeWorkspace({ id: 1, name: '<img src=x onerror="window.__pwned=1">', is_archived: true }),
    ];
    const { container } = renderApp('/audit');
    expect(
      await screen.findByRole('link', { name: 'Audit <img src=x onerror="window.__pwned=1">' }),
    ).toBeVisible();
    expect(container.querySelector('img, script')).toBeNull();
  });
});

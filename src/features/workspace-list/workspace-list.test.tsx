import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
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

function rowFor(name: string) {
  const link = screen.getByRole('link', { name });
  const row = link.closest('li');
  if (!row) throw new Error(`no row around ${name}`);
  return within(row);
}

describe('workspace list', () => {
  it('redirects / to the list and shows each workspace with its details', async () => {
    mockState.workspaces = [
      makeWorkspace({
        id: 7,
        name: 'A12 Widening – Foundations',
        description: 'Pile design for the viaducts',
        visibility: 'PRIVATE',
        labels: [makeLabel({ name: 'Rijkswaterstaat', color: '#1d4ed8' })],
        app_version: makeAppVersion({ tag: 'v3.0.2', status: 'PUBLISHED' }),
      }),
      makeWorkspace({ id: 8, name: 'Sandbox', visibility: 'DEVELOPMENT', app: null, app_version: null }),
    ];
    const { router } = renderApp('/');

    const row = await waitFor(() => rowFor('A12 Widening – Foundations'));
    expect(router.state.location.pathname).toBe('/workspaces');
    expect(row.getByText('Pile design for the viaducts')).toBeVisible();
    expect(row.getByText('Private')).toBeVisible();
    expect(row.getByText('Foundation Design')).toBeVisible();
    expect(row.getByText('v3.0.2')).toBeVisible();
    expect(row.getByText('Published')).toBeVisible();
    expect(row.getByRole('list', { name: 'Labels' })).toHaveTextContent('Rijkswaterstaat');
    expect(rowFor('Sandbox').getByText('No app (development)')).toBeVisible();
    expect(screen.getByText('2')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Sandbox' })).toHaveAttribute('href', '/workspaces/8');
  });

  it('shows the current user and the environment in the header', async () => {
    renderApp('/workspaces');
    expect(await screen.findByText('Ada Lovelace')).toBeVisible();
    expect(await screen.findByText('Test environment')).toBeVisible();
  });

  it('shows the total from the API and fetches the next page at the offset actually received', async () => {
    // 60 workspaces, the server caps pages at 25 while the client asks for 100.
    renderApp('/workspaces');
    await screen.findByRole('link', { name: 'Workspace 001' });
    expect(screen.getByText('60')).toBeVisible();

    await waitFor(() => expect(workspaceListOffsets()).toEqual([0, 25]));
    expect(lastWorkspaceListRequest()?.searchParams.get('limit')).toBe('100');
    // Only what is near the viewport: the third page waits until the user scrolls.
    await screen.findByText('50 of 60 loaded');
    expect(workspaceListOffsets()).toEqual([0, 25]);
  });

  it('stops at count even when a page is full', async () => {
    mockState.workspaces = mockState.workspaces.slice(0, 25);
    renderApp('/workspaces');
    await screen.findByText('All 25 workspaces loaded');
    expect(workspaceListOffsets()).toEqual([0]);
  });

  it('puts filters in the URL and in the request', async () => {
    mockState.workspaces = [
      makeWorkspace({ id: 1, name: 'Quay wall Rotterdam', visibility: 'PUBLIC' }),
      makeWorkspace({ id: 2, name: 'Quay wall Antwerp', visibility: 'PRIVATE' }),
      makeWorkspace({ id: 3, name: 'Bridge Nijmegen', visibility: 'PUBLIC' }),
    ];
    const { router, user } = renderApp('/workspaces');
    await screen.findByRole('link', { name: 'Bridge Nijmegen' });

    await user.type(screen.getByRole('searchbox', { name: 'Search workspaces' }), 'quay');
    await waitFor(() => expect(router.state.location.search).toEqual({ q: 'quay' }));
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'Bridge Nijmegen' })).not.toBeInTheDocument(),
    );
    expect(lastWorkspaceListRequest()?.searchParams.get('search')).toBe('quay');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Visibility' }), 'Public');
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'Quay wall Antwerp' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('link', { name: 'Quay wall Rotterdam' })).toBeVisible();
    expect(router.state.location.search).toEqual({ q: 'quay', visibility: 'PUBLIC' });
    expect(lastWorkspaceListRequest()?.searchParams.get('visibility')).toBe('PUBLIC');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Name (Z–A)');
    await waitFor(() => expect(lastWorkspaceListRequest()?.searchParams.get('sort')).toBe('name:desc'));
    expect(router.state.location.search).toMatchObject({ sort: 'name:desc' });
  });

  it('reads filters from a shared link and ignores invalid ones', async () => {
    mockState.workspaces = [
      makeWorkspace({ id: 1, name: 'Archived dike', is_archived: true, visibility: 'PUBLIC' }),
      makeWorkspace({ id: 2, name: 'Live dike', visibility: 'PUBLIC' }),
    ];
    renderApp('/workspaces?archived=true&visibility=NONSENSE&label=abc');
    expect(await screen.findByRole('link', { name: 'Archived dike' })).toBeVisible();
    expect(screen.getByText('Archived')).toBeVisible();
    expect(screen.getByRole('checkbox', { name: 'Include archived' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Visibility' })).toHaveValue('');
    const request = lastWorkspaceListRequest();
    expect(request?.searchParams.get('include_archived')).toBe('true');
    expect(request?.searchParams.has('visibility')).toBe(false);
  });

  it('hides archived workspaces unless asked', async () => {
    mockState.workspaces = [
      makeWorkspace({ id: 1, name: 'Archived dike', is_archived: true }),
      makeWorkspace({ id: 2, name: 'Live dike' }),
    ];
    const { user } = renderApp('/workspaces');
    await screen.findByRole('link', { name: 'Live dike' });
    expect(screen.queryByRole('link', { name: 'Archived dike' })).not.toBeInTheDocument();
    expect(lastWorkspaceListRequest()?.searchParams.has('include_archived')).toBe(false);

    await user.click(screen.getByRole('checkbox', { name: 'Include archived' }));
    expect(await screen.findByRole('link', { name: 'Archived dike' })).toBeVisible();
  });

  it('tells a non-admin that only organisation admins can list archived workspaces', async () => {
    mockState.isAdmin = false;
    const { user, router } = renderApp('/workspaces?archived=true');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Only organisation admins can list archived workspaces.');
    // The rest of the page keeps working.
    expect(screen.getByRole('searchbox', { name: 'Search workspaces' })).toBeEnabled();

    await user.click(within(alert).getByRole('button', { name: 'Hide archived workspaces' }));
    expect(await screen.findByRole('link', { name: 'Workspace 001' })).toBeVisible();
    expect(router.state.location.search).toEqual({});
  });

  it('shows an error with a retry that works', async () => {
    let failures = 1;
    mockServer.use(
      http.get('*/api/workspaces/', () => {
        if (failures-- > 0) return HttpResponse.json({ detail: 'Database unavailable' }, { status: 500 });
        return undefined;
      }),
    );
    const { user } = renderApp('/workspaces');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load workspaces');
    expect(alert).toHaveTextContent('Database unavailable');

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Workspace 001' })).toBeVisible();
  });

  it('sends a failed next page once more when Try again is pressed twice, not twice', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let calls = 0;
    mockServer.use(
      http.get('*/api/workspaces/', async ({ request }) => {
        if (new URL(request.url).searchParams.get('offset') !== '25') return undefined;
        calls += 1;
        if (calls === 1) return HttpResponse.json({ detail: 'Database unavailable' }, { status: 500 });
        await held;
        return undefined;
      }),
    );
    const { user } = renderApp('/workspaces');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load more workspaces');

    // The second press comes while the first one's request is still under way.
    const tryAgain = within(alert).getByRole('button', { name: 'Try again' });
    await user.click(tryAgain);
    await waitFor(() => expect(calls).toBe(2));
    await user.click(tryAgain);
    release();
    expect(await screen.findByText('50 of 60 loaded')).toBeVisible();
    expect(calls, 'the failed page, then asked once more').toBe(2);
  });

  it('coming back while the list is fresh asks nothing; once stale, asks for its first page only', async () => {
    mockState.workspaces = makeWorkspaces(200);
    const { router, user, queryClient } = renderApp('/workspaces');
    await screen.findByText('50 of 200 loaded');
    // Scrolled down: two more pages as the end of what is loaded comes near.
    const scroller = screen.getByRole('list', { name: 'Workspaces' }).parentElement as HTMLElement;
    scroller.scrollTo({ top: 50 * 64 - 800 });
    await screen.findByText('75 of 200 loaded');
    scroller.scrollTo({ top: 75 * 64 - 800 });
    await screen.findByText('100 of 200 loaded');
    expect(workspaceListOffsets()).toEqual([0, 25, 50, 75]);

    await user.click(screen.getByRole('link', { name: 'Workspace 070' }));
    await screen.findByRole('heading', { level: 1, name: 'Workspace 070' });

    mockState.requests = [];
    router.history.back();
    expect(await screen.findByText('100 of 200 loaded')).toBeVisible();
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    expect(workspaceListOffsets(), 'fresh: nothing asked again').toEqual([]);

    router.history.forward();
    await screen.findByRole('heading', { level: 1, name: 'Workspace 070' });
    // Later than the list's staleTime.
    const realNow = Date.now.bind(Date);
    vi.spyOn(Date, 'now').mockImplementation(() => realNow() + 6 * 60_000);
    mockState.requests = [];
    router.history.back();
    // From the top: the first page asked again, then only what the screen needs, not every page.
    expect(await screen.findByRole('link', { name: 'Workspace 001' })).toBeVisible();
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    expect(await screen.findByText('50 of 200 loaded')).toBeVisible();
    expect(workspaceListOffsets()).toEqual([0, 25]);
  });

  it('says what is wrong when the server sends a page it cannot read', async () => {
    mockServer.use(http.get('*/api/workspaces/', () => HttpResponse.json({ count: 1, results: 'x' })));
    renderApp('/workspaces');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('results should be array, not string');
  });

  it('shows a workspace it cannot read in its place, with its id and why, and every other one', async () => {
    const workspaces: Workspace[] = makeWorkspaces(30);
    workspaces[4] = omit(makeWorkspace({ id: 5 }), 'name') as Workspace;
    workspaces[7] = { ...makeWorkspace({ id: 8 }), id: 'eight' } as unknown as Workspace;
    mockState.workspaces = workspaces;
    renderApp('/workspaces');

    const odd = await screen.findByText('Workspace #5 could not be read');
    const oddRow = within(odd.closest('li') as HTMLElement);
    expect(oddRow.getByText(': name is missing')).toBeVisible();
    expect(screen.getByText('A workspace could not be read')).toBeVisible();
    expect(screen.getByText(': id should be number, not string')).toBeVisible();
    for (const id of [1, 2, 3, 4, 6, 7, 9, 10, 11, 12]) {
      expect(screen.getByRole('link', { name: `Workspace ${String(id).padStart(3, '0')}` })).toBeVisible();
    }
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // The unreadable ones were received: the next page starts after them, and the list completes.
    expect(await screen.findByText('All 30 workspaces loaded')).toBeVisible();
    expect(workspaceListOffsets()).toEqual([0, 25]);
  });

  it('shows fields the server did not send as unknown, not as empty', async () => {
    mockState.workspaces = [
      {
        ...omit(makeWorkspace({ id: 1, name: 'Sparse' }), 'updated_at', 'labels', 'visibility'),
        app_version: { id: 3 },
      },
      makeWorkspace({ id: 2, name: 'Unlabelled', labels: [] }),
    ];
    renderApp('/workspaces');
    const row = await waitFor(() => rowFor('Sparse'));
    expect(row.getByText('labels not sent')).toBeVisible();
    // Visibility and "Updated" were not sent; "Created" was.
    expect(row.getAllByText('unknown')).toHaveLength(2);
    expect(row.getByText('Foundation Design')).toBeVisible();
    expect(row.queryByTitle('App version')).not.toBeInTheDocument();
    const unlabelled = rowFor('Unlabelled');
    expect(unlabelled.getByRole('list', { name: 'Labels' })).toBeEmptyDOMElement();
    expect(unlabelled.queryByText('unknown')).not.toBeInTheDocument();
  });

  it('shows an empty state that clears the filters', async () => {
    const { user, router } = renderApp('/workspaces?q=nothing-matches-this');
    expect(await screen.findByText('No workspaces match these filters.')).toBeVisible();
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0] as HTMLElement);
    expect(await screen.findByRole('link', { name: 'Workspace 001' })).toBeVisible();
    expect(router.state.location.search).toEqual({});
  });

  it('tolerates fields it has never seen and missing optional ones', async () => {
    const {
      slug: _slug,
      description: _description,
      ...bare
    } = makeWorkspace({ id: 5, name: 'Lean workspace' });
    mockServer.use(
      http.get('*/api/workspaces/', () =>
        HttpResponse.json({
          count: 1,
          next: null,
          results: [{ ...bare, labels: undefined, organisation: { id: 3 }, views: 12, future_field: [1, 2] }],
        }),
      ),
    );
    renderApp('/workspaces');
    expect(await screen.findByRole('link', { name: 'Lean workspace' })).toBeVisible();
    expect(screen.getByText('No description')).toBeVisible();
  });

  it('renders names and descriptions from the API as text, never as markup', async () => {
    mockState.workspaces = [
      makeWorkspace({
        id: 1,
        name: '<img src=x onerror="window.__pwned=1">',
        description: '<script>x()</script>',
      }),
    ];
    const { container } = renderApp('/workspaces');
    expect(await screen.findByRole('link', { name: '<img src=x onerror="window.__pwned=1">' })).toBeVisible();
    expect(screen.getByText('<script>x()</script>')).toBeVisible();
    expect(container.querySelector('img, script')).toBeNull();
  });
});

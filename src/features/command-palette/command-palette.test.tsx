import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeWorkspace } from '../../../tests/fixtures/builders';
import { mockState } from '../../../tests/fixtures/mock-server';
import { renderApp } from '../../../tests/fixtures/render-app';
import { OUTCOME_SHOWN_MS } from './palette-launcher';
import { recentJumpsKey } from './recent-jumps';

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const palette = () => screen.findByRole('dialog', { name: 'Search or jump to' });
const combobox = () => screen.getByRole('combobox', { name: 'Search or jump to' });
const activeOption = () => {
  const id = combobox().getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
};
const group = (name: string) => within(results().getByRole('group', { name }));
/** The palette's own options (the header may hold a select whose options are options too). */
const results = () => within(screen.getByRole('listbox', { name: 'Results' }));
const workspaceSearches = () =>
  mockState.requests
    .filter((url) => url.pathname === '/api/workspaces/' && url.searchParams.has('search'))
    .map((url) => url.searchParams.get('search'));

async function openWithShortcut(user: ReturnType<typeof renderApp>['user']) {
  await user.keyboard('{Control>}k{/Control}');
  return palette();
}

describe('command palette', () => {
  it('opens with Ctrl-K from inside an input, moves the active option with the arrows, and closes with Escape giving focus back', async () => {
    const { user } = renderApp('/workspaces');
    const search = await screen.findByRole('searchbox', { name: 'Search workspaces' });
    await user.click(search);
    await openWithShortcut(user);

    const input = combobox();
    await waitFor(() => expect(input).toHaveFocus());
    // The shortcut was taken by the palette, not typed into the list's search.
    expect(search).toHaveValue('');
    const listbox = screen.getByRole('listbox', { name: 'Results' });
    expect(input).toHaveAttribute('aria-controls', listbox.id);
    expect(input).toHaveAttribute('aria-expanded', 'true');
    const options = within(listbox).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Workspaces, Page',
      'Audit, Page',
      'Copy link to this page, Action',
      'Show archived workspaces, Action',
    ]);
    expect(group('Pages').getAllByRole('option')).toHaveLength(2);
    expect(group('Actions').getAllByRole('option')).toHaveLength(2);

    expect(activeOption()).toBe(options[0]);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    expect(activeOption()).toBe(options[1]);
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(options[0]).toHaveAttribute('aria-selected', 'false');
    await user.keyboard('{End}');
    expect(activeOption()).toBe(options[3]);
    await user.keyboard('{ArrowDown}');
    expect(activeOption()).toBe(options[0]); // wraps to the first
    await user.keyboard('{ArrowUp}');
    expect(activeOption()).toBe(options[3]); // and back to the last
    await user.keyboard('{Home}');
    expect(activeOption()).toBe(options[0]);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(search).toHaveFocus();
  });

  it('searches workspaces through the API once typing pauses, and Enter opens the one chosen', async () => {
    mockState.workspaces = [
      makeWorkspace({ id: 3, name: 'Harbour quay' }),
      makeWorkspace({ id: 4, name: 'Bridge deck' }),
      makeWorkspace({ id: 5, name: 'Quay extension' }),
    ];
    const { user, router } = renderApp('/workspaces');
    await screen.findByRole('link', { name: 'Bridge deck' });
    await user.click(screen.getByRole('button', { name: /Search or jump/ }));
    await palette();
    await user.type(combobox(), 'quay');

    await waitFor(() => expect(within(screen.getByRole('dialog')).getByRole('status')).toBeEmptyDOMElement());
    const found = group('Workspaces').getAllByRole('option');
    expect(found.map((option) => option.textContent)).toEqual([
      'Harbour quay, Workspace #3',
      'Quay extension, Workspace #5',
    ]);
    // One request for the word, not one per keystroke.
    expect(workspaceSearches()).toEqual(['quay']);
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/workspaces/5'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('says so when the search fails, as a line without options, and typing goes on', async () => {
    const { mockServer } = await import('../../../tests/fixtures/mock-server');
    const { HttpResponse, http } = await import('msw');
    mockServer.use(
      http.get('*/api/workspaces/', ({ request }) =>
        new URL(request.url).searchParams.has('search')
          ? HttpResponse.json({ detail: 'Search is down.' }, { status: 500 })
          : undefined,
      ),
    );
    const { user } = renderApp('/workspaces');
    await openWithShortcut(user);
    await user.type(combobox(), 'zzz');
    await waitFor(() =>
      expect(within(screen.getByRole('dialog')).getByRole('status')).toHaveTextContent(
        /Could not search workspaces/,
      ),
    );
    expect(screen.queryByRole('group', { name: 'Workspaces' })).not.toBeInTheDocument();
    await user.type(combobox(), 'z');
    expect(combobox()).toHaveValue('zzzz');
  });

  it('jumps to a workspace by id, #12 or 12', async () => {
    mockState.workspaces = [
      makeWorkspace({ id: 12, name: 'Tunnel' }),
      makeWorkspace({ id: 13, name: 'Lock' }),
    ];
    const { user, router } = renderApp('/workspaces');
    await openWithShortcut(user);
    await user.type(combobox(), '#12');
    const option = await waitFor(() => group('Workspaces').getByRole('option', { name: /Tunnel/ }));
    expect(option).toHaveTextContent('Workspace #12');
    // `#12` is an id only: no name search for it.
    expect(workspaceSearches()).toEqual([]);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/workspaces/12'));

    // Cmd-K on a Mac; a bare number is an id too, and may still be part of a name.
    await user.keyboard('{Meta>}k{/Meta}');
    await palette();
    await user.type(combobox(), '13');
    await waitFor(() => group('Workspaces').getByRole('option', { name: /Lock/ }));
    await waitFor(() => expect(workspaceSearches()).toEqual(['13']));
  });

  it('finds entities of the current workspace among those loaded, and by id', async () => {
    const { user, router } = renderApp('/workspaces/1');
    await screen.findByRole('treeitem', { name: 'Beta project' });
    await openWithShortcut(user);
    await user.type(combobox(), 'beta');
    const beta = await waitFor(() => group('Entities').getByRole('option', { name: /Beta project/ }));
    expect(beta).toHaveTextContent('Project #2');
    // Not loaded in the tree (Alpha is closed): not offered by name.
    await user.clear(combobox());
    await user.type(combobox(), 'quay');
    await screen.findByText('No matches');

    // By id it is asked for.
    await user.clear(combobox());
    await user.type(combobox(), '11');
    const quay = await waitFor(() => group('Entities').getByRole('option', { name: /Quay wall/ }));
    await user.click(quay);
    await waitFor(() => expect(router.state.location.pathname).toBe('/workspaces/1/entities/11'));
  });

  it("goes to the current entity's revisions, and offers to compare it with another entity", async () => {
    const { user, router } = renderApp('/workspaces/1/entities/11');
    await screen.findByRole('heading', { name: 'Quay wall' });
    await openWithShortcut(user);
    await user.type(combobox(), 'revisions');
    const revisions = await waitFor(() =>
      group('Pages').getByRole('option', { name: /Revisions of Quay wall/ }),
    );
    expect(revisions).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/workspaces/1/entities/11/revisions'));

    await openWithShortcut(user);
    await user.type(combobox(), 'jetty');
    await waitFor(() => group('Entities').getByRole('option', { name: /Jetty/ }));
    await user.click(group('Actions').getByRole('option', { name: /Compare Quay wall with Jetty/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/compare'));
    expect(router.state.location.search).toEqual({ a: '1:11', b: '1:12' });
  });

  it('lists recent jumps first, per environment, and ranks a matching one above the search', async () => {
    mockState.workspaces = [
      makeWorkspace({ id: 3, name: 'Harbour quay' }),
      makeWorkspace({ id: 5, name: 'Quay extension' }),
    ];
    localStorage.setItem(
      recentJumpsKey('Other environment'),
      JSON.stringify([{ kind: 'workspace', id: 9, label: 'Elsewhere', workspaceId: 9 }]),
    );
    const { user } = renderApp('/workspaces');
    await openWithShortcut(user);
    await user.type(combobox(), 'extension');
    await user.click(
      await waitFor(() => group('Workspaces').getByRole('option', { name: /Quay extension/ })),
    );
    await screen.findByRole('heading', { name: 'Quay extension' });

    await openWithShortcut(user);
    expect(
      group('Recent')
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Quay extension, Workspace #5']);
    expect(results().getAllByRole('group')[0]).toBe(results().getByRole('group', { name: 'Recent' }));
    await user.type(combobox(), 'quay');
    await waitFor(() => group('Workspaces').getByRole('option', { name: /Harbour quay/ }));
    await waitFor(() => expect(within(screen.getByRole('dialog')).getByRole('status')).toBeEmptyDOMElement());
    const options = results().getAllByRole('option');
    // Listed once: as a recent jump, not again among the search results.
    expect(options.map((option) => option.textContent)).toEqual([
      'Quay extension, Workspace #5',
      'Harbour quay, Workspace #3',
      'Audit Quay extension, Page',
    ]);
    expect(group('Recent').getByRole('option')).toBe(options[0]);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    expect(results().queryByRole('option', { name: /Elsewhere/ })).not.toBeInTheDocument();
  });

  it('shows the shortcut as ⌘K on a Mac, and opens with Cmd-K or Ctrl-K there', async () => {
    vi.spyOn(navigator, 'platform', 'get').mockReturnValue('MacIntel');
    const { user } = renderApp('/workspaces');
    const button = await screen.findByRole('button', { name: /Search or jump/ });
    expect(within(button).getByText('⌘K')).toBeVisible();
    expect(button).toHaveAttribute('aria-keyshortcuts', 'Meta+K Control+K');
    await user.keyboard('{Meta>}k{/Meta}');
    await palette();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await openWithShortcut(user);
  });

  it('shows the shortcut as Ctrl K elsewhere, and opens with Cmd-K too', async () => {
    vi.spyOn(navigator, 'platform', 'get').mockReturnValue('Win32');
    const { user } = renderApp('/workspaces');
    const button = await screen.findByRole('button', { name: /Search or jump/ });
    expect(within(button).getByText('Ctrl K')).toBeVisible();
    expect(within(button).queryByText('⌘K')).not.toBeInTheDocument();
    expect(button).toHaveAttribute('aria-keyshortcuts', 'Control+K Meta+K');
    await user.keyboard('{Meta>}k{/Meta}');
    await palette();
  });

  it('copies the link to the page and says so for a while, not for good', async () => {
    // Fake timers that still run with the clock, so the requests and user-event go on as usual.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { user } = renderApp('/workspaces/1/entities/11');
    // After renderApp: user-event puts a clipboard stub of its own in place.
    const writeText = vi.fn((_text: string) => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    await screen.findByRole('heading', { name: 'Quay wall' });
    await openWithShortcut(user);
    await user.type(combobox(), 'copy link');
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Copied link to this page')).toBeVisible();
    expect(writeText).toHaveBeenCalledWith('http://localhost:3000/workspaces/1/entities/11');
    act(() => vi.advanceTimersByTime(OUTCOME_SHOWN_MS));
    await waitFor(() => expect(screen.queryByText('Copied link to this page')).not.toBeInTheDocument());
  });

  it('takes the last outcome away when the palette opens again', async () => {
    const { user } = renderApp('/workspaces/1/entities/11');
    const writeText = vi.fn((_text: string) => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    await screen.findByRole('heading', { name: 'Quay wall' });
    await openWithShortcut(user);
    await user.type(combobox(), 'copy link');
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Copied link to this page')).toBeVisible();
    await openWithShortcut(user);
    expect(screen.queryByText('Copied link to this page')).not.toBeInTheDocument();
  });

  it('shows and hides archived workspaces on the list, keeping its other filters', async () => {
    const { user, router } = renderApp('/workspaces?visibility=PRIVATE');
    await openWithShortcut(user);
    await user.type(combobox(), 'archived');
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(router.state.location.search).toEqual({ visibility: 'PRIVATE', archived: true }),
    );
    await openWithShortcut(user);
    await user.type(combobox(), 'archived');
    expect(results().getByRole('option', { name: /Hide archived workspaces/ })).toBeVisible();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.search).toEqual({ visibility: 'PRIVATE' }));
  });
});

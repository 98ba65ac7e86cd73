import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeEntity } from '../../../tests/fixtures/builders';
import { mockServer, mockState, requestsTo } from '../../../tests/fixtures/mock-server';
import { renderApp } from '../../../tests/fixtures/render-app';

const CHILDREN_OF = (id: number) => `/api/workspaces/1/entities/${id}/entities/`;

async function treeOf() {
  return within(await screen.findByRole('tree', { name: /Entities of/ }));
}

describe('entity tree', () => {
  it('shows the roots and loads children only when a node opens', async () => {
    const { user } = renderApp('/workspaces/1');
    const tree = await treeOf();
    const alpha = await tree.findByRole('treeitem', { name: 'Alpha project' });
    expect(tree.getByRole('treeitem', { name: 'Gamma project' })).toHaveAttribute('aria-level', '1');
    expect(alpha).toHaveAttribute('aria-expanded', 'false');
    expect(requestsTo(CHILDREN_OF(1))).toHaveLength(0);

    alpha.focus();
    await user.keyboard('{ArrowRight}');
    const quayWall = await tree.findByRole('treeitem', { name: 'Quay wall' });
    expect(quayWall).toHaveAttribute('aria-level', '2');
    expect(alpha).toHaveAttribute('aria-expanded', 'true');
    expect(requestsTo(CHILDREN_OF(1))).toHaveLength(1);
    expect(requestsTo(CHILDREN_OF(1))[0]?.searchParams.get('offset')).toBe('0');
    // Nothing else was opened, so nothing else was fetched.
    expect(requestsTo(CHILDREN_OF(2))).toHaveLength(0);
  });

  it('pages a long child list with a load-more row inside the tree', async () => {
    const { user } = renderApp('/workspaces/1');
    const tree = await treeOf();
    const beta = await tree.findByRole('treeitem', { name: 'Beta project' });
    beta.focus();
    await user.keyboard('{ArrowRight}');
    await tree.findByRole('treeitem', { name: 'Structure 001' });
    // The load-more row is far below the viewport, just above Gamma (the last root): End, then Up.
    await user.keyboard('{End}{ArrowUp}');
    const more = await tree.findByRole('treeitem', { name: 'Load more (100 of 250)' });
    await waitFor(() => expect(more).toHaveFocus());
    expect(requestsTo(CHILDREN_OF(2))).toHaveLength(1);

    await user.click(more);
    // Focus moves to the first newly loaded row.
    await waitFor(() => expect(tree.getByRole('treeitem', { name: 'Structure 101' })).toHaveFocus());
    await user.keyboard('{End}{ArrowUp}');
    expect(await tree.findByRole('treeitem', { name: 'Load more (200 of 250)' })).toBeInTheDocument();
    expect(requestsTo(CHILDREN_OF(2)).map((url) => url.searchParams.get('offset'))).toEqual(['0', '100']);
  });

  it('works by keyboard: arrows, Home/End, type-ahead and Enter', async () => {
    const { user, router } = renderApp('/workspaces/1');
    const tree = await treeOf();
    const alpha = await tree.findByRole('treeitem', { name: 'Alpha project' });
    alpha.focus();
    // Focus moves in an effect after the key's render: each step waits for it, so a busy machine
    // cannot run the next key before the previous one has landed.

    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(tree.getByRole('treeitem', { name: 'Beta project' })).toHaveFocus());
    await user.keyboard('{End}');
    await waitFor(() => expect(tree.getByRole('treeitem', { name: 'Gamma project' })).toHaveFocus());
    await user.keyboard('{Home}');
    await waitFor(() => expect(tree.getByRole('treeitem', { name: 'Alpha project' })).toHaveFocus());

    await user.keyboard('{ArrowRight}');
    await tree.findByRole('treeitem', { name: 'Quay wall' });
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(tree.getByRole('treeitem', { name: 'Quay wall' })).toHaveFocus());
    await user.keyboard('{ArrowLeft}');
    await waitFor(() => expect(tree.getByRole('treeitem', { name: 'Alpha project' })).toHaveFocus());
    await user.keyboard('{ArrowLeft}');
    await waitFor(() =>
      expect(tree.getByRole('treeitem', { name: 'Alpha project' })).toHaveAttribute('aria-expanded', 'false'),
    );
    expect(tree.queryByRole('treeitem', { name: 'Quay wall' })).not.toBeInTheDocument();

    await user.keyboard('g');
    await waitFor(() => expect(tree.getByRole('treeitem', { name: 'Gamma project' })).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/workspaces/1/entities/3'));
    expect(tree.getByRole('treeitem', { name: 'Gamma project' })).toHaveAttribute('aria-selected', 'true');
  });

  it('opens a deep link cold: ancestors expanded, only the sibling pages needed, entity selected', async () => {
    renderApp('/workspaces/1/entities/999');
    const tree = await treeOf();
    const deep = await tree.findByRole('treeitem', { name: 'Deep pile' });
    expect(deep).toHaveAttribute('aria-selected', 'true');
    expect(deep).toHaveAttribute('aria-level', '3');
    expect(tree.getByRole('treeitem', { name: 'Structure 140' })).toHaveAttribute('aria-expanded', 'true');
    // Structure 140 sits on the second page of Beta's 250 children: the third page is never asked for.
    expect(requestsTo(CHILDREN_OF(2)).map((url) => url.searchParams.get('offset'))).toEqual(['0', '100']);

    const crumbs = within(screen.getByRole('navigation', { name: 'Breadcrumbs' }));
    expect(crumbs.getByRole('link', { name: 'Beta project' })).toHaveAttribute(
      'href',
      '/workspaces/1/entities/2',
    );
    expect(crumbs.getByRole('link', { name: 'Structure 140' })).toBeVisible();
  });

  it('reveals a deep link once the entity can be read after all (the detail pane’s Try again)', async () => {
    let failing = true;
    mockServer.use(
      http.get('*/api/workspaces/1/entities/999/', () =>
        failing ? HttpResponse.json({ detail: 'A server error occurred.' }, { status: 500 }) : undefined,
      ),
    );
    const { user } = renderApp('/workspaces/1/entities/999');
    const tree = await treeOf();
    const failure = await screen.findByRole('alert');
    expect(tree.queryByRole('treeitem', { name: 'Deep pile' })).not.toBeInTheDocument();

    failing = false;
    await user.click(within(failure).getByRole('button', { name: 'Try again' }));
    const deep = await tree.findByRole('treeitem', { name: 'Deep pile' });
    expect(deep).toHaveAttribute('aria-selected', 'true');
    expect(tree.getByRole('treeitem', { name: 'Structure 140' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('keeps expanded nodes open when moving between entities of the workspace', async () => {
    const { user, router } = renderApp('/workspaces/1');
    const tree = await treeOf();
    (await tree.findByRole('treeitem', { name: 'Alpha project' })).focus();
    await user.keyboard('{ArrowRight}');
    await user.click(await tree.findByRole('link', { name: 'Quay wall' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/workspaces/1/entities/11'));
    await user.click(tree.getByRole('link', { name: 'Gamma project' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/workspaces/1/entities/3'));
    expect(tree.getByRole('treeitem', { name: 'Alpha project' })).toHaveAttribute('aria-expanded', 'true');
    expect(tree.getByRole('treeitem', { name: 'Quay wall' })).toBeInTheDocument();
  });

  it('filters by entity type and keeps the containers of that type', async () => {
    const { user, router } = renderApp('/workspaces/1');
    const tree = await treeOf();
    (await tree.findByRole('treeitem', { name: 'Alpha project' })).focus();
    await user.keyboard('{ArrowRight}');
    await tree.findByRole('treeitem', { name: 'Quay wall' });

    await user.click(screen.getByText(/Filter: All entity types/));
    await user.click(screen.getByRole('checkbox', { name: 'Project' }));
    await waitFor(() => expect(tree.queryByRole('treeitem', { name: 'Quay wall' })).not.toBeInTheDocument());
    expect(tree.getByRole('treeitem', { name: 'Alpha project' })).toBeInTheDocument();
    expect(router.state.location.search).toEqual({ types: [1] });
  });

  it('follows a server that caps pages below the limit asked for', async () => {
    mockState.entityPageCap = 30;
    const { user } = renderApp('/workspaces/1');
    const tree = await treeOf();
    (await tree.findByRole('treeitem', { name: 'Beta project' })).focus();
    await user.keyboard('{ArrowRight}');
    await tree.findByRole('treeitem', { name: 'Structure 001' });
    await user.keyboard('{End}{ArrowUp}');
    await waitFor(() => expect(tree.getByRole('treeitem', { name: 'Load more (30 of 250)' })).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(tree.getByRole('treeitem', { name: 'Structure 031' })).toHaveFocus());
    await user.keyboard('{End}{ArrowUp}');
    expect(await tree.findByRole('treeitem', { name: 'Load more (60 of 250)' })).toBeInTheDocument();
    expect(requestsTo(CHILDREN_OF(2)).map((url) => url.searchParams.get('offset'))).toEqual(['0', '30']);
  });

  it('accepts children as a bare array, with fields it does not know', async () => {
    mockServer.use(
      http.get('*/api/workspaces/1/entities/1/entities/', () =>
        HttpResponse.json([
          { ...makeEntity({ id: 11, name: 'Quay wall', entity_type: 2 }), colour: 'blue' },
          makeEntity({ id: 12, name: 'Jetty', entity_type: 2 }),
        ]),
      ),
    );
    const { user } = renderApp('/workspaces/1');
    const tree = await treeOf();
    (await tree.findByRole('treeitem', { name: 'Alpha project' })).focus();
    await user.keyboard('{ArrowRight}');
    expect(await tree.findByRole('treeitem', { name: 'Jetty' })).toBeInTheDocument();
    expect(tree.queryByRole('treeitem', { name: /Load more/ })).not.toBeInTheDocument();
  });

  it('refreshes a stale one-page node when reopened, never every page of long ones or other open nodes', async () => {
    const { user, queryClient } = renderApp('/workspaces/1');
    const tree = await treeOf();
    const beta = await tree.findByRole('treeitem', { name: 'Beta project' });
    beta.focus();
    await user.keyboard('{ArrowRight}');
    await tree.findByRole('treeitem', { name: 'Structure 001' });
    // Each key acts on the row that has focus: wait until focus has landed before the next one.
    await user.keyboard('{End}');
    await waitFor(() => expect(tree.getByRole('treeitem', { name: 'Gamma project' })).toHaveFocus());
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(tree.getByRole('treeitem', { name: 'Load more (100 of 250)' })).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(requestsTo(CHILDREN_OF(2))).toHaveLength(2));
    await waitFor(() => expect(tree.getByRole('treeitem', { name: 'Structure 101' })).toHaveFocus());
    await user.keyboard('{Home}');
    await waitFor(() => expect(tree.getByRole('treeitem', { name: 'Alpha project' })).toHaveFocus());
    await user.keyboard('{ArrowRight}');
    await tree.findByRole('treeitem', { name: 'Quay wall' });
    await user.keyboard('{ArrowLeft}');
    await waitFor(() => expect(tree.queryByRole('treeitem', { name: 'Quay wall' })).not.toBeInTheDocument());

    // Time passes: everything cached is stale now.
    await queryClient.invalidateQueries({ queryKey: ['entities'], refetchType: 'none' });
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(requestsTo(CHILDREN_OF(1))).toHaveLength(2));
    // Beta stayed open with two pages: not one of them was fetched again.
    expect(requestsTo(CHILDREN_OF(2))).toHaveLength(2);
  });
});

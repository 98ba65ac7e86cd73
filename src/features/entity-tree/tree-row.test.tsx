import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeEntityType, omit } from '../../../tests/fixtures/builders';
import { mockServer, mockState, requestsTo } from '../../../tests/fixtures/mock-server';
import { renderApp } from '../../../tests/fixtures/render-app';
import type { Entity } from '../../api/entities/schemas';

async function treeOf() {
  return within(await screen.findByRole('tree', { name: /Entities of/ }));
}

function replaceEntity(id: number, change: (entity: Entity) => unknown) {
  const index = mockState.entities.findIndex((entity) => entity.id === id);
  mockState.entities[index] = change(mockState.entities[index] as Entity) as Entity;
}

describe('tree rows the server sent in a shape we cannot read', () => {
  it('shows an unreadable child in its place as a leaf with the reason, and all its siblings', async () => {
    // Alpha's children: Quay wall (readable) and Jetty, sent without a name.
    replaceEntity(12, (jetty) => omit(jetty, 'name'));
    // Beta's first structure has an entity_type the client cannot read.
    replaceEntity(101, (structure) => ({ ...structure, entity_type: 'Structure' }));
    const { user } = renderApp('/workspaces/1');
    const tree = await treeOf();

    const alpha = await tree.findByRole('treeitem', { name: 'Alpha project' });
    alpha.focus();
    await user.keyboard('{ArrowRight}');
    const quayWall = await tree.findByRole('treeitem', { name: 'Quay wall' });
    const jetty = tree.getByRole('treeitem', { name: 'Entity #12 could not be read: name is missing' });
    expect(jetty).toHaveAttribute('aria-level', '2');
    expect(jetty).toHaveAttribute('aria-posinset', '2');
    expect(jetty).not.toHaveAttribute('aria-expanded');
    expect(within(jetty).getByText('Entity #12 could not be read')).toBeVisible();
    // The keyboard reaches it like any row; there is nothing to open.
    quayWall.focus();
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(jetty).toHaveFocus());
    await user.keyboard('{ArrowRight}');
    expect(requestsTo('/api/workspaces/1/entities/12/entities/')).toHaveLength(0);

    expect(tree.getByRole('treeitem', { name: 'Gamma project' })).toBeInTheDocument();
    const beta = tree.getByRole('treeitem', { name: 'Beta project' });
    beta.focus();
    await user.keyboard('{ArrowRight}');
    expect(
      await tree.findByRole('treeitem', {
        name: 'Entity #101 could not be read: entity_type should be number, not string',
      }),
    ).toBeVisible();
    expect(tree.getByRole('treeitem', { name: 'Structure 002' })).toBeVisible();
    expect(screen.queryByText(/Could not load/)).not.toBeInTheDocument();
  });

  it('keeps an entity expandable when its type does not say which child types it allows', async () => {
    mockServer.use(
      http.get('*/api/workspaces/:ws/entity_types/', () =>
        HttpResponse.json({
          count: 3,
          results: [
            makeEntityType({ id: 1, name: 'Project', child_entity_type_ids: [2] }),
            makeEntityType({ id: 2, name: 'Structure', child_entity_type_ids: [3] }),
            // Child types not sent: unknown, so expanding asks the server.
            omit(makeEntityType({ id: 3, name: 'Pile' }), 'child_entity_type_ids'),
          ],
        }),
      ),
    );
    // Pile P-1 has a child after all: only the server knows.
    const pile = mockState.entities.find((entity) => entity.id === 21) as Entity;
    mockState.entities.push({ ...pile, id: 31, name: 'Pile cap', path: [1, 11, 21] });
    const { user } = renderApp('/workspaces/1');
    const tree = await treeOf();

    (await tree.findByRole('treeitem', { name: 'Alpha project' })).focus();
    await user.keyboard('{ArrowRight}');
    (await tree.findByRole('treeitem', { name: 'Quay wall' })).focus();
    await user.keyboard('{ArrowRight}');
    const pileRow = await tree.findByRole('treeitem', { name: 'Pile P-1' });
    expect(pileRow).toHaveAttribute('aria-expanded', 'false');

    pileRow.focus();
    await user.keyboard('{ArrowRight}');
    const cap = await tree.findByRole('treeitem', { name: 'Pile cap' });
    expect(pileRow).toHaveAttribute('aria-expanded', 'true');
    expect(cap).toHaveAttribute('aria-level', '4');
    // The cap is a Pile too: expandable until its (empty) child list says it is a leaf.
    expect(cap).toHaveAttribute('aria-expanded', 'false');
    cap.focus();
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(cap).not.toHaveAttribute('aria-expanded'));
    expect(requestsTo('/api/workspaces/1/entities/31/entities/')).toHaveLength(1);
  });

  it('keeps entities of a type with unknown child types when filtering by type: they may hold it', async () => {
    mockServer.use(
      http.get('*/api/workspaces/:ws/entity_types/', () =>
        HttpResponse.json({
          count: 3,
          results: [
            makeEntityType({ id: 1, name: 'Project', child_entity_type_ids: [2] }),
            omit(makeEntityType({ id: 2, name: 'Structure' }), 'child_entity_type_ids'),
            makeEntityType({ id: 3, name: 'Pile', child_entity_type_ids: [] }),
          ],
        }),
      ),
    );
    const { user } = renderApp('/workspaces/1');
    const tree = await treeOf();
    (await tree.findByRole('treeitem', { name: 'Alpha project' })).focus();
    await user.keyboard('{ArrowRight}');
    await tree.findByRole('treeitem', { name: 'Jetty' });

    await user.click(screen.getByText(/Filter: All entity types/));
    await user.click(screen.getByRole('checkbox', { name: 'Pile' }));
    await screen.findByText('Filter: 1 entity type(s)');
    // Project leads to Structure, and a Structure may lead to anything: both stay.
    expect(tree.getByRole('treeitem', { name: 'Alpha project' })).toBeInTheDocument();
    expect(tree.getByRole('treeitem', { name: 'Jetty' })).toBeInTheDocument();
  });
});

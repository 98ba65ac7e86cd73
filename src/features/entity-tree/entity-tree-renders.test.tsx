import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockState } from '../../../tests/fixtures/mock-server';
import { renderApp } from '../../../tests/fixtures/render-app';
import { entityQueries } from '../../api/entities/queries';
import { rowRenderCounts } from './tree-row';

const treeOf = async () => within(await screen.findByRole('tree', { name: /Entities of/ }));

describe('a change to one tree list', () => {
  it('renders again only the rows that changed, not every row of the tree', async () => {
    const { user, queryClient } = renderApp('/workspaces/1');
    const tree = await treeOf();
    const alpha = await tree.findByRole('treeitem', { name: 'Alpha project' });
    alpha.focus();
    await user.keyboard('{ArrowRight}');
    await tree.findByRole('treeitem', { name: 'Quay wall' });
    const beta = tree.getByRole('treeitem', { name: 'Beta project' });
    beta.focus();
    await user.keyboard('{ArrowRight}');
    await tree.findByRole('treeitem', { name: 'Structure 001' });

    // Quay wall is renamed on the server; only Alpha's list of children is asked for again.
    mockState.entities = mockState.entities.map((entity) =>
      entity.id === 11 ? { ...entity, name: 'Quay wall north' } : entity,
    );
    rowRenderCounts?.clear();
    await queryClient.refetchQueries({ queryKey: entityQueries.children(1, 1).queryKey, exact: true });
    expect(await tree.findByRole('treeitem', { name: 'Quay wall north' })).toHaveAttribute('aria-level', '2');

    expect(rowRenderCounts?.get('entity:11')).toBeGreaterThan(0);
    // Its unchanged sibling, its parent, and the other list's rows were left as they were.
    for (const name of ['Jetty', 'Alpha project', 'Beta project', 'Structure 001', 'Structure 002']) {
      const key = tree.getByRole('treeitem', { name }).getAttribute('data-row-key') as string;
      expect({ name, renders: rowRenderCounts?.get(key) ?? 0 }).toEqual({ name, renders: 0 });
    }
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../tests/fixtures/render-app';
import { entityQueries } from '../../api/entities/queries';

const treeOf = async () => within(await screen.findByRole('tree', { name: /Entities of/ }));

describe('the tree reads its lists through subscriptions', () => {
  it('keeps showing open nodes when the cache collects what nobody observes', async () => {
    const { user, queryClient } = renderApp('/workspaces/1');
    const tree = await treeOf();
    (await tree.findByRole('treeitem', { name: 'Alpha project' })).focus();
    await user.keyboard('{ArrowRight}');
    await tree.findByRole('treeitem', { name: 'Quay wall' });

    // What garbage collection does once gcTime has passed: drop every idle query nobody observes.
    const cache = queryClient.getQueryCache();
    for (const query of cache.findAll({ queryKey: entityQueries.treeLists(1) }))
      if (query.getObserversCount() === 0 && query.state.fetchStatus === 'idle') cache.remove(query);

    await waitFor(() => expect(tree.getByRole('treeitem', { name: 'Quay wall' })).toBeVisible());
    expect(tree.getByRole('treeitem', { name: 'Alpha project' })).toBeVisible();
    expect(tree.queryByText('Loading…')).not.toBeInTheDocument();
  });
});

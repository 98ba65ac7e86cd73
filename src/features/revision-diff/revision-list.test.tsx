import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QUAY_WALL_REVISIONS } from '../../../tests/fixtures/entity-tree-fixture';
import { mockState } from '../../../tests/fixtures/mock-server';
import { renderApp } from '../../../tests/fixtures/render-app';
import type { EntityRevision } from '../../api/revisions/schemas';

describe('revision list with a revision the server sent in a shape we cannot read', () => {
  it('lists it with its id and why, cannot pick it, and keeps every other revision', async () => {
    const [newest, ...older] = QUAY_WALL_REVISIONS();
    const odd = { ...(newest as EntityRevision), id: 105, created_date: 'last Tuesday' };
    mockState.revisions = { 11: [odd, newest as EntityRevision, ...older] };
    renderApp('/workspaces/1/entities/11/revisions');

    expect(await screen.findByRole('heading', { name: 'Revision #103 → #104' })).toBeVisible();
    const table = within(screen.getByRole('table'));
    const oddRow = within(table.getByText('Revision #105 could not be read').closest('tr') as HTMLElement);
    expect(oddRow.getByText(': created_date is not a valid datetime')).toBeVisible();
    expect(oddRow.queryByRole('radio')).not.toBeInTheDocument();
    expect(oddRow.queryByRole('button', { name: /Restore/ })).not.toBeInTheDocument();
    for (const id of [101, 102, 103, 104]) {
      expect(table.getByRole('radio', { name: `Compare from revision ${id}` })).toBeInTheDocument();
    }
  });
});

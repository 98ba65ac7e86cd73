import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { mockServer, mockState } from '../../../tests/fixtures/mock-server';
import { renderApp } from '../../../tests/fixtures/render-app';
import { EDIT, openAndEditLength, quayWall } from './edit-page.test-utils';

/**
 * Saving where the contract is silent: the PUT reply may leave params out, revisions may be listed
 * in either order, with or without params, and keys may come back in another order.
 */

afterEach(() => sessionStorage.clear());

/** Someone else's save lands between our check and our PUT. */
function theySaveDuringOurPut(change: { properties?: Record<string, unknown>; name?: string }) {
  mockServer.use(
    http.put(
      '*/api/workspaces/:ws/entities/:id/',
      () => {
        const entity = quayWall();
        if (!entity) throw new Error('no quay wall');
        const properties = { ...entity.properties, ...change.properties };
        const savedAt = new Date(Date.now() - 1).toISOString();
        Object.assign(entity, { properties, name: change.name ?? entity.name, updated_at: savedAt });
        mockState.revisions[11]?.unshift({ id: 900, created_date: savedAt, properties, created_by: 3 });
        return undefined;
      },
      { once: true },
    ),
  );
}

describe('a PUT reply without params', () => {
  it('keeps the params that were sent: nothing disappears from the editor, the next save sends them all', async () => {
    mockState.putReplyWithoutParams = true;
    const { user } = await openAndEditLength('20.5');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved as a new revision.')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'No unsaved changes' })).toBeVisible();
    expect(screen.getByLabelText('length_unit')).toHaveValue('m');

    await user.clear(screen.getByLabelText('length'));
    await user.type(screen.getByLabelText('length'), '21');
    await screen.findByRole('heading', { name: /Your changes: 0 added, 0 removed, 1 changed/ });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved as a new revision.');
    expect(mockState.puts.at(-1)).toEqual(
      expect.objectContaining({
        properties: expect.objectContaining({ length: 21, length_unit: 'm', soil: expect.any(Object) }),
      }),
    );
  });
});

describe('a write that would leave the params empty', () => {
  it('is refused with a clear message, and nothing is written', async () => {
    const { user } = renderApp(EDIT);
    await screen.findByLabelText('length');
    await user.click(screen.getByRole('button', { name: 'JSON' }));
    const text = screen.getByRole('textbox', { name: /JSON/ });
    await user.clear(text);
    await user.type(text, '{{}');
    await screen.findByRole('heading', { name: /Your changes: 0 added, \d+ removed/ });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'replace all of the entity’s parameters with an empty document: nothing was written',
    );
    expect(mockState.puts).toEqual([]);
  });
});

describe.each([
  { order: 'newest-first', reorder: false },
  { order: 'oldest-first', reorder: false },
  { order: 'newest-first', reorder: true },
  { order: 'oldest-first', reorder: true },
] as const)('a save landing at the same moment ($order, keys reordered: $reorder)', ({ order, reorder }) => {
  it('is found after our PUT and merged back in', async () => {
    mockState.revisionOrder = order;
    mockState.reorderStoredKeys = reorder;
    const { user } = await openAndEditLength('28');
    theySaveDuringOurPut({ properties: { width: 7 } });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const merge = await screen.findByRole('region', { name: /Someone else saved this entity/ });
    await user.click(within(merge).getByRole('button', { name: 'Save merged version' }));
    await screen.findByText('Saved as a new revision.');
    expect(mockState.puts.at(-1)).toEqual(
      expect.objectContaining({ properties: expect.objectContaining({ length: 28, width: 7 }) }),
    );
  });

  it('is found when it was only a rename', async () => {
    mockState.revisionOrder = order;
    mockState.reorderStoredKeys = reorder;
    const { user } = await openAndEditLength('29');
    theySaveDuringOurPut({ name: 'Quay wall north' });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('region', { name: /Someone else saved this entity/ })).toBeVisible();
  });

  it('alone, is just saved', async () => {
    mockState.revisionOrder = order;
    mockState.reorderStoredKeys = reorder;
    const { user } = await openAndEditLength('30');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved as a new revision.')).toBeVisible();
    expect(screen.queryByRole('region', { name: /Someone else saved/ })).not.toBeInTheDocument();
  });
});

describe('when the check after a successful PUT cannot decide', () => {
  it('says saved, but a concurrent save could not be ruled out, when the history has no params', async () => {
    mockState.revisionsWithoutParams = true;
    const { user } = await openAndEditLength('31');
    theySaveDuringOurPut({ properties: { width: 8 } });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    // The app-wide request status is a live region too: find the warning by what it says.
    expect(await screen.findByText(/^Saved, but a concurrent save could not be ruled out/)).toHaveAttribute(
      'role',
      'status',
    );
    expect(screen.queryByText(/Not saved/)).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'No unsaved changes' })).toBeVisible();
  });

  it('says saved, but a concurrent save could not be ruled out, when the history cannot be read', async () => {
    const { user } = await openAndEditLength('32');
    mockServer.use(
      http.put('*/api/workspaces/:ws/entities/:id/', () => {
        mockServer.use(
          http.get('*/api/workspaces/:ws/entities/:id/revisions/', () =>
            HttpResponse.json({ detail: 'Unavailable' }, { status: 503 }),
          ),
        );
        return undefined;
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    // The app-wide request status is a live region too: find the warning by what it says.
    expect(await screen.findByText(/^Saved, but a concurrent save could not be ruled out/)).toHaveAttribute(
      'role',
      'status',
    );
    expect(mockState.puts).toHaveLength(1);
    expect(screen.queryByText(/Not saved/)).not.toBeInTheDocument();
  });
});

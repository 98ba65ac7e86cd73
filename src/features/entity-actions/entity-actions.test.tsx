import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockServer, mockState } from '../../../tests/fixtures/mock-server';
import { renderApp } from '../../../tests/fixtures/render-app';

const tree = () => within(screen.getByRole('tree', { name: /Entities of/ }));

describe('entity actions', () => {
  it('renames: a new revision with the latest params, the heading and the tree label update', async () => {
    const { user } = renderApp('/workspaces/1/entities/11');
    await screen.findByRole('heading', { name: 'Quay wall' });
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    const dialog = screen.getByRole('dialog', { name: 'Rename Quay wall' });
    const input = within(dialog).getByRole('textbox', { name: 'New name' });
    await user.clear(input);
    await user.type(input, 'Quay wall north');
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }));

    expect(await screen.findByRole('heading', { name: 'Quay wall north' })).toBeVisible();
    expect(await tree().findByRole('treeitem', { name: 'Quay wall north' })).toBeInTheDocument();
    expect(mockState.puts).toEqual([
      expect.objectContaining({
        name: 'Quay wall north',
        properties: mockState.revisions[11]?.[1]?.properties,
      }),
    ]);
  });

  it('never renames with params the server did not send: refused, nothing written', async () => {
    const { user } = renderApp('/workspaces/1/entities/11');
    await screen.findByRole('heading', { name: 'Quay wall' });
    // From now on the server answers without params, even when asked for them.
    mockServer.use(
      http.get('*/api/workspaces/:ws/entities/:id/', ({ params }) => {
        const entity = mockState.entities.find((candidate) => candidate.id === Number(params.id));
        if (!entity) return HttpResponse.json({ detail: 'Not found.' }, { status: 404 });
        const { properties: _notSent, ...rest } = entity;
        return HttpResponse.json(rest);
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    const dialog = screen.getByRole('dialog', { name: 'Rename Quay wall' });
    await user.type(within(dialog).getByRole('textbox', { name: 'New name' }), ' north');
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }));
    expect(await within(dialog).findByText(/did not send this entity’s parameters/)).toBeVisible();
    expect(mockState.puts).toEqual([]);
  });

  it('keeps the dialog and says why when a rename is refused', async () => {
    mockServer.use(
      http.put('*/api/workspaces/:ws/entities/:id/', () =>
        HttpResponse.json({ name: ['An entity with this name already exists.'] }, { status: 400 }),
      ),
    );
    const { user } = renderApp('/workspaces/1/entities/11');
    await screen.findByRole('heading', { name: 'Quay wall' });
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    const dialog = screen.getByRole('dialog', { name: 'Rename Quay wall' });
    await user.type(within(dialog).getByRole('textbox', { name: 'New name' }), ' 2');
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }));
    expect(await within(dialog).findByText('An entity with this name already exists.')).toBeVisible();
    const name = within(dialog).getByRole('textbox', { name: 'New name' });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('An entity with this name already exists.');
    expect(name).toHaveValue('Quay wall 2');
    expect(screen.getByRole('heading', { name: 'Quay wall' })).toBeVisible();
  });

  it('creates a child of an allowed type, copying a sibling’s params, and selects it in the tree', async () => {
    const { user, router } = renderApp('/workspaces/1/entities/1');
    await screen.findByRole('heading', { name: 'Alpha project' });
    await user.click(screen.getByRole('button', { name: 'Add child' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a child to Alpha project' });
    await within(dialog).findByRole('option', { name: 'Structure' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Mooring dolphin');
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Initial parameters' }),
      await within(dialog).findByRole('option', { name: 'Copy of Quay wall' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));

    const created = await tree().findByRole('treeitem', { name: 'Mooring dolphin' });
    await waitFor(() => expect(created).toHaveAttribute('aria-selected', 'true'));
    expect(created).toHaveAttribute('aria-level', '2');
    expect(router.state.location.pathname).toMatch(/^\/workspaces\/1\/entities\/\d+$/);
    expect(mockState.posts).toEqual([
      { entity_type: 2, name: 'Mooring dolphin', properties: mockState.revisions[11]?.[0]?.properties },
    ]);
  });

  it('shows a refused child name at the name field', async () => {
    mockServer.use(
      http.post('*/api/workspaces/:ws/entities/:id/entities/', () =>
        HttpResponse.json({ name: ['Names may not contain “/”.'] }, { status: 400 }),
      ),
    );
    const { user } = renderApp('/workspaces/1/entities/1');
    await screen.findByRole('heading', { name: 'Alpha project' });
    await user.click(screen.getByRole('button', { name: 'Add child' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a child to Alpha project' });
    await within(dialog).findByRole('option', { name: 'Structure' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'a/b');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await within(dialog).findByText('Names may not contain “/”.')).toBeVisible();
  });

  it('deletes a subtree after the name is typed, and selects the parent', async () => {
    const { user, router } = renderApp('/workspaces/1/entities/11');
    await screen.findByRole('heading', { name: 'Quay wall' });
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete Quay wall' });
    expect(
      await within(dialog).findByText(/Its 3 children and everything below them will be deleted too/),
    ).toBeVisible();
    const confirm = within(dialog).getByRole('button', { name: 'Delete' });
    expect(confirm).toBeDisabled();
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Type the entity’s name to confirm' }),
      'Quay wall',
    );
    await user.click(confirm);

    await waitFor(() => expect(router.state.location.pathname).toBe('/workspaces/1/entities/1'));
    expect(mockState.deleted).toEqual([11]);
    await waitFor(() =>
      expect(tree().queryByRole('treeitem', { name: 'Quay wall' })).not.toBeInTheDocument(),
    );
    expect(tree().getByRole('treeitem', { name: 'Alpha project' })).toHaveAttribute('aria-selected', 'true');
  });

  it('is read-only, saying why, in an archived workspace', async () => {
    mockState.workspaces[0] = {
      ...(mockState.workspaces[0] as (typeof mockState.workspaces)[0]),
      is_archived: true,
    };
    renderApp('/workspaces/1/entities/11');
    await screen.findByRole('heading', { name: 'Quay wall' });
    for (const name of ['Rename', 'Add child', 'Delete'])
      expect(screen.getByRole('button', { name })).toBeDisabled();
    expect(screen.getByText('Read-only: this workspace is archived.')).toBeVisible();
  });
});

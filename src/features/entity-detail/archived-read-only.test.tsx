import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { omit } from '../../../tests/fixtures/builders';
import { mockServer, mockState } from '../../../tests/fixtures/mock-server';
import { renderApp } from '../../../tests/fixtures/render-app';
import type { Workspace } from '../../api/workspaces/schemas';

const ENTITY = '/workspaces/1/entities/11';

/**
 * Every request that is not a read. The mock server would accept writes to an archived workspace:
 * what keeps them from being sent is the dashboard, which is what these tests are about.
 */
function recordWrites(): string[] {
  const writes: string[] = [];
  mockServer.use(
    http.all('*', ({ request }) => {
      if (request.method !== 'GET' && request.method !== 'HEAD')
        writes.push(`${request.method} ${new URL(request.url).pathname}`);
      return undefined;
    }),
  );
  return writes;
}

afterEach(() => sessionStorage.clear());

function setWorkspace(patch: (workspace: Workspace) => Workspace) {
  mockState.workspaces[0] = patch(mockState.workspaces[0] as Workspace);
}

describe('an archived workspace is read-only everywhere', () => {
  let writes: string[];
  beforeEach(() => {
    setWorkspace((workspace) => ({ ...workspace, is_archived: true }));
    writes = recordWrites();
  });

  it('entity page: rename, add child, delete and run are disabled, each saying why', async () => {
    const { user } = renderApp(ENTITY);
    await screen.findByRole('heading', { name: 'Quay wall' });
    expect(screen.getByRole('note')).toHaveTextContent('This workspace is archived: read-only.');

    for (const name of ['Rename', 'Add child', 'Delete']) {
      const button = screen.getByRole('button', { name });
      expect(button).toBeDisabled();
      expect(button).toHaveAccessibleDescription('this workspace is archived.');
      await user.click(button);
    }
    expect(screen.getByText('Read-only: this workspace is archived.')).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    const run = screen.getByRole('button', { name: 'Run' });
    expect(run).toBeDisabled();
    expect(run).toHaveAccessibleDescription('This workspace is archived: methods cannot be run.');
    expect(screen.getByRole('combobox', { name: 'Method name' })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: 'Params (JSON)' })).toBeDisabled();
    await user.click(run);

    expect(writes).toEqual([]);
  });

  it('edit page opened straight from its URL: no save, fields read-only, no draft offered', async () => {
    // A draft left from before the workspace was archived must not be offered for saving either.
    sessionStorage.setItem(
      'viktor-dashboard:draft:1:11',
      JSON.stringify({
        version: 1,
        base: { name: 'Quay wall', properties: {} },
        name: 'Quay wall',
        properties: { geometry: { length: 99 } },
        savedAt: '2026-11-30T10:00:00.000Z',
      }),
    );
    const { user } = renderApp(`${ENTITY}/edit`);
    expect(await screen.findByText('Read-only: this workspace is archived.')).toBeVisible();
    const length = screen.getByLabelText('length');
    expect(length).toHaveAttribute('readonly');
    await user.type(length, '7');
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Restore draft' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Revision message/ })).not.toBeInTheDocument();
    expect(writes).toEqual([]);
  });

  it('revisions page: every restore is disabled, saying why', async () => {
    const { user } = renderApp(`${ENTITY}/revisions`);
    await screen.findByRole('heading', { name: 'Revision #103 → #104' });
    const restores = screen.getAllByRole('button', { name: /^Restore revision / });
    expect(restores.length).toBeGreaterThan(1);
    for (const button of restores) {
      expect(button).toBeDisabled();
      expect(button).toHaveAccessibleDescription('This workspace is archived.');
      await user.click(button);
    }
    expect(screen.getByText(/Restore is not available: This workspace is archived/)).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(writes).toEqual([]);
  });
});

describe('a workspace that does not say whether it is archived', () => {
  beforeEach(() => setWorkspace((workspace) => omit(workspace, 'is_archived') as Workspace));

  it('is not treated as archived: the server decides', async () => {
    const { user } = renderApp(ENTITY);
    await screen.findByRole('heading', { name: 'Quay wall' });
    for (const name of ['Rename', 'Add child', 'Delete'])
      expect(screen.getByRole('button', { name })).toBeEnabled();
    expect(screen.queryByText(/archived/)).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Method name' })).toBeEnabled();

    await user.click(screen.getByRole('link', { name: 'Edit' }));
    expect(await screen.findByRole('button', { name: 'Save' })).toBeInTheDocument();
  });

  it('still shows the server’s refusal when it says no', async () => {
    mockServer.use(
      http.put('*/api/workspaces/:ws/entities/:id/', () =>
        HttpResponse.json({ detail: 'This workspace is archived and read-only.' }, { status: 403 }),
      ),
    );
    // Handlers added later run first: this one sees every request before the refusal answers it.
    const writes = recordWrites();
    const { user } = renderApp(ENTITY);
    await screen.findByRole('heading', { name: 'Quay wall' });
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    const dialog = screen.getByRole('dialog', { name: 'Rename Quay wall' });
    await user.type(within(dialog).getByRole('textbox', { name: 'New name' }), ' north');
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'This workspace is archived and read-only.',
    );
    expect(writes).toEqual(['PUT /api/workspaces/1/entities/11/']);
  });
});

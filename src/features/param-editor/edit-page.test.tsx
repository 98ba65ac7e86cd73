import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { mockServer, mockState } from '../../../tests/fixtures/mock-server';
import { renderApp } from '../../../tests/fixtures/render-app';
import { EDIT, openAndEditLength, quayWall, theySave } from './edit-page.test-utils';

// Unmount first: an editor writes its waiting draft on the way out, and it must not reach the next test.
afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

describe('editing params', () => {
  it('keeps an edit typed just before the editor goes away (a draft is written on the way out)', async () => {
    const { user } = renderApp(EDIT);
    const length = await screen.findByLabelText('length');
    await user.clear(length);
    await user.type(length, '24');
    // Unmounted at once: before the pause in typing that normally writes the draft.
    cleanup();
    expect(sessionStorage.getItem('viktor-dashboard:draft:1:11')).toContain('"length":24');
  });

  it('saves an edit as a new revision, with its message, and shows it without a reload', async () => {
    const { user } = await openAndEditLength('20.125');
    await user.type(screen.getByRole('textbox', { name: 'Revision message (optional)' }), 'Longer quay');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved as a new revision.')).toBeVisible();
    expect(mockState.puts).toEqual([
      expect.objectContaining({
        name: 'Quay wall',
        message: 'Longer quay',
        properties: expect.objectContaining({ length: 20.125 }),
      }),
    ]);
    expect(screen.getByRole('heading', { name: 'No unsaved changes' })).toBeVisible();
    await user.click(screen.getByRole('link', { name: 'Details' }));
    const params = within(await screen.findByRole('region', { name: 'Parameters' }));
    expect(params.getByRole('treeitem', { name: /^length: 20.125/ })).toBeInTheDocument();
  });

  it('keeps the edit when the save fails, and says so', async () => {
    mockServer.use(
      http.put('*/api/workspaces/:ws/entities/:id/', () =>
        HttpResponse.json({ detail: 'Boom' }, { status: 500 }),
      ),
    );
    const { user } = await openAndEditLength('21');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not saved: Boom Your changes are kept as a draft in this tab',
    );
    expect(screen.getByLabelText('length')).toHaveValue('21');
    expect(sessionStorage.getItem('viktor-dashboard:draft:1:11')).toContain('"length":21');
  });

  it('says when the entity was deleted meanwhile, keeps the values and offers them as a file', async () => {
    const { user } = await openAndEditLength('29');
    // Deleted by someone else: every request about it is now a 404.
    mockServer.use(
      http.all('*/api/workspaces/:ws/entities/:id/*', () =>
        HttpResponse.json({ detail: 'Not found.' }, { status: 404 }),
      ),
    );
    const files: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (file: Blob | MediaSource) => {
      files.push(file as Blob);
      return 'blob:unsaved-params';
    };
    try {
      await user.click(screen.getByRole('button', { name: 'Save' }));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(
        'Not saved: This entity no longer exists: it was deleted after you opened it.',
      );
      expect(screen.getByLabelText('length')).toHaveValue('29');
      await user.click(within(alert).getByRole('button', { name: 'Download your values (JSON)' }));
      expect(files).toHaveLength(1);
      expect(JSON.parse(await (files[0] as Blob).text())).toEqual(expect.objectContaining({ length: 29 }));
    } finally {
      URL.createObjectURL = original;
    }
    expect(mockState.puts).toEqual([]);
  });

  it('keeps an edit in view, and says whose values they are, when the entity is locked under it', async () => {
    const { queryClient, user, router } = await openAndEditLength('31');
    await waitFor(() =>
      expect(sessionStorage.getItem('viktor-dashboard:draft:1:11')).toContain('"length":31'),
    );
    // A refetch (focus, another tab) learns that someone has taken the lock.
    Object.assign(quayWall() ?? {}, {
      locked: true,
      locked_by: { id: 3, first_name: 'Karl', last_name: 'Terzaghi', email: 'karl@example.com' },
    });
    await queryClient.invalidateQueries({ queryKey: ['entities'] });
    expect(await screen.findByText('Read-only: it is locked by Karl Terzaghi.')).toBeVisible();
    expect(
      screen.getByText(/^Your unsaved changes are shown below and kept as a draft in this tab/),
    ).toBeVisible();
    expect(screen.getByLabelText('length')).toHaveValue('31');
    expect(sessionStorage.getItem('viktor-dashboard:draft:1:11')).toContain('"length":31');
    // Leaving asks, as it did while editable, and the draft stays.
    await user.click(screen.getByRole('link', { name: 'Details' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Leave' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/workspaces/1/entities/11'));
    expect(sessionStorage.getItem('viktor-dashboard:draft:1:11')).toContain('"length":31');
  });

  it('keeps the edit when the token has expired', async () => {
    const { user } = await openAndEditLength('22');
    mockServer.use(
      http.get('*/api/workspaces/:ws/entities/:id/', () =>
        HttpResponse.json(
          { detail: 'No authentication found or authentication is not correct.' },
          { status: 401 },
        ),
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('session has expired');
    expect(screen.getByLabelText('length')).toHaveValue('22');
    expect(mockState.puts).toEqual([]);
  });

  it('shows server validation errors at the field they name', async () => {
    mockServer.use(
      http.put('*/api/workspaces/:ws/entities/:id/', () =>
        HttpResponse.json({ properties: { length: ['Must be at most 100 m.'] } }, { status: 400 }),
      ),
    );
    const { user } = await openAndEditLength('250');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByLabelText('length')).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByLabelText('length')).toHaveAccessibleDescription(/Must be at most 100 m\./);
  });

  it('does not overwrite a concurrent save: merges their other changes in, then saves', async () => {
    const { user } = await openAndEditLength('23');
    theySave({ width: 5 });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const merge = await screen.findByRole('region', { name: /Someone else saved this entity/ });
    expect(mockState.puts).toEqual([]);
    await user.click(within(merge).getByRole('button', { name: 'Save merged version' }));
    expect(await screen.findByText('Saved as a new revision.')).toBeVisible();
    expect(mockState.puts).toEqual([
      expect.objectContaining({ properties: expect.objectContaining({ length: 23, width: 5 }) }),
    ]);
  });

  it('notices a save that slipped in just before ours, and merges it back', async () => {
    const { user } = await openAndEditLength('28');
    // Theirs lands between our check and our PUT: ours goes in on top of it.
    mockServer.use(
      http.put(
        '*/api/workspaces/:ws/entities/:id/',
        () => {
          theySave({ width: 7 });
          return undefined;
        },
        { once: true },
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const merge = await screen.findByRole('region', { name: /Someone else saved this entity/ });
    expect(mockState.puts).toHaveLength(1);
    await user.click(within(merge).getByRole('button', { name: 'Save merged version' }));
    await screen.findByText('Saved as a new revision.');
    expect(mockState.puts.at(-1)).toEqual(
      expect.objectContaining({ properties: expect.objectContaining({ length: 28, width: 7 }) }),
    );
  });

  it('asks which value wins when both changed the same field', async () => {
    const { user } = await openAndEditLength('24');
    theySave({ length: 30 });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const merge = await screen.findByRole('region', { name: /Someone else saved this entity/ });
    const save = within(merge).getByRole('button', { name: 'Save merged version' });
    expect(save).toBeDisabled();
    await user.click(
      within(within(merge).getByRole('group', { name: 'length' })).getByRole('radio', {
        name: 'Take theirs',
      }),
    );
    await user.click(save);
    await screen.findByText('Saved as a new revision.');
    expect(mockState.puts).toEqual([
      expect.objectContaining({ properties: expect.objectContaining({ length: 30 }) }),
    ]);
  });

  it('offers a draft back after a reload, with what it changes', async () => {
    await openAndEditLength('25');
    await waitFor(() =>
      expect(sessionStorage.getItem('viktor-dashboard:draft:1:11')).toContain('"length":25'),
    );
    cleanup(); // the tab reloads
    const { user } = renderApp(EDIT);
    const offer = await screen.findByRole('region', { name: 'Unsaved draft' });
    expect(await within(offer).findByRole('listitem', { name: 'length changed' })).toBeInTheDocument();
    await user.click(within(offer).getByRole('button', { name: 'Restore draft' }));
    expect(await screen.findByLabelText('length')).toHaveValue('25');
  });

  it('discards a draft only when asked', async () => {
    await openAndEditLength('26');
    await waitFor(() => expect(sessionStorage.getItem('viktor-dashboard:draft:1:11')).not.toBeNull());
    cleanup();
    const { user } = renderApp(EDIT);
    await user.click(await screen.findByRole('button', { name: 'Discard draft' }));
    expect(await screen.findByLabelText('length')).toHaveValue('19');
    expect(sessionStorage.getItem('viktor-dashboard:draft:1:11')).toBeNull();
  });

  it('asks before leaving with unsaved changes', async () => {
    const { user, router } = await openAndEditLength('27');
    await user.click(screen.getByRole('link', { name: 'Details' }));
    const ask = await screen.findByRole('alertdialog');
    await user.click(within(ask).getByRole('button', { name: 'Stay' }));
    expect(router.state.location.pathname).toBe(EDIT);
    expect(screen.getByLabelText('length')).toHaveValue('27');
    await user.click(screen.getByRole('link', { name: 'Details' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Leave' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/workspaces/1/entities/11'));
  });

  it('is read-only, saying why, in an archived workspace', async () => {
    mockState.workspaces[0] = {
      ...(mockState.workspaces[0] as (typeof mockState.workspaces)[0]),
      is_archived: true,
    };
    renderApp(EDIT);
    expect(await screen.findByText('Read-only: this workspace is archived.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });
});

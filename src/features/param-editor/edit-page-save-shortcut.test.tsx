import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { mockState } from '../../../tests/fixtures/mock-server';
import { renderApp } from '../../../tests/fixtures/render-app';
import { EDIT, openAndEditLength, theySave } from './edit-page.test-utils';

// Unmount first: an editor writes its waiting draft on the way out, and it must not reach the next test.
afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

const yourChanges = () => within(screen.getByRole('region', { name: 'Your changes' }));
/** Ctrl-S as the browser would send it; false when the page prevented the default ("Save page"). */
const ctrlS = (target: Element) => fireEvent.keyDown(target, { key: 's', ctrlKey: true });

describe('Ctrl-S on the Edit tab', () => {
  it('saves from a field, with the revision message, and leaves the focus in the field', async () => {
    const { user } = await openAndEditLength('27.5');
    await user.type(yourChanges().getByRole('textbox', { name: 'Revision message (optional)' }), 'Via keys');
    const length = screen.getByLabelText('length');
    await user.click(length);

    await user.keyboard('{Control>}s{/Control}');
    expect(await screen.findByText('Saved as a new revision.')).toBeVisible();
    expect(mockState.puts).toEqual([
      expect.objectContaining({ message: 'Via keys', properties: expect.objectContaining({ length: 27.5 }) }),
    ]);
    expect(yourChanges().getByRole('heading', { name: 'No unsaved changes' })).toBeVisible();
    // No "s" typed into the field, and the user goes on typing where they were.
    expect(length).toHaveValue('27.5');
    expect(length).toHaveFocus();
  });

  it('shows the shortcut on Save and announces it, the name staying "Save"', async () => {
    renderApp(EDIT);
    const save = await screen.findByRole('button', { name: 'Save' });
    expect(save).toHaveAttribute('aria-keyshortcuts', 'Control+S Meta+S');
    expect(within(save).getByText('Ctrl S')).toBeVisible();
  });

  it('does nothing when nothing changed, but keeps the browser from saving the page', async () => {
    const { user } = renderApp(EDIT);
    const length = await screen.findByLabelText('length');
    await user.click(length);
    expect(yourChanges().getByRole('button', { name: 'Save' })).toBeDisabled();

    expect(ctrlS(length), 'default prevented').toBe(false);
    expect(mockState.puts).toEqual([]);
    expect(screen.queryByText('Saved as a new revision.')).not.toBeInTheDocument();
    expect(length).toHaveFocus();
  });

  it('goes into the merge when someone else saved meanwhile, as Save does', async () => {
    const { user } = await openAndEditLength('23.5');
    theySave({ width: 5 });
    await user.click(screen.getByLabelText('length'));

    await user.keyboard('{Meta>}s{/Meta}');
    expect(await screen.findByRole('region', { name: /Someone else saved this entity/ })).toBeVisible();
    expect(mockState.puts, 'nothing written until the merge is confirmed').toEqual([]);
  });

  it('is left to the browser on other pages', async () => {
    renderApp('/workspaces/1/entities/11');
    await screen.findByRole('region', { name: 'Parameters' });
    expect(ctrlS(document.body), 'default not prevented').toBe(true);
  });
});

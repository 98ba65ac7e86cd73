import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openAndEditLength, theySave } from './edit-page.test-utils';

const yourChanges = () => within(screen.getByRole('region', { name: 'Your changes' }));

// Save and Discard disable themselves once pressed: focus must not fall to <body> with them.
describe('the Edit tab from the keyboard', () => {
  it('keeps focus on the changes heading after Enter on Save, where it says the edit was saved', async () => {
    const { user } = await openAndEditLength('25.5');
    yourChanges().getByRole('button', { name: 'Save' }).focus();

    await user.keyboard('{Enter}');
    expect(await screen.findByText('Saved as a new revision.')).toBeVisible();
    expect(yourChanges().getByRole('heading', { name: 'No unsaved changes' })).toHaveFocus();
    // The next Tab goes on inside the section, not from the top of the page.
    await user.tab();
    expect(yourChanges().getByRole('textbox', { name: 'Revision message (optional)' })).toHaveFocus();
  });

  it('keeps focus on the changes heading after Enter on Discard changes', async () => {
    const { user } = await openAndEditLength('26');
    yourChanges().getByRole('button', { name: 'Discard changes' }).focus();

    await user.keyboard('{Enter}');
    expect(await yourChanges().findByRole('heading', { name: 'No unsaved changes' })).toHaveFocus();
  });
});

describe('a save that meets someone else’s, from the keyboard', () => {
  it('takes focus to the merge, and back to the changes heading when it is cancelled', async () => {
    const { user } = await openAndEditLength('23');
    theySave({ width: 5 });
    yourChanges().getByRole('button', { name: 'Save' }).focus();

    await user.keyboard('{Enter}');
    const merge = await screen.findByRole('region', { name: /Someone else saved this entity/ });
    const title = within(merge).getByRole('heading', { name: /Someone else saved this entity/ });
    await waitFor(() => expect(title).toHaveFocus());

    within(merge).getByRole('button', { name: 'Cancel' }).focus();
    await user.keyboard('{Enter}');
    expect(merge).not.toBeInTheDocument();
    expect(yourChanges().getByRole('heading', { name: /^Your changes/ })).toHaveFocus();
  });
});

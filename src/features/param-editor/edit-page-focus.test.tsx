import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openAndEditLength } from './edit-page.test-utils';

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

import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../tests/fixtures/render-app';

describe('Skip to content', () => {
  it('is the first Tab stop and moves focus past the header to the page’s main landmark', async () => {
    const { user } = renderApp('/workspaces');
    const main = await screen.findByRole('main');
    await screen.findByRole('link', { name: 'VIKTOR workspaces' });

    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to content' });
    expect(skip).toHaveFocus();
    expect(skip).toHaveAttribute('href', `#${main.id}`);
    expect(document.getElementById(main.id), 'the only element with that id').toBe(main);

    await user.keyboard('{Enter}');
    expect(main).toHaveFocus();
    // From there Tab goes on inside the page, not back through the header.
    await user.tab();
    expect(main).toContainElement(document.activeElement as HTMLElement);
  });
});

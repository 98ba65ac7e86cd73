import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { JsonViewer } from './json-viewer';
import { bigParams, countNodes } from './json-viewer.fixtures';

describe('JsonViewer with a 1 MB document', () => {
  it('renders only the rows on screen, in table and tree form', async () => {
    const user = userEvent.setup();
    const value = bigParams();
    const nodes = countNodes(value);
    expect(JSON.stringify(value).length).toBeGreaterThan(1_000_000);
    expect(nodes).toBeGreaterThan(55_000);

    render(<JsonViewer value={value} label="Parameters of the pile plan" />);
    const table = screen.getByRole('table', { name: 'pile_plan.piles' });
    expect(table).toHaveAttribute('aria-rowcount', '5001');
    expect(within(table).getAllByRole('row').length).toBeLessThan(80);

    await user.click(screen.getByRole('button', { name: 'View as tree: pile_plan.piles' }));
    await user.click(screen.getByRole('button', { name: 'Expand all' }));
    const rendered = screen.getAllByRole('treeitem').length;
    expect(rendered).toBeGreaterThan(20);
    expect(rendered).toBeLessThan(100);

    await user.type(screen.getByRole('textbox', { name: 'Filter by key' }), 'u2');
    expect(screen.getByText('600 matching keys')).toBeInTheDocument();
    expect(screen.getAllByRole('treeitem').length).toBeLessThan(100);
  });
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { JsonViewer } from './json-viewer';
import { pileParams } from './json-viewer.fixtures';

function renderViewer(value: unknown = pileParams(), depth?: number) {
  render(<JsonViewer value={value} label="Parameters of Pile P-12" initialExpandDepth={depth} />);
  return screen.getByRole('tree', { name: 'Parameters of Pile P-12' });
}

const item = (name: string) => screen.getByRole('treeitem', { name: new RegExp(`^${name}:`) });

describe('JsonViewer', () => {
  it('shows nested keys with type-aware values', () => {
    renderViewer();
    expect(within(item('width')).getByText('0.4')).toHaveClass('tabular-nums');
    expect(within(item('method')).getByText('"driven"')).toBeInTheDocument();
    expect(within(item('predrilled')).getByText('false')).toBeInTheDocument();
    expect(within(item('verified')).getByText('true')).toBeInTheDocument();
    expect(within(item('remarks')).getByText('null')).toBeInTheDocument();
    expect(within(item('tags')).getByText('[]')).toBeInTheDocument();
    expect(within(item('extra')).getByText('{}')).toBeInTheDocument();
    expect(item('installation')).toHaveAttribute('aria-level', '1');
    expect(item('method')).toHaveAttribute('aria-level', '2');
  });

  it('shows the unit a sibling key, a key suffix or a shared unit names', () => {
    renderViewer();
    expect(within(item('length')).getByText('m')).toBeInTheDocument();
    expect(within(item('tip_level')).getByText('m NAP')).toBeInTheDocument();
    expect(within(item('Fz_kN')).getByText('kN')).toBeInTheDocument();
    expect(within(item('x')).getByText('m')).toBeInTheDocument();
    expect(item('Fz \\(kN\\)')).toHaveAccessibleName('Fz (kN): 12');
  });

  it('collapses and expands one node, then all of them', async () => {
    const user = userEvent.setup();
    renderViewer();
    const geometry = screen.getByRole('button', { name: 'geometry' });
    expect(geometry).toHaveAttribute('aria-expanded', 'true');

    await user.click(geometry);
    expect(geometry).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('tip_level')).not.toBeInTheDocument();
    expect(within(item('geometry')).getByText('6 keys')).toBeInTheDocument();

    await user.click(geometry);
    expect(screen.getByText('tip_level')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Collapse all' }));
    expect(screen.getAllByRole('treeitem').map((row) => row.getAttribute('aria-level'))).toEqual(
      Array(9).fill('1'),
    );

    await user.click(screen.getByRole('button', { name: 'Expand all' }));
    expect(screen.getByRole('button', { name: 'geometry' })).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('button', { name: 'View as tree: soil.layers' }));
    // Expand all opened the layer items too, so they show open as soon as the table becomes a tree.
    expect(screen.getByRole('button', { name: '[0]' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: '[1]' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('filters by key at any depth, keeping the way to each match open', async () => {
    const user = userEvent.setup();
    renderViewer(pileParams(), 0);
    expect(screen.queryByText('phi')).not.toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Filter by key' }), 'PHI');
    expect(screen.getAllByText('phi')).toHaveLength(3);
    expect(screen.getAllByText('phi_unit')).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'soil' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: 'layers' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.queryByText('geometry')).not.toBeInTheDocument();
    expect(screen.queryByText('name')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'layers' }));
    expect(screen.queryByText('phi')).not.toBeInTheDocument();

    await user.clear(screen.getByRole('textbox', { name: 'Filter by key' }));
    await user.type(screen.getByRole('textbox', { name: 'Filter by key' }), 'nothing-like-this');
    expect(screen.getByText('No keys match')).toBeInTheDocument();
    expect(screen.queryAllByRole('treeitem')).toHaveLength(0);
  });

  it('moves between rows and opens them with the arrow keys', async () => {
    const user = userEvent.setup();
    renderViewer(pileParams(), 0);
    const first = item('geometry');
    expect(first).toHaveAttribute('tabindex', '0');
    first.focus();
    await user.keyboard('{ArrowRight}');
    expect(first).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowDown}');
    expect(item('width')).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(item('geometry')).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(item('geometry')).toHaveAttribute('aria-expanded', 'false');
  });
});

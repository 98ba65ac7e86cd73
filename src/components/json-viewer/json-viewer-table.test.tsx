import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { formatPath, JsonViewer } from './json-viewer';
import { pileParams } from './json-viewer.fixtures';

function mockClipboard(writeText: (text: string) => Promise<void>) {
  const spy = vi.fn(writeText);
  // userEvent.setup() installs its own clipboard stub, so ours goes in after it.
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: spy } });
  return spy;
}

describe('JsonViewer tables', () => {
  it('shows an array of objects with the same keys as a table, with the tree a click away', async () => {
    const user = userEvent.setup();
    render(<JsonViewer value={pileParams()} label="Parameters" />);
    const table = screen.getByRole('table', { name: 'soil.layers' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual([
      '#',
      'name',
      'top_level',
      'top_level_unit',
      'gamma',
      'phi',
      'phi_unit',
      'Actions',
    ]);

    const peat = within(table).getByRole('row', { name: /\[1\]/ });
    expect(within(peat).getByText('"Peat"')).toBeInTheDocument();
    expect(within(peat).getByText('-1.2')).toHaveTextContent('-1.2m NAP');
    expect(within(table).getAllByRole('row')).toHaveLength(4);

    await user.click(screen.getByRole('button', { name: 'View as tree: soil.layers' }));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '[1]' })).toHaveAttribute('aria-expanded', 'false');
    await user.click(screen.getByRole('button', { name: 'View as table: soil.layers' }));
    expect(screen.getByRole('table', { name: 'soil.layers' })).toBeInTheDocument();
  });

  it('keeps arrays of mismatched objects as a tree', () => {
    const value = {
      items: [
        { a: 1, b: 2, c: 3, d: 4, e: 5 },
        { a: 1, f: 2, g: 3, h: 4, i: 5 },
      ],
    };
    render(<JsonViewer value={value} label="Parameters" />);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '[0]' })).toBeInTheDocument();
  });

  it('copies a path and a value to the clipboard and says so', async () => {
    const user = userEvent.setup();
    const writeText = mockClipboard(async () => {});
    const { soil, loads, installation } = pileParams();
    render(<JsonViewer value={{ soil, loads, installation }} label="Parameters" initialExpandDepth={3} />);
    // Depth 3 opens the layer items as well, once they show as a tree.
    await user.click(screen.getByRole('button', { name: 'View as tree: soil.layers' }));

    await user.click(screen.getByRole('button', { name: 'Copy path soil.layers[2].phi' }));
    expect(writeText).toHaveBeenLastCalledWith('soil.layers[2].phi');
    expect(screen.getByRole('status')).toHaveTextContent('Copied path');

    await user.click(screen.getByRole('button', { name: 'Copy value of soil.layers[2].phi' }));
    expect(writeText).toHaveBeenLastCalledWith('32.5');

    await user.click(screen.getByRole('button', { name: 'Copy value of installation' }));
    expect(writeText).toHaveBeenLastCalledWith('{\n  "method": "driven",\n  "predrilled": false\n}');
    expect(screen.getByRole('status')).toHaveTextContent('Copied value');

    await user.click(screen.getByRole('button', { name: 'Copy path loads["Fz (kN)"]' }));
    expect(writeText).toHaveBeenLastCalledWith('loads["Fz (kN)"]');
  });

  it('copies a table row as its item', async () => {
    const user = userEvent.setup();
    const writeText = mockClipboard(async () => {});
    render(<JsonViewer value={pileParams()} label="Parameters" />);
    await user.click(screen.getByRole('button', { name: 'Copy value of soil.layers[0]' }));
    expect(JSON.parse(writeText.mock.lastCall?.[0] ?? '')).toEqual(pileParams().soil.layers[0]);
  });

  it('highlights given paths, opening the way to them, and shows an aside per leaf', () => {
    render(
      <JsonViewer
        value={pileParams()}
        label="Parameters"
        initialExpandDepth={0}
        highlightPaths={['geometry.length', 'soil.layers[1].phi']}
        renderAside={(path) => (formatPath(path) === 'geometry.length' ? 'rev 12 · 3 days ago' : null)}
      />,
    );
    const length = screen.getByRole('treeitem', { name: 'length: 21.5 m, highlighted' });
    expect(within(length).getByText('rev 12 · 3 days ago')).toBeInTheDocument();
    // The aside is heard as the row's description, after its name.
    expect(length).toHaveAccessibleDescription('rev 12 · 3 days ago');
    expect(screen.getByRole('treeitem', { name: 'width: 0.4 m' })).not.toHaveAttribute('aria-describedby');
    const peat = within(screen.getByRole('table', { name: 'soil.layers' })).getByRole('row', {
      name: /\[1\]/,
    });
    expect(within(peat).getByRole('cell', { name: /^15\s*deg\s*\(highlighted\)$/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'installation' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('says "Copy failed" when the clipboard refuses or is missing', async () => {
    const user = userEvent.setup();
    mockClipboard(async () => {
      throw new DOMException('Write permission denied.', 'NotAllowedError');
    });
    render(<JsonViewer value={pileParams()} label="Parameters" />);
    await user.click(screen.getByRole('button', { name: 'Copy path geometry.width' }));
    expect(screen.getByRole('status')).toHaveTextContent('Copy failed');

    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    await user.click(screen.getByRole('button', { name: 'Copy path geometry' }));
    expect(screen.getByRole('status')).toHaveTextContent('Copy failed');
  });
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { parseJson } from '../../lib/exact-json';
import { JsonViewer } from './json-viewer';

// As the API client reads it: integers beyond 2^53 are bigints.
const params = parseJson(`{
  "ext_id": 12345678901234567890,
  "counter": 9007199254740993,
  "length": 21.5,
  "length_unit": "m",
  "piles": [{ "id": 18446744073709551615, "Fz": 120 }, { "id": 18446744073709551614, "Fz": 95 }]
}`);

const item = (name: string) => screen.getByRole('treeitem', { name: new RegExp(`^${name}:`) });

describe('JsonViewer with integers beyond 2^53', () => {
  it('shows every digit, in the tree and in tables', () => {
    render(<JsonViewer value={params} label="Parameters" />);
    expect(within(item('ext_id')).getByText('12345678901234567890')).toHaveClass('tabular-nums');
    expect(item('ext_id')).toHaveAccessibleName('ext_id: 12345678901234567890');
    expect(within(item('counter')).getByText('9007199254740993')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'piles' });
    expect(within(table).getByText('18446744073709551615')).toBeInTheDocument();
    expect(within(table).getByText('18446744073709551614')).toBeInTheDocument();
  });

  it('copies the exact digits, alone and inside a copied object', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    render(<JsonViewer value={params} label="Parameters" />);

    await user.click(screen.getByRole('button', { name: 'Copy value of ext_id' }));
    expect(writeText).toHaveBeenLastCalledWith('12345678901234567890');
    expect(screen.getByRole('status')).toHaveTextContent('Copied value');

    await user.click(screen.getByRole('button', { name: 'Copy value of piles[0]' }));
    expect(writeText).toHaveBeenLastCalledWith('{\n  "id": 18446744073709551615,\n  "Fz": 120\n}');
  });
});

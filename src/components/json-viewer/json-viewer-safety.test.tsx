import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { JsonViewer } from './json-viewer';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';

describe('JsonViewer with hostile or awkward text', () => {
  it('shows markup in keys and values as text, in the tree and in tables', () => {
    const value = {
      remarks: IMG,
      [SCRIPT]: 1,
      rows: [
        { note: SCRIPT, [IMG]: true },
        { note: IMG, [IMG]: false },
      ],
    };
    const { container } = render(<JsonViewer value={value} label="Parameters" />);
    const remarks = screen.getByRole('treeitem', { name: /^remarks:/ });
    expect(within(remarks).getByText(`"${IMG}"`)).toBeInTheDocument();
    expect(screen.getByRole('treeitem', { name: `${SCRIPT}: 1` })).toHaveTextContent(SCRIPT);
    const table = screen.getByRole('table', { name: 'rows' });
    expect(within(table).getByRole('columnheader', { name: IMG })).toBeInTheDocument();
    expect(within(table).getByText(`"${SCRIPT}"`)).toBeInTheDocument();
    expect(container.querySelector('img, script')).toBeNull();
  });

  it('folds a long string to its start and unfolds it in place', async () => {
    const user = userEvent.setup();
    const note = `Start of a long note. ${'The pile tip is placed in the first sand layer. '.repeat(8)}End of note.`;
    render(<JsonViewer value={{ notes: [note] }} label="Parameters" />);
    expect(screen.queryByText(/End of note\./)).not.toBeInTheDocument();
    expect(screen.getByText(/Start of a long note\./)).toBeInTheDocument();
    // The name tells its start and its length, as the row shows them.
    expect(screen.getByRole('treeitem', { name: /^\[0\]: "Start of a long note\./ })).toHaveAccessibleName(
      `[0]: "${note.slice(0, 120)}…", ${note.length} characters`,
    );

    await user.click(screen.getByRole('button', { name: 'Show more of notes[0]' }));
    expect(screen.getByText(/End of note\./)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show less of notes[0]' }));
    expect(screen.queryByText(/End of note\./)).not.toBeInTheDocument();
  });

  it('shows a document that is a single value', () => {
    render(<JsonViewer value={42} label="Parameters" />);
    expect(screen.getByRole('treeitem', { name: 'value: 42' })).toBeInTheDocument();
  });
});

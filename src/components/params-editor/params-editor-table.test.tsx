import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { deepFreeze, pileParams, renderEditor } from './params-editor.test-utils';

const field = (path: string) => screen.getByLabelText(path);

function piles(count: number) {
  return deepFreeze({
    piles: Array.from({ length: count }, (_, i) => ({ id: `P-${i}`, Fz_kN: 600 + i, verified: i % 2 === 0 })),
  });
}

describe('ParamsEditor table', () => {
  it('shows a list of same-shaped objects as a table of inputs', () => {
    renderEditor(pileParams());
    const table = screen.getByRole('table', { name: 'soil.layers' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['#', 'name', 'top_level', 'phi', 'phi_unit', 'drained', 'remarks', 'Actions']);
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(field('soil.layers[1].name')).toHaveValue('Peat');
    expect(field('soil.layers[1].phi')).toHaveValue('15');
    expect(field('soil.layers[2].drained')).toBeChecked();
    expect(field('soil.layers[0].remarks')).toHaveDisplayValue('null');
  });

  it('edits a cell, copying only that row', async () => {
    const initial = pileParams();
    const { user, last } = renderEditor(initial);
    await user.clear(field('soil.layers[1].phi'));
    await user.type(field('soil.layers[1].phi'), '17.50');
    expect(field('soil.layers[1].phi')).toHaveValue('17.50');
    const layers = last().soil.layers;
    expect(layers[1]).toEqual({ ...initial.soil.layers[1], phi: 17.5 });
    expect(layers[0]).toBe(initial.soil.layers[0]);
    expect(initial.soil.layers[1]?.phi).toBe(15);

    await user.click(field('soil.layers[0].drained'));
    expect(last().soil.layers[0]?.drained).toBe(true);
  });

  it('adds a row with blank values of each column’s type', async () => {
    const { user, last } = renderEditor(pileParams());
    await user.click(screen.getByRole('button', { name: 'Add row to soil.layers' }));
    const layers = last().soil.layers;
    expect(layers).toHaveLength(4);
    // remarks is null in the first row but text in the second: the new row gets empty text.
    expect(layers[3]).toEqual({ name: '', top_level: 0, phi: 0, phi_unit: '', drained: false, remarks: '' });
    await user.type(field('soil.layers[3].name'), 'Gravel');
    expect(last().soil.layers[3]?.name).toBe('Gravel');
  });

  it('removes and reorders rows', async () => {
    const { user, last } = renderEditor(pileParams());
    await user.click(screen.getByRole('button', { name: 'Move soil.layers[2] up' }));
    const names = () => last().soil.layers.map((layer) => layer.name);
    expect(names()).toEqual(['Clay', 'Sand', 'Peat']);
    expect(field('soil.layers[1].name')).toHaveValue('Sand');
    expect(field('soil.layers[1].phi')).toHaveValue('32.5');

    await user.click(screen.getByRole('button', { name: 'Remove soil.layers[0]' }));
    expect(names()).toEqual(['Sand', 'Peat']);
    expect(screen.getAllByRole('row')).toHaveLength(3);
    expect(field('soil.layers[0].name')).toHaveValue('Sand');
  });

  it('renders the first 200 rows of a long table until asked for all', async () => {
    const { user } = renderEditor(piles(230));
    const table = screen.getByRole('table', { name: 'piles' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 200 + 1); // header, rows, gap
    expect(within(table).getByText('⋯ 30 rows not shown')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'piles[200].id' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show all 230 rows' }));
    expect(within(table).getAllByRole('row')).toHaveLength(231);
    expect(within(table).getByRole('textbox', { name: 'piles[229].Fz_kN' })).toHaveValue('829');
  });

  it('shows hidden rows a server error names, and rows added to a long table', async () => {
    const { user, last } = renderEditor(piles(450), {
      fieldErrors: { 'piles[300].Fz_kN': ['Above capacity'] },
    });
    expect(field('piles[300].Fz_kN')).toHaveAccessibleDescription('kN Above capacity');
    expect(screen.queryByLabelText('piles[299].Fz_kN')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add row to piles' }));
    expect(last().piles[450]).toEqual({ id: '', Fz_kN: 0, verified: false });
    expect(field('piles[450].id')).toHaveValue('');
  });
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { pileParams, renderEditor } from './params-editor.test-utils';

const field = (path: string) => screen.getByLabelText(path);

describe('ParamsEditor form', () => {
  it('edits text, booleans and nulls with immutable updates', async () => {
    const initial = pileParams();
    const { user, last } = renderEditor(initial);

    await user.type(field('name'), '-B');
    expect(last().name).toBe('P-12-B');
    expect(last().geometry).toBe(initial.geometry); // untouched branches are shared, not copied

    await user.click(field('verified'));
    expect(field('verified')).not.toBeChecked();
    expect(last().verified).toBe(false);

    expect(field('remarks')).toHaveDisplayValue('null');
    await user.selectOptions(field('remarks'), 'Set to number');
    expect(last().remarks).toBe(0);
    expect(field('remarks')).toHaveValue('0');
    expect(initial.remarks).toBeNull();
  });

  it('keeps the typed text of a number and never rounds it', async () => {
    const { user, onChange, last } = renderEditor({ factor: 0.1 });
    const input = field('factor');
    expect(input).toHaveAttribute('inputmode', 'decimal');

    await user.clear(input);
    await user.type(input, '1.250');
    expect(input).toHaveValue('1.250');
    expect(last().factor).toBe(1.25);

    await user.clear(input);
    await user.type(input, '1e-3');
    expect(last().factor).toBe(0.001);

    await user.clear(input);
    await user.type(input, '-0.5');
    expect(last().factor).toBe(-0.5);

    await user.clear(input);
    await user.type(input, '0.30000000000000004');
    expect(last().factor).toBe(0.30000000000000004);

    onChange.mockClear();
    await user.clear(input);
    await user.type(input, 'abc');
    expect(screen.getByText('Not a number')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Not a number');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('edits long text with line breaks in a textarea', async () => {
    const { user, last } = renderEditor(pileParams());
    const notes = field('notes');
    expect(notes.tagName).toBe('TEXTAREA');
    await user.type(notes, '{Enter}Done.');
    expect(last().notes).toBe('Driven on 3 May.\nCheck the cap level.\nDone.');
  });

  it('shows units beside number inputs', () => {
    renderEditor(pileParams());
    expect(field('geometry.width')).toHaveAccessibleDescription('m');
    expect(field('levels[2]')).toHaveAccessibleDescription('m');
    expect(field('soil.layers[0].phi')).toHaveAccessibleDescription('deg');
    expect(field('soil.layers[0].top_level')).not.toHaveAccessibleDescription();
  });

  it('opens the first two levels and collapses deeper sections', async () => {
    const { user } = renderEditor(pileParams());
    expect(screen.getByRole('button', { name: 'geometry.detail' })).toHaveAttribute('aria-expanded', 'true');
    const cap = screen.getByRole('button', { name: 'geometry.detail.cap' });
    expect(cap).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByLabelText('geometry.detail.cap.thickness')).not.toBeInTheDocument();

    await user.click(cap);
    expect(field('geometry.detail.cap.thickness')).toHaveValue('0.6');

    await user.click(screen.getByRole('button', { name: 'geometry' }));
    expect(screen.queryByLabelText('geometry.width')).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'geometry' })).toHaveTextContent('5 fields');
  });

  it('adds, removes and reorders the items of a list', async () => {
    const { user, last } = renderEditor(pileParams());
    await user.click(screen.getByRole('button', { name: 'Add item to tags' }));
    expect(last().tags).toEqual(['driven', 'prefab', '']);
    await user.type(field('tags[2]'), 'tested');
    expect(last().tags).toEqual(['driven', 'prefab', 'tested']);

    await user.click(screen.getByRole('button', { name: 'Move tags[2] up' }));
    expect(last().tags).toEqual(['driven', 'tested', 'prefab']);
    expect(field('tags[1]')).toHaveValue('tested');
    expect(screen.getByRole('button', { name: 'Move tags[0] up' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move tags[2] down' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Move tags[0] down' }));
    expect(last().tags).toEqual(['tested', 'driven', 'prefab']);

    await user.click(screen.getByRole('button', { name: 'Remove tags[1]' }));
    expect(last().tags).toEqual(['tested', 'prefab']);
    expect(screen.queryByLabelText('tags[2]')).not.toBeInTheDocument();
  });

  it('follows a number list through a move', async () => {
    const { user, last } = renderEditor(pileParams());
    await user.click(screen.getByRole('button', { name: 'Move levels[0] down' }));
    expect(last().levels).toEqual([-3, -1.5, -4.25]);
    expect(field('levels[0]')).toHaveValue('-3');
    expect(field('levels[1]')).toHaveValue('-1.5');
  });

  it('adds a field of a chosen type, refusing a name already taken', async () => {
    const { user, last } = renderEditor(pileParams());
    await user.click(screen.getByRole('button', { name: 'Add field to geometry' }));
    const form = screen.getByRole('group', { name: 'New field in geometry' });
    await user.type(within(form).getByLabelText('Field name'), 'width');
    await user.click(within(form).getByRole('button', { name: 'Add' }));
    expect(within(form).getByText('geometry already has a field named width')).toBeInTheDocument();

    await user.clear(within(form).getByLabelText('Field name'));
    await user.type(within(form).getByLabelText('Field name'), 'embedment');
    await user.selectOptions(within(form).getByLabelText('Type'), 'number');
    await user.click(within(form).getByRole('button', { name: 'Add' }));
    expect(last().geometry).toMatchObject({ width: 0.4, embedment: 0 });
    expect(field('geometry.embedment')).toHaveValue('0');
    expect(screen.queryByRole('group', { name: 'New field in geometry' })).not.toBeInTheDocument();
  });

  it('edits a list of differently shaped objects as groups', async () => {
    const { user, last } = renderEditor({ loads: [{ Fz_kN: 1450 }, { Fx_kN: 35, note: 'wind' }] });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'loads[1]' })).toBeInTheDocument();
    expect(field('loads[0].Fz_kN')).toHaveAccessibleDescription('kN');
    await user.click(screen.getByRole('button', { name: 'Remove loads[0]' }));
    expect(last().loads).toEqual([{ Fx_kN: 35, note: 'wind' }]);
  });
});

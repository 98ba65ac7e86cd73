import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EDITOR_LABEL, pileParams, renderEditor } from './params-editor.test-utils';

const field = (path: string) => screen.getByLabelText(path);

describe('ParamsEditor errors, changes and read-only', () => {
  it('shows server errors at their fields and lists the rest in an alert', () => {
    renderEditor(pileParams(), {
      fieldErrors: {
        'geometry.width': ['Must be at least 0.5'],
        'soil.layers[1].phi': ['Must be at most 45', 'Check the CPT'],
        tags: ['Too few tags'],
        non_field_errors: ['The pile lies outside the site'],
        'geometry.diameter': ['Unknown field'],
      },
    });
    expect(field('geometry.width')).toHaveAttribute('aria-invalid', 'true');
    expect(field('geometry.width')).toHaveAccessibleDescription('m Must be at least 0.5');
    expect(field('soil.layers[1].phi')).toHaveAttribute('aria-invalid', 'true');
    expect(field('soil.layers[1].phi')).toHaveAccessibleDescription('deg Must be at most 45 Check the CPT');
    expect(field('soil.layers[0].phi')).toHaveAttribute('aria-invalid', 'false');
    expect(screen.getByRole('group', { name: 'tags' })).toHaveAccessibleDescription('Too few tags');

    const alert = screen.getByRole('alert');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['The pile lies outside the site', 'geometry.diameter: Unknown field']);
  });

  it('opens a collapsed section when an error arrives for a field inside it', () => {
    const { setProps } = renderEditor(pileParams());
    expect(screen.queryByLabelText('geometry.detail.cap.thickness')).not.toBeInTheDocument();
    setProps({ fieldErrors: { 'geometry.detail.cap.thickness': ['Too thin'] } });
    expect(field('geometry.detail.cap.thickness')).toHaveAccessibleDescription('m Too thin');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('lists every error in the alert while in JSON mode', async () => {
    const { user } = renderEditor(pileParams(), {
      fieldErrors: { 'geometry.width': ['Must be at least 0.5'] },
    });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'JSON' }));
    expect(screen.getByRole('alert')).toHaveTextContent('geometry.width: Must be at least 0.5');
  });

  it('marks changed fields, and collapsed sections holding changes', () => {
    renderEditor(pileParams(), {
      changedPaths: new Set(['name', 'soil.layers[2].phi', 'geometry.detail.cap.thickness']),
    });
    expect(field('name')).toHaveAccessibleDescription('Changed');
    expect(field('soil.layers[2].phi')).toHaveAccessibleDescription('deg Changed');
    expect(field('soil.layers[1].phi')).toHaveAccessibleDescription('deg');
    expect(field('verified')).not.toHaveAccessibleDescription();
    expect(screen.getByRole('group', { name: 'geometry.detail.cap' })).toHaveTextContent('Contains changes');
    expect(screen.getByRole('group', { name: 'soil' })).toHaveTextContent('Changed');
    expect(screen.getByRole('group', { name: 'geometry.detail' })).toHaveTextContent('Changed');
    expect(screen.getByRole('group', { name: 'tags' })).not.toHaveTextContent('Changed');
  });

  it('disables every input and offers no edits when read-only', async () => {
    const { user, onChange } = renderEditor(pileParams(), { readOnly: true });
    const editor = screen.getByRole('region', { name: EDITOR_LABEL });
    for (const box of within(editor).getAllByRole('textbox')) expect(box).toHaveAttribute('readonly');
    for (const box of within(editor).getAllByRole('checkbox')) expect(box).toBeDisabled();
    expect(within(editor).getByRole('combobox', { name: 'remarks' })).toBeDisabled();
    expect(within(editor).queryAllByRole('button', { name: /^(Add|Remove|Move)/ })).toEqual([]);
    expect(within(editor).queryByRole('columnheader', { name: 'Actions' })).not.toBeInTheDocument();

    await user.type(field('name'), 'x');
    await user.click(field('verified'));
    expect(onChange).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'JSON' }));
    expect(screen.getByRole('textbox', { name: 'Parameters as JSON' })).toHaveAttribute('readonly');
  });
});

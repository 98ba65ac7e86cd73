import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FieldRow } from './field-row';
import { SelectField } from './select-field';

describe('FieldRow', () => {
  it('names its control by the label and describes it by the hint', () => {
    render(
      <FieldRow label="Revision message" hint="Shown in the history.">
        {(control) => <input {...control} />}
      </FieldRow>,
    );
    const input = screen.getByRole('textbox', { name: 'Revision message' });
    expect(input).toHaveAccessibleDescription('Shown in the history.');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('marks the control invalid and reads the error before the hint', () => {
    render(
      <FieldRow label="Name" hint="Unique among siblings." error="Names may not contain “/”.">
        {(control) => <input {...control} />}
      </FieldRow>,
    );
    const input = screen.getByRole('textbox', { name: 'Name' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Names may not contain “/”. Unique among siblings.');
  });

  it('gives two rows on one page their own ids', () => {
    render(
      <>
        <FieldRow label="From">{(control) => <input {...control} />}</FieldRow>
        <FieldRow label="To">{(control) => <input {...control} />}</FieldRow>
      </>,
    );
    expect(screen.getByRole('textbox', { name: 'From' }).id).not.toBe(
      screen.getByRole('textbox', { name: 'To' }).id,
    );
  });
});

describe('SelectField', () => {
  it('is a combobox named by its label, with its hint as description', () => {
    render(
      <SelectField label="View" hint="How the two documents are laid out." defaultValue="unified">
        <option value="split">Side by side</option>
        <option value="unified">Unified</option>
      </SelectField>,
    );
    const select = screen.getByRole('combobox', { name: 'View' });
    expect(select).toHaveValue('unified');
    expect(select).toHaveAccessibleDescription('How the two documents are laid out.');
  });
});

import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { pileParams, renderEditor } from './params-editor.test-utils';

const jsonBox = () => screen.getByRole('textbox', { name: 'Parameters as JSON' });
const modeButton = (name: 'Form' | 'JSON') => screen.getByRole('button', { name });

describe('ParamsEditor JSON mode', () => {
  it('shows the current value pretty-printed, edits made in the form included', async () => {
    const initial = pileParams();
    const { user } = renderEditor(initial);
    await user.type(screen.getByLabelText('name'), 'b');
    await user.click(modeButton('JSON'));
    expect(modeButton('JSON')).toHaveAttribute('aria-pressed', 'true');
    expect(jsonBox()).toHaveValue(JSON.stringify({ ...initial, name: 'P-12b' }, null, 2));
    expect(screen.queryByLabelText('geometry.width')).not.toBeInTheDocument();
  });

  it('validates as you type, naming the line and column, and passes valid JSON on at once', async () => {
    const { user, onChange, last } = renderEditor({ name: 'P-12', length: 12 });
    await user.click(modeButton('JSON'));
    onChange.mockClear();

    await user.clear(jsonBox());
    await user.paste('{\n  "name": "P-12",\n  "length": 12,,\n}');
    expect(
      screen.getByText('Invalid JSON at line 3, column 16: Expected a property name in double quotes'),
    ).toBeVisible();
    expect(jsonBox()).toHaveAttribute('aria-invalid', 'true');
    expect(jsonBox()).toHaveAccessibleDescription(/line 3, column 16/);
    expect(onChange).not.toHaveBeenCalled();

    await user.clear(jsonBox());
    await user.paste('{ "name": "P-13", "length": 1.250, "tol": 1e-3 }');
    expect(screen.queryByText(/Invalid JSON/)).not.toBeInTheDocument();
    expect(jsonBox()).toHaveAttribute('aria-invalid', 'false');
    expect(last()).toEqual({ name: 'P-13', length: 1.25, tol: 0.001 });

    await user.clear(jsonBox());
    await user.paste('[1, 2]');
    expect(screen.getByText('Parameters must be a JSON object, like { "length": 12 }')).toBeVisible();
  });

  it('shows JSON edits in the form when switching back', async () => {
    const { user } = renderEditor(pileParams());
    await user.click(modeButton('JSON'));
    await user.clear(jsonBox());
    await user.paste('{ "geometry": { "width": 0.45, "width_unit": "m" }, "verified": false }');
    await user.click(modeButton('Form'));

    expect(modeButton('Form')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByLabelText('geometry.width')).toHaveValue('0.45');
    expect(screen.getByLabelText('verified')).not.toBeChecked();
    expect(screen.queryByLabelText('name')).not.toBeInTheDocument();
  });

  it('blocks switching to the form while the JSON is invalid, until fixed or discarded', async () => {
    const { user, last } = renderEditor({ name: 'P-12' });
    await user.click(modeButton('JSON'));
    await user.clear(jsonBox());
    await user.paste('{ "name": "P-99" }');
    await user.clear(jsonBox());
    await user.paste('{ "name": ');

    await user.click(modeButton('Form'));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Fix the JSON to switch to the form, or discard the text.',
    );
    expect(jsonBox()).toHaveValue('{ "name": ');
    expect(modeButton('JSON')).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'Discard text and show form' }));
    // The form shows the last valid JSON, which was already passed on.
    expect(screen.getByLabelText('name')).toHaveValue('P-99');
    expect(last()).toEqual({ name: 'P-99' });
  });

  it('lets a fixed text switch back', async () => {
    const { user } = renderEditor({ name: 'P-12' });
    await user.click(modeButton('JSON'));
    await user.type(jsonBox(), 'x');
    await user.click(modeButton('Form'));
    expect(screen.getByRole('alert')).toBeVisible();

    await user.type(jsonBox(), '{Backspace}');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(modeButton('Form'));
    expect(screen.getByLabelText('name')).toHaveValue('P-12');
  });
});

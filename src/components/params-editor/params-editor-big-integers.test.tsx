import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseJson } from '../../lib/exact-json';
import { deepFreeze, renderEditor } from './params-editor.test-utils';

// As the API client reads them: integers beyond 2^53 are bigints.
const params = () =>
  deepFreeze(
    parseJson('{"ext_id": 12345678901234567890, "length": 21.5, "counter": 7}') as Record<string, unknown>,
  );

const jsonBox = () => screen.getByRole('textbox', { name: 'Parameters as JSON' });

describe('ParamsEditor with integers beyond 2^53', () => {
  it('shows them exactly and keeps them when another field is edited', async () => {
    const { user, last } = renderEditor(params());
    expect(screen.getByLabelText('ext_id')).toHaveValue('12345678901234567890');
    await user.clear(screen.getByLabelText('length'));
    await user.type(screen.getByLabelText('length'), '22');
    expect(last()).toEqual({ ext_id: 12345678901234567890n, length: 22, counter: 7 });
  });

  it('takes a typed integer beyond 2^53 as exactly the digits typed', async () => {
    const { user, last } = renderEditor(params());
    await user.clear(screen.getByLabelText('counter'));
    await user.type(screen.getByLabelText('counter'), '18446744073709551615');
    expect(screen.getByLabelText('counter')).toHaveValue('18446744073709551615');
    expect(screen.getByLabelText('counter')).toHaveAttribute('aria-invalid', 'false');
    expect(last().counter).toBe(18446744073709551615n);
  });

  it('round-trips them through JSON mode and back to the form', async () => {
    const { user, last } = renderEditor(params());
    await user.click(screen.getByRole('button', { name: 'JSON' }));
    expect(jsonBox()).toHaveValue(
      '{\n  "ext_id": 12345678901234567890,\n  "length": 21.5,\n  "counter": 7\n}',
    );

    await user.clear(jsonBox());
    await user.paste('{ "ext_id": 12345678901234567891, "length": 21.5, "counter": 9007199254740993 }');
    expect(last()).toEqual({ ext_id: 12345678901234567891n, length: 21.5, counter: 9007199254740993n });

    await user.click(screen.getByRole('button', { name: 'Form' }));
    expect(screen.getByLabelText('ext_id')).toHaveValue('12345678901234567891');
    expect(screen.getByLabelText('counter')).toHaveValue('9007199254740993');
    await user.click(screen.getByRole('button', { name: 'JSON' }));
    expect(jsonBox()).toHaveValue(
      '{\n  "ext_id": 12345678901234567891,\n  "length": 21.5,\n  "counter": 9007199254740993\n}',
    );
  });
});

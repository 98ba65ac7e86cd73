import { screen, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockJobs, PARAMS, renderPanel, runMethod } from './compute-panel.test-utils';

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('ComputePanel: the form', () => {
  it('shows why a POST was refused and keeps what was typed', async () => {
    const { gets } = mockJobs([], () =>
      HttpResponse.json({ detail: 'Specified path is not allowed' }, { status: 403 }),
    );
    const { user } = renderPanel();
    await runMethod(user, 'check_design');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not start check_design');
    expect(alert).toHaveTextContent('Specified path is not allowed');
    expect(screen.getByRole('combobox', { name: 'Method name' })).toHaveValue('check_design');
    expect(gets).toHaveLength(0);
  });

  it('lists the field errors of a 400', async () => {
    mockJobs([], () =>
      HttpResponse.json({ timeout: ['Ensure this value is less than or equal to 3600.'] }, { status: 400 }),
    );
    const { user } = renderPanel();
    await runMethod(user, 'check_design');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('list', { name: 'Rejected fields' })).toHaveTextContent(
      'timeout: Ensure this value is less than or equal to 3600.',
    );
  });

  it('disables Run while the params are not valid JSON and says where the problem is', async () => {
    const { user } = renderPanel();
    await user.type(screen.getByRole('combobox', { name: 'Method name' }), 'check_design');
    const params = screen.getByRole('textbox', { name: 'Params (JSON)' });
    expect(params).toHaveValue(JSON.stringify(PARAMS, null, 2));
    expect(screen.getByRole('button', { name: 'Run' })).toBeEnabled();

    await user.clear(params);
    await user.paste('{"a": 1,}');
    expect(screen.getByRole('button', { name: 'Run' })).toBeDisabled();
    expect(params).toBeInvalid();
    expect(params).toHaveAccessibleDescription(/line 1, column 9: Trailing comma/);

    await user.click(screen.getByRole('button', { name: 'Reset params to the entity’s' }));
    expect(screen.getByRole('button', { name: 'Run' })).toBeEnabled();
  });

  it('disables Run for a timeout outside 1–86400 s', async () => {
    const { user } = renderPanel();
    await user.type(screen.getByRole('combobox', { name: 'Method name' }), 'check_design');
    const timeout = screen.getByRole('spinbutton', { name: 'Timeout (s)' });
    expect(timeout).toHaveValue(60);
    await user.clear(timeout);
    await user.type(timeout, '90000');
    expect(screen.getByRole('button', { name: 'Run' })).toBeDisabled();
    expect(timeout).toHaveAccessibleDescription(/from 1 to 86400/);
  });

  it('is read-only, saying why, when the caller says so', () => {
    renderPanel({ readOnlyReason: 'This workspace is archived: nothing can run here.' });
    expect(screen.getByText('This workspace is archived: nothing can run here.')).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Method name' })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: 'Params (JSON)' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Run' })).toBeDisabled();
  });
});

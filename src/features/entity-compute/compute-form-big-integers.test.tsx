import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ComputeForm } from './compute-form';
import type { JobRequest } from './use-job-runner';

describe('ComputeForm with integers beyond 2^53', () => {
  it('shows the entity params exactly and runs with them unchanged, typed ones included', async () => {
    const user = userEvent.setup();
    const onRun = vi.fn<(request: JobRequest) => void>();
    render(
      <ComputeForm
        entityParams={{ ext_id: 12345678901234567890n, depth: 2.5 }}
        busy={false}
        onRun={onRun}
        onCancel={() => {}}
      />,
    );
    const params = screen.getByRole('textbox', { name: 'Params (JSON)' });
    expect(params).toHaveValue('{\n  "ext_id": 12345678901234567890,\n  "depth": 2.5\n}');
    await user.type(screen.getByRole('combobox', { name: 'Method name' }), 'check_design');
    await user.click(screen.getByRole('button', { name: 'Run' }));
    expect(onRun).toHaveBeenLastCalledWith(
      expect.objectContaining({ params: { ext_id: 12345678901234567890n, depth: 2.5 } }),
    );

    await user.clear(params);
    await user.paste('{"ext_id": 18446744073709551615}');
    await user.click(screen.getByRole('button', { name: 'Run' }));
    expect(onRun).toHaveBeenLastCalledWith(
      expect.objectContaining({ params: { ext_id: 18446744073709551615n } }),
    );
  });
});

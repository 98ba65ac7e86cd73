import { screen, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockServer } from '../../../tests/fixtures/mock-server';
import {
  created,
  eventually,
  mockJobs,
  PARAMS,
  passTime,
  progress,
  renderPanel,
  runMethod,
  running,
} from './compute-panel.test-utils';

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('ComputePanel: running a job', () => {
  it('polls until success and shows the result with its duration', async () => {
    const { posts, gets } = mockJobs([
      running('Summing weights (1 of 2)'),
      running('Summing weights (2 of 2)'),
      { ...created, status: 'success', content: { total_weight: 1234.5, unit: 'kN' } },
    ]);
    const { user } = renderPanel();
    await runMethod(user, 'calculate_total_weight');

    await eventually(() => expect(progress()).toHaveTextContent('Summing weights (1 of 2)'));
    expect(within(progress()).getByText('running')).toBeVisible();
    const result = await eventually(() =>
      screen.getByRole('tree', { name: 'Result of calculate_total_weight' }),
    );
    expect(result).toHaveTextContent('1234.5');
    expect(screen.getByText(/^Duration: \d+\.\d s$/)).toBeVisible();
    expect(posts).toEqual([
      { method_name: 'calculate_total_weight', params: PARAMS, poll_result: false, timeout: 60 },
    ]);
    expect(new URL(gets[0]?.url ?? '').pathname).toBe('/api/jobs/91001/');

    // Three polls to reach success, and none once the job is over.
    expect(gets).toHaveLength(3);
    await passTime(20_000);
    expect(gets).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
  });

  it('shows a result that is already there when the POST answers 200, without polling', async () => {
    const { gets } = mockJobs([], () =>
      HttpResponse.json({ ...created, status: 'success', content: { total_weight: 7 } }, { status: 200 }),
    );
    const { user } = renderPanel();
    await runMethod(user, 'calculate_total_weight');

    expect(await screen.findByRole('tree', { name: 'Result of calculate_total_weight' })).toHaveTextContent(
      '7',
    );
    await passTime(5_000);
    expect(gets).toHaveLength(0);
  });

  it('lists the invalid fields of an error_user job and highlights them in the params sent', async () => {
    mockJobs([
      running(),
      {
        ...created,
        status: 'error_user',
        error_message: 'The design does not meet NEN 9997-1: 2 input fields need attention.',
        invalid_fields: {
          'soil.layers[1].phi': 'Friction angle 42.5° is outside the allowed range 15°–40°.',
          'geometry.tip_level': 'The pile tip must be at least 1 m into the bearing sand layer.',
        },
      },
    ]);
    const { user } = renderPanel();
    await runMethod(user, 'check_design');

    const alert = await eventually(() => screen.getByRole('alert'));
    expect(alert).toHaveTextContent('check_design did not accept the input');
    expect(alert).toHaveTextContent('2 input fields need attention');
    const fields = within(alert).getAllByRole('listitem');
    expect(fields.map((item) => item.textContent)).toEqual([
      'soil.layers[1].phi: Friction angle 42.5° is outside the allowed range 15°–40°.',
      'geometry.tip_level: The pile tip must be at least 1 m into the bearing sand layer.',
    ]);
    const sent = screen.getByRole('tree', { name: 'Params sent to check_design' });
    expect(within(sent).getByRole('treeitem', { name: 'tip_level: -18, highlighted' })).toBeVisible();
    expect(within(sent).getByRole('cell', { name: /^42\.5\s*\(highlighted\)$/ })).toBeVisible();
    expect(within(sent).getByRole('cell', { name: '22' })).toBeVisible();
  });

  it('stops polling on Cancel, aborting the request in flight, and says the job may still run', async () => {
    let aborted = false;
    const { gets } = mockJobs([
      running('Building finite-element mesh'),
      () =>
        new Promise<Response>((resolve) => {
          // Never answers on its own: only an abort ends this request.
          const request = gets.at(-1);
          request?.signal.addEventListener('abort', () => {
            aborted = true;
            resolve(HttpResponse.json(running()));
          });
        }),
    ]);
    const { user } = renderPanel();
    await runMethod(user, 'run_slow_analysis');

    await eventually(() => expect(progress()).toHaveTextContent('Building finite-element mesh'));
    await eventually(() => expect(gets).toHaveLength(2));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(progress()).toHaveTextContent('The job may still be running on the VIKTOR server.');
    await eventually(() => expect(aborted).toBe(true));
    await passTime(30_000);
    expect(gets).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Run' })).toBeEnabled();
  });

  it('stops polling when the panel goes away', async () => {
    const { gets } = mockJobs([running('Applying load combinations')]);
    const { user, unmount } = renderPanel();
    await runMethod(user, 'run_slow_analysis');
    await eventually(() => expect(progress()).toHaveTextContent('Applying load combinations'));

    const seen = gets.length;
    unmount();
    await passTime(30_000);
    expect(gets).toHaveLength(seen);
  });

  it('rides out a passing 503 and gives up on a 404 without more polls', async () => {
    const { gets, getTimes } = mockJobs([
      () =>
        HttpResponse.json({ detail: 'Down for a moment' }, { status: 503, headers: { 'Retry-After': '2' } }),
      { ...created, status: 'success', content: { ok: true } },
    ]);
    const { user } = renderPanel();
    await runMethod(user, 'calculate_total_weight');
    await eventually(() => screen.getByRole('tree', { name: 'Result of calculate_total_weight' }));
    expect(gets).toHaveLength(2);
    // The backoff alone would have asked again after 1.2 s; the server asked for 2.
    expect((getTimes[1] ?? 0) - (getTimes[0] ?? 0)).toBeGreaterThanOrEqual(2000);

    mockServer.resetHandlers();
    const second = mockJobs([() => HttpResponse.json({ detail: 'Job not found.' }, { status: 404 })]);
    await user.click(screen.getByRole('button', { name: 'Run' }));
    const alert = await eventually(() => screen.getByRole('alert'));
    expect(alert).toHaveTextContent('Lost track of calculate_total_weight');
    expect(alert).toHaveTextContent('Job not found.');
    await passTime(30_000);
    expect(second.gets).toHaveLength(1);
  });

  it('gives up after three more failed polls in a row', async () => {
    const { gets } = mockJobs([() => HttpResponse.json({ detail: 'Bad gateway' }, { status: 502 })]);
    const { user } = renderPanel();
    await runMethod(user, 'calculate_total_weight');

    const alert = await eventually(() => screen.getByRole('alert'));
    expect(alert).toHaveTextContent('Bad gateway');
    expect(gets).toHaveLength(4);
    await passTime(30_000);
    expect(gets).toHaveLength(4);
  });
});

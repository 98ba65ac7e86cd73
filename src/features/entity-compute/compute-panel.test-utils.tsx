import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { vi } from 'vitest';
import { mockServer } from '../../../tests/fixtures/mock-server';
import { ComputePanel } from './compute-panel';

export const PARAMS = {
  soil: {
    layers: [
      { name: 'Clay', phi: 22 },
      { name: 'Sand', phi: 42.5 },
    ],
  },
  geometry: { tip_level: -18 },
};
const JOBS_URL = '*/api/workspaces/3/entities/42/jobs/';
// The upstream's own address: getJob must bring it back to our same-origin /api path.
export const created = {
  uid: 91001,
  url: 'https://cloud.viktor.ai/api/jobs/91001/',
  status: 'running',
  message: null,
};
export const running = (message: string | null = null) => ({ ...created, message });

type Answer = Record<string, unknown> | (() => Response | Promise<Response>);

/** POST answers `post`; each GET answers the next of `polls`, the last one repeating. */
export function mockJobs(polls: Answer[], post: Answer = created) {
  const posts: unknown[] = [];
  const gets: Request[] = [];
  const getTimes: number[] = [];
  const answer = (value: Answer | undefined, status: number) =>
    typeof value === 'function' ? value() : HttpResponse.json(value ?? {}, { status });
  mockServer.use(
    http.post(JOBS_URL, async ({ request }) => {
      posts.push(await request.json());
      return answer(post, 201);
    }),
    http.get('*/api/jobs/:uid/', ({ request }) => {
      gets.push(request);
      getTimes.push(Date.now());
      return answer(polls[Math.min(gets.length, polls.length) - 1], 200);
    }),
  );
  return { posts, gets, getTimes };
}

export function renderPanel(props: { readOnlyReason?: string } = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <ComputePanel workspaceId={3} entityId={42} entityParams={PARAMS} {...props} />
    </QueryClientProvider>,
  );
  return { ...view, user };
}

/** Lets fake time pass in small steps, so each poll's answer lands before the next one is due. */
export async function passTime(ms: number) {
  for (let passed = 0; passed < ms; passed += 100) await act(() => vi.advanceTimersByTimeAsync(100));
}

/** Passes fake time until `check` stops throwing (or 60 s of job time have gone by). */
export async function eventually<T>(check: () => T): Promise<T> {
  for (let passed = 0; ; passed += 100) {
    try {
      return check();
    } catch (error) {
      if (passed >= 60_000) throw error;
    }
    await act(() => vi.advanceTimersByTimeAsync(100));
  }
}

export async function runMethod(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.type(screen.getByRole('combobox', { name: 'Method name' }), name);
  await user.click(screen.getByRole('button', { name: 'Run' }));
}

export const progress = () => screen.getByRole('status', { name: 'Job progress' });

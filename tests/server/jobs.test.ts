// @vitest-environment node
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { FIXTURE_ENTITY_IDS as E, FIXTURE_WORKSPACE_IDS as W } from '../../server/app';
import { isTerminalJobStatus, type Job, jobSchema } from '../../src/api/jobs/schemas';
import { startTestServer } from './demo-client';

const api = startTestServer();
const jobsPath = `/api/workspaces/${W.fixtures}/entities/${E.manyRevisions}/jobs/`;

async function startJob(method_name: string, params: Record<string, unknown> = {}, extra: object = {}) {
  const { status, body } = await api.json(jobsPath, {
    method: 'POST',
    body: { method_name, params, poll_result: false, ...extra },
  });
  expect(status).toBe(201);
  const job = jobSchema.parse(body);
  expect(job).toMatchObject({ status: 'running', kind: 'result', url: `/api/jobs/${job.uid}/` });
  return job;
}

async function pollUntilDone(job: Job, seen: Job[] = []): Promise<Job> {
  for (;;) {
    const current = jobSchema.parse((await api.json(job.url as string)).body);
    seen.push(current);
    if (isTerminalJobStatus(current.status)) return current;
    await sleep(150);
  }
}

describe('jobs', () => {
  it('runs calculate_total_weight to success after about a second', async () => {
    const started = Date.now();
    const job = await startJob('calculate_total_weight', {
      members: [{ weight: 12.5 }, { weight: 7.5 }],
      note: 3,
    });
    const done = await pollUntilDone(job);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(done).toMatchObject({
      status: 'success',
      content: { total_weight: 20, unit: 'kN', values_counted: 2 },
    });
  });

  it('reports user errors per field from check_design', async () => {
    const done = await pollUntilDone(
      await startJob('check_design', { soil: { layers: [{ phi: 30 }, { phi: 45 }] } }),
    );
    expect(done.status).toBe('error_user');
    expect(done.error_message).toBeTruthy();
    expect(done.invalid_fields).toHaveProperty(['soil.layers[1].phi']);
  });

  it('reports progress messages while run_slow_analysis runs', async () => {
    const seen: Job[] = [];
    const done = await pollUntilDone(await startJob('run_slow_analysis'), seen);
    expect(done.status).toBe('success');
    const messages = new Set(seen.filter((job) => job.status === 'running').map((job) => job.message));
    expect(messages.size).toBeGreaterThan(1);
  }, 10_000);

  it('fails unknown methods and stops jobs at their timeout', async () => {
    const unknown = await pollUntilDone(await startJob('does_not_exist'));
    expect(unknown.status).toBe('error');
    expect(unknown.error_message).toContain('does_not_exist');
    const timedOut = await pollUntilDone(await startJob('run_slow_analysis', {}, { timeout: 1 }));
    expect(timedOut.status).toBe('error');
  });

  it('waits for the result with poll_result=true', async () => {
    const { status, body } = await api.json(jobsPath, {
      method: 'POST',
      body: { method_name: 'calculate_total_weight', params: { weight: 4 }, poll_result: true },
    });
    expect(status).toBe(200);
    expect(jobSchema.parse(body)).toMatchObject({ status: 'success', content: { total_weight: 4 } });
  });

  it('validates the body and refuses viewers and archived workspaces', async () => {
    const invalid = await api.json(jobsPath, { method: 'POST', body: { params: 'x', timeout: 0 } });
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body as object).sort()).toEqual(['method_name', 'params', 'timeout']);
    const viewer = await api.json(jobsPath, {
      as: 'viewer',
      method: 'POST',
      body: { method_name: 'check_design', params: {} },
    });
    expect(viewer.status).toBe(403);
    expect((await api.json('/api/jobs/1/')).status).toBe(404);
  });
});

import { setTimeout as sleep } from 'node:timers/promises';
import { Hono } from 'hono';
import type { AppEnv, DemoContext } from '../context';
import { loadEntity, loadWorkspace, requireWriteAccess } from '../http/access';
import { FieldValidator, readJsonObject } from '../http/body';
import { ApiError, notFound } from '../http/errors';
import { pathId } from '../http/query';

/** Upper bound for `poll_result: true`, which holds the request open until the job is done. */
const MAX_POLL_MS = 60_000;

export function jobRoutes(ctx: DemoContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post('/workspaces/:ws/entities/:id/jobs/', async (c) => {
    const workspace = loadWorkspace(c, ctx);
    const entity = loadEntity(c, ctx, workspace);
    // Running a method needs write rights, as in VIKTOR; locks do not matter (nothing is saved).
    requireWriteAccess(ctx, c.get('user'), workspace);
    const fields = new FieldValidator(await readJsonObject(c));
    const methodName = fields.string('method_name', { required: true, maxLength: 255 });
    const params = fields.object('params', { required: true });
    const pollResult = fields.boolean('poll_result') ?? false;
    const timeoutS = fields.integer('timeout', { required: false, min: 1, max: 86400 });
    fields.check();

    const job = ctx.jobs.create({
      entityId: entity.id,
      methodName: methodName as string,
      className: ctx.catalogue.type(entity.entity_type_id)?.class_name ?? 'Controller',
      params: params as Record<string, unknown>,
      saved: JSON.parse(ctx.entities.properties(entity.id) ?? '{}'),
      timeoutS,
    });
    if (!pollResult) {
      return c.json({ uid: job.uid, url: `/api/jobs/${job.uid}/`, status: 'running', kind: 'result' }, 201);
    }
    // poll_result: wait here (bounded by the job's timeout) and answer the finished job with 200.
    const deadline = job.createdMs + MAX_POLL_MS;
    let state = ctx.jobs.state(job);
    while (state.status === 'running' && Date.now() < deadline) {
      await sleep(100);
      state = ctx.jobs.state(job);
    }
    if (state.status === 'running' || state.timedOut) {
      throw new ApiError(504, { detail: 'The job did not finish within the timeout.' });
    }
    return c.json(ctx.jobs.json(job, state), 200);
  });

  app.get('/jobs/:uid/', (c) => {
    const job = ctx.jobs.get(pathId(c, 'uid'));
    if (!job) throw notFound();
    return c.json(ctx.jobs.json(job));
  });

  return app;
}

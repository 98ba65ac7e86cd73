import { Hono } from 'hono';
import type { AppEnv, DemoContext } from './context';
import { faultMiddleware } from './faults/fault-middleware';
import { ApiError, NOT_FOUND, unauthorized } from './http/errors';
import { appRoutes } from './routes/apps';
import { controlRoutes } from './routes/control';
import { downloadRoutes, fileRoutes } from './routes/downloads';
import { entityReadRoutes } from './routes/entities-read';
import { entityWriteRoutes } from './routes/entities-write';
import { entityTypeRoutes } from './routes/entity-types';
import { jobRoutes } from './routes/jobs';
import { mountRequestCounter } from './routes/request-counter';
import { userRoutes } from './routes/users';
import { variantControlRoutes } from './routes/variant-control';
import { workspaceRoutes } from './routes/workspaces';
import { reshapeResponses } from './variants/reshape-middleware';

export type AppOptions = { log: boolean; faults: boolean };

/**
 * The Hono app. Routing is strict about trailing slashes (Hono's default): `/api/workspaces`
 * without the slash is a 404, which surfaces client bugs a lenient server would hide.
 */
export function createDemoApp(ctx: DemoContext, options: AppOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  if (options.log) {
    app.use(async (c, next) => {
      const started = performance.now();
      await next();
      // Method, path and status only: never headers, which carry the bearer token.
      const { pathname, search } = new URL(c.req.url);
      console.log(
        `${c.req.method} ${pathname}${search} ${c.res.status} ${Math.round(performance.now() - started)}ms`,
      );
    });
  }
  if (options.faults) {
    mountRequestCounter(app);
    app.use(faultMiddleware(ctx.faults));
    app.route('/', controlRoutes(ctx));
    app.route('/', variantControlRoutes(ctx));
  }
  // Outside the auth check, so a 401 is reshaped like every other /api answer.
  app.use('/api/*', reshapeResponses(ctx.variants));
  app.route('/', fileRoutes(ctx));

  app.use('/api/*', async (c, next) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
    const user = match?.[1] ? ctx.users.byToken(match[1]) : undefined;
    if (!user) throw unauthorized();
    c.set('user', user);
    await next();
  });
  for (const routes of [
    userRoutes,
    appRoutes,
    workspaceRoutes,
    entityTypeRoutes,
    entityReadRoutes,
    entityWriteRoutes,
    downloadRoutes,
    jobRoutes,
  ]) {
    app.route('/api', routes(ctx));
  }

  app.notFound((c) => c.json({ detail: NOT_FOUND }, 404));
  app.onError((error, c) => {
    if (error instanceof ApiError) {
      return c.body(JSON.stringify(error.body), error.status, {
        'content-type': 'application/json',
        ...error.headers,
      });
    }
    console.error(error);
    return c.json({ detail: 'A server error occurred.' }, 500);
  });
  return app;
}

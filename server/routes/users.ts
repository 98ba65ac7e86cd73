import { Hono } from 'hono';
import type { AppEnv, DemoContext } from '../context';

export function userRoutes(ctx: DemoContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // The auth middleware has already rejected bad tokens; reaching here means the token is good.
  app.get('/verify/', (c) => c.json({}));
  app.get('/users/current/', (c) => c.json(ctx.users.json(c.get('user'))));
  return app;
}

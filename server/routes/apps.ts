import { Hono } from 'hono';
import type { AppEnv, DemoContext } from '../context';
import { readPage } from '../http/query';

export function appRoutes(ctx: DemoContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/apps/', (c) => {
    const page = readPage(c, ctx.variants.knobs().maxPage.apps);
    const search = c.req.query('search')?.trim().toLowerCase();
    const matches = ctx.catalogue
      .apps()
      .filter((candidate) => !search || candidate.name.toLowerCase().includes(search));
    return c.json({
      count: matches.length,
      results: matches.slice(page.offset, page.offset + page.limit).map(ctx.catalogue.appListJson),
    });
  });
  return app;
}

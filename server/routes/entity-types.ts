import type { Context } from 'hono';
import { Hono } from 'hono';
import type { AppEnv, DemoContext } from '../context';
import { loadWorkspace, requireParamsAccess } from '../http/access';
import { entityJson } from '../http/entity-json';
import { notFound } from '../http/errors';
import { jsonArray, jsonPage, sendJson } from '../http/json';
import { pathId, queryBool, readOptionalPage, readPage, readStrictPage } from '../http/query';
import type { EntityTypeRow } from '../store/catalogue-store';

/** Entity types come from the workspace's app; a type of another app is a 404 here. */
export function entityTypeRoutes(ctx: DemoContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  function loadType(c: Context<AppEnv>): { workspaceId: number; type: EntityTypeRow } {
    const workspace = loadWorkspace(c, ctx);
    const type = ctx.catalogue.type(pathId(c, 't'));
    if (!type || type.app_id !== workspace.app_id) throw notFound();
    return { workspaceId: workspace.id, type };
  }

  app.get('/workspaces/:ws/entity_types/', (c) => {
    const page = readPage(c, ctx.variants.knobs().maxPage.entityTypes);
    const types = ctx.catalogue.typesForApp(loadWorkspace(c, ctx).app_id);
    return c.json({
      count: types.length,
      results: types.slice(page.offset, page.offset + page.limit).map(ctx.catalogue.typeJson),
    });
  });

  app.get('/workspaces/:ws/entity_types/:t/', (c) => c.json(ctx.catalogue.typeJson(loadType(c).type)));

  app.get('/workspaces/:ws/entity_types/:t/entity_types/', (c) => {
    const { type } = loadType(c);
    const page = readStrictPage(c, ctx.variants.knobs().maxPage.entityTypes);
    const children = type.child_ids.flatMap((id) => ctx.catalogue.type(id) ?? []);
    return c.json({
      count: children.length,
      results: children.slice(page.offset, page.offset + page.limit).map(ctx.catalogue.typeJson),
    });
  });

  app.get('/workspaces/:ws/entity_types/:t/entities/', (c) => {
    const { workspaceId, type } = loadType(c);
    const withProperties = queryBool(c, 'properties') ?? false;
    if (withProperties) requireParamsAccess(c.get('user'));
    const page = readOptionalPage(c, ctx.variants.knobs().maxPage.entities);
    const { count, rows } = ctx.entities.ofType(workspaceId, type.id, page, withProperties);
    const items = rows.map((row) => entityJson(ctx, row, withProperties));
    return sendJson(c, page ? jsonPage(count, items) : jsonArray(items));
  });

  return app;
}

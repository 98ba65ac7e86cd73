import type { Context } from 'hono';
import { Hono } from 'hono';
import type { AppEnv, DemoContext } from '../context';
import { loadEntity, loadWorkspace, requireParamsAccess } from '../http/access';
import { entityJson } from '../http/entity-json';
import { notFound } from '../http/errors';
import { jsonArray, jsonPage, sendJson } from '../http/json';
import { queryBool, readOptionalPage, readPage } from '../http/query';
import type { EntityList } from '../store/entities-store';
import { canReadParams } from '../store/users-store';

/** `?properties=true` asks for params, which read-basic users may not see. */
function wantsProperties(c: Context<AppEnv>): boolean {
  const wanted = queryBool(c, 'properties') ?? false;
  if (wanted) requireParamsAccess(c.get('user'));
  return wanted;
}

export function entityReadRoutes(ctx: DemoContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  /** Roots, children and siblings share one shape: a page with limit/offset, else a bare array. */
  function sendList(
    c: Context<AppEnv>,
    load: (page: ReturnType<typeof readOptionalPage>, props: boolean) => EntityList,
  ) {
    const withProperties = wantsProperties(c);
    const page = readOptionalPage(c, ctx.variants.knobs().maxPage.entities);
    const { count, rows } = load(page, withProperties);
    const items = rows.map((row) => entityJson(ctx, row, withProperties));
    return sendJson(c, page ? jsonPage(count, items) : jsonArray(items));
  }

  app.get('/workspaces/:ws/entities/', (c) => {
    const workspace = loadWorkspace(c, ctx);
    return sendList(c, (page, props) => ctx.entities.roots(workspace.id, page, props));
  });

  app.get('/workspaces/:ws/entities/:id/', (c) => {
    const workspace = loadWorkspace(c, ctx);
    const withProperties = wantsProperties(c);
    return sendJson(c, entityJson(ctx, loadEntity(c, ctx, workspace, withProperties), withProperties));
  });

  app.get('/workspaces/:ws/entities/:id/parent/', (c) => {
    const workspace = loadWorkspace(c, ctx);
    const entity = loadEntity(c, ctx, workspace);
    const withProperties = wantsProperties(c);
    const parent = entity.parent_id === null ? undefined : ctx.entities.get(entity.parent_id, withProperties);
    if (!parent) throw notFound();
    return sendJson(c, entityJson(ctx, parent, withProperties));
  });

  app.get('/workspaces/:ws/entities/:id/entities/', (c) => {
    const entity = loadEntity(c, ctx, loadWorkspace(c, ctx));
    return sendList(c, (page, props) => ctx.entities.children(entity.id, page, props));
  });

  app.get('/workspaces/:ws/entities/:id/siblings/', (c) => {
    const entity = loadEntity(c, ctx, loadWorkspace(c, ctx));
    return sendList(c, (page, props) => ctx.entities.siblings(entity, page, props));
  });

  app.get('/workspaces/:ws/entities/:id/revisions/', (c) => {
    const entity = loadEntity(c, ctx, loadWorkspace(c, ctx));
    const user = c.get('user');
    // Read-all users get params by default (and may opt out); read-basic users get the history
    // without params, and a 403 if they ask for params explicitly.
    const asked = queryBool(c, 'properties');
    if (asked) requireParamsAccess(user);
    const { maxPage, revisionParams, revisionsOldestFirst } = ctx.variants.knobs();
    const { count, results } = ctx.revisions.page(entity.id, readPage(c, maxPage.revisions), {
      withProperties: revisionParams && (asked ?? canReadParams(user)),
      oldestFirst: revisionsOldestFirst,
    });
    return sendJson(c, jsonPage(count, results));
  });

  return app;
}

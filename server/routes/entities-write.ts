import { Hono } from 'hono';
import type { AppEnv, DemoContext } from '../context';
import { loadEntity, loadWorkspace, requireWriteAccess } from '../http/access';
import { exactJsonText, FieldValidator, readJsonObject } from '../http/body';
import { entityJson } from '../http/entity-json';
import { fieldErrors, forbidden } from '../http/errors';
import { jsonArray, sendJson } from '../http/json';
import type { EntityRow } from '../store/entities-store';
import type { WorkspaceRow } from '../store/workspaces-store';

const NAME = { required: true, maxLength: 255 } as const;

/** A primary key as DRF's PrimaryKeyRelatedField takes it: a number, or a string of digits. */
function entityTypeId(value: unknown, errors: Record<string, string[]>): number | undefined {
  if (value === undefined || value === null) errors.entity_type = ['This field is required.'];
  else if (typeof value === 'number' && Number.isInteger(value)) return value;
  else if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  else {
    const got = Array.isArray(value) ? 'list' : typeof value === 'string' ? 'str' : typeof value;
    errors.entity_type = [`Incorrect type. Expected pk value, received ${got}.`];
  }
  return undefined;
}

export function entityWriteRoutes(ctx: DemoContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  /** Validates `{entity_type, name, properties}` against the types allowed at this spot in the tree. */
  async function readNewEntity(c: Parameters<typeof readJsonObject>[0], allowed: number[], where: string) {
    const body = await readJsonObject(c);
    const fields = new FieldValidator(body);
    const name = fields.string('name', NAME);
    const properties = fields.object('properties', { required: false }) ?? {};
    const typeId = entityTypeId(body.entity_type, fields.errors);
    fields.check();
    const type = ctx.catalogue.type(typeId as number);
    if (!type) throw fieldErrors({ entity_type: [`Invalid pk "${typeId}" - object does not exist.`] });
    if (!allowed.includes(type.id)) {
      throw fieldErrors({
        entity_type: [`Entity type '${type.name}' (${type.id}) is not allowed ${where}.`],
      });
    }
    return {
      typeId: type.id,
      name: name as string,
      properties: await exactJsonText(c, 'properties', properties),
    };
  }

  function requireAppType(workspace: WorkspaceRow, wanted: string): void {
    const appType = ctx.catalogue.appType(workspace.app_id, workspace.app_version_id);
    if (appType !== wanted) throw forbidden(`This action is not allowed for an app of type '${appType}'.`);
  }

  const created = (id: number) => ctx.entities.get(id, true) as EntityRow;

  app.post('/workspaces/:ws/entities/', async (c) => {
    const workspace = loadWorkspace(c, ctx);
    const user = c.get('user');
    requireWriteAccess(ctx, user, workspace);
    requireAppType(workspace, 'simple');
    const roots = ctx.catalogue.typesForApp(workspace.app_id).filter((type) => type.is_root === 1);
    const entity = await readNewEntity(
      c,
      roots.map((type) => type.id),
      'at the root of this workspace',
    );
    const id = ctx.writes.create({ workspaceId: workspace.id, parent: null, userId: user.id, ...entity });
    return sendJson(c, entityJson(ctx, created(id), true), 201);
  });

  app.post('/workspaces/:ws/entities/:id/entities/', async (c) => {
    const workspace = loadWorkspace(c, ctx);
    const parent = loadEntity(c, ctx, workspace);
    const user = c.get('user');
    requireWriteAccess(ctx, user, workspace);
    requireAppType(workspace, 'tree');
    const parentType = ctx.catalogue.type(parent.entity_type_id);
    const entity = await readNewEntity(c, parentType?.child_ids ?? [], `as a child of '${parentType?.name}'`);
    const id = ctx.writes.create({ workspaceId: workspace.id, parent, userId: user.id, ...entity });
    // VIKTOR answers a list here (one entity per created item), not a single object.
    return sendJson(c, jsonArray([entityJson(ctx, created(id), true)]), 201);
  });

  app.put('/workspaces/:ws/entities/:id/', async (c) => {
    const workspace = loadWorkspace(c, ctx);
    const entity = loadEntity(c, ctx, workspace);
    const user = c.get('user');
    requireWriteAccess(ctx, user, workspace, entity);
    const fields = new FieldValidator(await readJsonObject(c));
    const name = fields.string('name', NAME);
    const properties = fields.object('properties', { required: true });
    const message = fields.string('message', { required: false, maxLength: 1000, allowBlank: true });
    fields.check();
    ctx.writes.update(entity, {
      name: name as string,
      properties: await exactJsonText(c, 'properties', properties as object),
      message: message || null,
      userId: user.id,
    });
    return sendJson(c, entityJson(ctx, ctx.entities.get(entity.id, true) as EntityRow, true));
  });

  app.delete('/workspaces/:ws/entities/:id/', (c) => {
    const workspace = loadWorkspace(c, ctx);
    const entity = loadEntity(c, ctx, workspace);
    requireWriteAccess(ctx, c.get('user'), workspace, entity);
    ctx.writes.remove(entity);
    return c.body(null, 204);
  });

  return app;
}

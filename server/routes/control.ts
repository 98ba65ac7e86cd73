import { Hono } from 'hono';
import type { DemoContext } from '../context';
import { FAULT_KINDS, type FaultKind } from '../faults/fault-store';
import { exactJsonText, FieldValidator, readJsonObject } from '../http/body';
import { entityJson } from '../http/entity-json';
import { fieldErrors, notFound } from '../http/errors';
import { sendJson } from '../http/json';
import { OTHER_EDITOR_ID } from '../seed/users';
import type { EntityRow } from '../store/entities-store';

/**
 * Test hooks outside /api, without auth (a local demo only): fault injection, changes made "by
 * someone else" to provoke edit conflicts, and the ids of the notable fixtures.
 */
export function controlRoutes(ctx: DemoContext): Hono {
  const app = new Hono();

  app.get('/__faults', (c) => c.json(ctx.faults.list()));
  app.delete('/__faults', (c) => {
    ctx.faults.clear();
    return c.body(null, 204);
  });
  app.post('/__faults', async (c) => {
    const body = await readJsonObject(c);
    const fields = new FieldValidator(body);
    const path = fields.string('path', { required: true, maxLength: 2000 });
    const method = fields.string('method', { required: false, maxLength: 10 });
    const count = fields.integer('count', { required: false, min: 1 }) ?? 1;
    const retryAfter =
      body.retryAfter === null ? null : fields.integer('retryAfter', { required: false, min: 0 });
    const answer = fields.object('body', { required: false });
    const delayMs = fields.integer('delayMs', { required: false, min: 0, max: 600_000 });
    fields.check();
    if (!path?.startsWith('/')) throw fieldErrors({ path: ['Must be a path starting with "/".'] });
    if (!FAULT_KINDS.includes(body.kind as FaultKind)) {
      throw fieldErrors({ kind: [`Must be one of: ${FAULT_KINDS.join(', ')}.`] });
    }
    const rule = ctx.faults.add({
      path,
      method: method?.toUpperCase(),
      kind: body.kind as FaultKind,
      remaining: count,
      retryAfter,
      delayMs,
      body: answer,
    });
    return c.json(rule, 201);
  });

  // Accepted with and without the trailing slash: these are test helpers, not the DRF contract.
  app.on('POST', ['/__control/entities/:id', '/__control/entities/:id/'], async (c) => {
    const entity = ctx.entities.get(Number(c.req.param('id')), true);
    if (!entity) throw notFound();
    const body = await readJsonObject(c);
    const fields = new FieldValidator(body);
    const name = fields.string('name', { required: false, maxLength: 255 });
    const properties = fields.object('properties', { required: false });
    const message = fields.string('message', { required: false, maxLength: 1000, allowBlank: true });
    const asUser = fields.integer('as_user', { required: false });
    fields.check();
    const userId = asUser ?? OTHER_EDITOR_ID;
    if (!ctx.users.byId(userId))
      throw fieldErrors({ as_user: [`Invalid pk "${userId}" - object does not exist.`] });
    if ('locked_by' in body) {
      const lockedBy = body.locked_by;
      if (lockedBy !== null && !(typeof lockedBy === 'number' && ctx.users.byId(lockedBy))) {
        throw fieldErrors({ locked_by: ['Must be a user id or null.'] });
      }
      ctx.writes.setLock(entity.id, lockedBy);
    }
    if (name !== undefined || properties !== undefined) {
      ctx.writes.update(entity, {
        name: name ?? entity.name,
        properties: properties
          ? await exactJsonText(c, 'properties', properties)
          : (entity.properties ?? '{}'),
        message: message ?? 'Changed outside the dashboard',
        userId,
      });
    }
    return sendJson(c, entityJson(ctx, ctx.entities.get(entity.id, true) as EntityRow, true));
  });

  app.get('/__demo/info', (c) =>
    c.json({
      fixtures: ctx.fixtures,
      users: ctx.users
        .all()
        .map((user) => ({ id: user.id, role: user.role, name: `${user.first_name} ${user.last_name}` })),
      faults: ctx.faults.list().length,
    }),
  );

  return app;
}

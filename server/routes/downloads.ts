import { createHmac, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import type { AppEnv, DemoContext } from '../context';
import { cptFileContent } from '../files/cpt-file';
import { loadEntity, loadWorkspace } from '../http/access';
import { ApiError } from '../http/errors';

/**
 * File entities hand out short-lived signed URLs on this server (standing in for S3 pre-signed
 * URLs): no auth header is needed to fetch them, the signature is the credential.
 */
const URL_LIFETIME_S = 15 * 60;

function sign(ctx: DemoContext, id: number, expires: number): string {
  return createHmac('sha256', ctx.fileSecret).update(`${id}:${expires}`).digest('hex').slice(0, 32);
}

function s3Error(code: string, message: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`;
}

/** `GET .../entities/{id}/download/` (needs auth, so it lives under /api). */
export function downloadRoutes(ctx: DemoContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/workspaces/:ws/entities/:id/download/', (c) => {
    const entity = loadEntity(c, ctx, loadWorkspace(c, ctx));
    if (ctx.catalogue.type(entity.entity_type_id)?.is_file !== 1) {
      throw new ApiError(400, { detail: 'This entity is not a file entity and has nothing to download.' });
    }
    const expires = Math.floor(Date.now() / 1000) + URL_LIFETIME_S;
    const origin = new URL(c.req.url).origin;
    const url = `${origin}/files/${entity.id}/${expires}/${sign(ctx, entity.id, expires)}/${encodeURIComponent(entity.name)}`;
    return c.json({ temporary_download_url: url });
  });
  return app;
}

/** `GET /files/...`: the temporary URL itself, outside /api and without auth. */
export function fileRoutes(ctx: DemoContext): Hono {
  const app = new Hono();
  app.get('/files/:id/:expires/:sig/:filename', (c) => {
    const id = Number(c.req.param('id'));
    const expires = Number(c.req.param('expires'));
    const given = Buffer.from(c.req.param('sig'));
    const expected = Buffer.from(sign(ctx, id, expires));
    // Like an S3 bucket with a CORS rule: the dashboard may fetch the file from its own origin.
    const cors = { 'access-control-allow-origin': '*' };
    const xml = { ...cors, 'content-type': 'application/xml' };
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return c.body(s3Error('SignatureDoesNotMatch', 'The request signature does not match.'), 403, xml);
    }
    if (expires < Date.now() / 1000) return c.body(s3Error('AccessDenied', 'Request has expired'), 403, xml);
    const entity = ctx.entities.get(id, true);
    if (!entity) return c.body(s3Error('NoSuchKey', 'The specified key does not exist.'), 404, xml);
    const content = cptFileContent(id, entity.name, JSON.parse(entity.properties ?? '{}'));
    return c.body(content, 200, {
      ...cors,
      'content-type': 'application/octet-stream',
      'content-disposition': `attachment; filename="${entity.name.replace(/"/g, '')}"`,
    });
  });
  return app;
}

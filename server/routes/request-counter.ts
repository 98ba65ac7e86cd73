import type { Hono } from 'hono';
import type { AppEnv } from '../context';

/**
 * Counts the requests under /api/ by method, so a test can prove that something meant to be
 * read-only (the audit of archived workspaces) sent no write. Counted as they arrive, before fault
 * injection or auth: a write that was refused or failed was still sent. Only this server's requests
 * count, so a second server on the same database keeps its own tally.
 */
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function mountRequestCounter(app: Hono<AppEnv>): void {
  let byMethod = new Map<string, number>();

  app.use(async (c, next) => {
    if (c.req.path.startsWith('/api/')) {
      const method = c.req.method.toUpperCase();
      byMethod.set(method, (byMethod.get(method) ?? 0) + 1);
    }
    await next();
  });

  // Methods not seen since the last reset are left out rather than sent as 0.
  app.get('/__control/requests', (c) => {
    let writes = 0;
    for (const [method, count] of byMethod) if (!READS.has(method)) writes += count;
    return c.json({ byMethod: Object.fromEntries(byMethod), writes });
  });
  app.delete('/__control/requests', (c) => {
    byMethod = new Map();
    return c.body(null, 204);
  });
}

import { createServer, request, type Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../scripts/content-security-policy';
import { setUpBrowser } from './browser';
import { currentUserName, demoApi, demoInfo, listWorkspaces, type Page } from './demo-api';
import { findNginx, NGINX_INSTALL_HINT, type RunningNginx, startNginx } from './nginx';
import { workspaceListPage } from './workspace-list-page';

/**
 * The built site behind the real nginx config (deploy/nginx/default.conf.template), under a
 * sub-path, against the demo environment: what a deployment behind nginx gives its users.
 * Between nginx and the demo sits a tap that records what reached the upstream and, like a careless
 * upstream, adds Set-Cookie and CORS headers to every answer.
 */
const BASE = '/tools/viktor/';
const ENVIRONMENT = 'E2E demo behind nginx';

const ci = Boolean(process.env.CI) && !['false', '0'].includes(process.env.CI?.toLowerCase() ?? '');
const nginxFound = findNginx() !== null;
if (!nginxFound) {
  if (ci) throw new Error(`FAILED: ${NGINX_INSTALL_HINT}`);
  const bar = '='.repeat(NGINX_INSTALL_HINT.length + 9);
  console.warn(`\n${bar}\nSKIPPED: ${NGINX_INSTALL_HINT}\n${bar}\n`);
}

type Seen = { method: string; url: string; headers: Record<string, string | string[] | undefined> };

function startTap(demoUrl: string): Promise<{ server: Server; url: string; seen: Seen[] }> {
  const demo = new URL(demoUrl);
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: { ...req.headers } });
    const upstream = request(
      { host: demo.hostname, port: demo.port, method: req.method, path: req.url, headers: req.headers },
      (reply) => {
        res.writeHead(reply.statusCode ?? 502, {
          ...reply.headers,
          'set-cookie': 'upstream-session=1; Path=/',
          'access-control-allow-origin': '*',
          'access-control-allow-credentials': 'true',
          'access-control-expose-headers': 'x-secret',
        });
        reply.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen }),
    ),
  );
}

type Reply = { status: number; headers: Record<string, string>; body: string };

/**
 * One request with the request target exactly as given (fetch and `new URL` would resolve `..` and
 * `\` before sending), over a raw socket. The Host header is the address it is sent to unless given.
 */
function raw(
  port: number,
  path: string,
  {
    method = 'GET',
    host = `127.0.0.1:${port}`,
    headers = {},
    body,
  }: { method?: string; host?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const lines = [`${method} ${path} HTTP/1.1`, `Host: ${host}`, 'Connection: close'];
    for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
    if (body !== undefined) lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
    // write, not end: nginx reads a half-closed connection as a client that gave up (499).
    socket.on('connect', () => socket.write(`${lines.join('\r\n')}\r\n\r\n${body ?? ''}`));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const [statusLine = '', ...headerLines] = text.slice(0, split).split('\r\n');
      const replyHeaders: Record<string, string> = {};
      for (const line of headerLines) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).toLowerCase();
        const value = line.slice(colon + 1).trim();
        replyHeaders[name] = replyHeaders[name] ? `${replyHeaders[name]}, ${value}` : value;
      }
      let replyBody = text.slice(split + 4);
      if (replyHeaders['transfer-encoding'] === 'chunked') replyBody = unchunk(replyBody);
      resolve({ status: Number(statusLine.split(' ')[1]), headers: replyHeaders, body: replyBody });
    });
  });
}

function unchunk(body: string): string {
  let out = '';
  let rest = body;
  for (;;) {
    const end = rest.indexOf('\r\n');
    const size = Number.parseInt(rest.slice(0, end), 16);
    if (!size) return out;
    out += rest.slice(end + 2, end + 2 + size);
    rest = rest.slice(end + 2 + size + 2);
  }
}

type Counts = { byMethod: Record<string, number>; writes: number };
/** The API requests the demo received since the last reset (`GET /__control/requests`). */
const demoCounts = async (): Promise<Counts> => {
  const response = await fetch(new URL('/__control/requests', inject('demoUrl')));
  return (await response.json()) as Counts;
};
const resetDemoCounts = async () => {
  await fetch(new URL('/__control/requests', inject('demoUrl')), { method: 'DELETE' });
};

/**
 * What a page on evil.example sends once its DNS name points at the dashboard's address (DNS
 * rebinding): to the browser it is the page's own origin, so Host, Origin and Sec-Fetch-Site agree.
 */
const rebound = (host: string) => ({
  host,
  headers: { Origin: `http://${host}`, 'Sec-Fetch-Site': 'same-origin' },
});

describe.skipIf(!nginxFound)(`the built site behind nginx under ${BASE}`, () => {
  let tap: Awaited<ReturnType<typeof startTap>>;
  let nginx: RunningNginx;
  const bearer = (role: 'admin' | 'engineer' | 'viewer') => `Bearer ${inject('tokens')[role]}`;

  beforeAll(async () => {
    tap = await startTap(inject('demoUrl'));
    nginx = await startNginx({
      distDir: inject('distDir'),
      upstream: tap.url,
      token: inject('tokens').admin,
      basePath: BASE,
      environmentName: ENVIRONMENT,
    });
  });
  afterAll(async () => {
    await nginx?.close();
    await new Promise((done) => tap?.server.close(done));
  });

  describe('in Chromium', () => {
    const session = setUpBrowser(() => nginx.appUrl);

    it('shows the workspace list, a tree, an entity, its revisions and the audit list, the token added by nginx only', async () => {
      const { page, network } = session;
      const { fixtures } = await demoInfo();
      const ws = fixtures.workspaces.fixtures;
      const [{ count }, name, workspace, roots, archived] = await Promise.all([
        listWorkspaces({ limit: '1' }),
        currentUserName(),
        demoApi<{ name: string }>(`/api/workspaces/${ws}/`),
        demoApi<{ id: number; name: string }[]>(`/api/workspaces/${ws}/entities/`),
        demoApi<{ name: string }>(`/api/workspaces/${fixtures.workspaces.archived}/`),
      ]);
      const root = roots[0];
      if (!root) throw new Error('the fixtures workspace has no entities');
      const ui = workspaceListPage(page);
      const seenBefore = tap.seen.length;

      // The folder itself: the app sends it on to its workspace list, inside the folder.
      await page.goto(nginx.appUrl);
      await ui.total(count).waitFor();
      expect(new URL(page.url()).pathname).toBe(`${BASE}workspaces`);
      await page.getByText(`Signed in as ${name}`).waitFor();
      await page.getByText(`Environment: ${ENVIRONMENT}`).waitFor();

      await ui.search.fill(workspace.name);
      await page.getByRole('link', { name: workspace.name, exact: true }).click();
      await page.waitForURL(`**${BASE}workspaces/${ws}`);
      const tree = page.getByRole('tree', { name: /Entities of/ });
      await tree
        .getByRole('treeitem', { name: root.name, exact: true })
        .getByRole('link', { name: root.name, exact: true })
        .click();
      await page.waitForURL(`**${BASE}workspaces/${ws}/entities/${root.id}`);
      await page.getByRole('heading', { level: 2, name: root.name, exact: true }).waitFor();

      await page
        .getByRole('navigation', { name: 'Entity views' })
        .getByRole('link', { name: 'Revisions' })
        .click();
      await page.waitForURL(`**${BASE}workspaces/${ws}/entities/${root.id}/revisions`);
      await page
        .getByRole('heading', { name: /^Revision #\d+/ })
        .first()
        .waitFor();

      await page.goto('audit');
      expect(new URL(page.url()).pathname).toBe(`${BASE}audit`);
      await page
        .getByRole('list', { name: 'Archived workspaces', exact: true })
        .getByRole('link', { name: archived.name, exact: true })
        .waitFor();

      const sent = network.requests.filter((r) => r.url.protocol === 'http:');
      const api = sent.filter((r) => r.url.pathname.startsWith(`${BASE}api/`));
      expect(api.length, 'API requests through the folder').toBeGreaterThan(3);
      expect(sent.filter((r) => !r.url.pathname.startsWith(BASE)).map((r) => r.url.href)).toEqual([]);
      // Requests cancelled by leaving a page have no answer; every answer that came was a success.
      const answers = await Promise.all(
        sent.map(async (r) => ({ path: r.url.pathname, reply: await r.response })),
      );
      const failed = answers.filter(({ reply }) => reply && reply.status >= 400);
      expect(failed.map(({ path, reply }) => `${reply?.status} ${path}`)).toEqual([]);
      const answeredApi = answers.filter(({ path, reply }) => path.startsWith(`${BASE}api/`) && reply);
      expect(answeredApi.length, 'the API answered').toBeGreaterThan(3);
      for (const r of sent) expect((await r.headers).authorization, r.url.href).toBeUndefined();

      // What reached the upstream: the API requests, as the admin, with nginx's token and no cookie.
      const upstream = tap.seen.slice(seenBefore);
      expect(upstream.length).toBeGreaterThanOrEqual(answeredApi.length);
      for (const request of upstream) {
        expect(request.url).toMatch(/^\/api\//);
        expect(request.headers.authorization).toBe(bearer('admin'));
        expect(request.headers.cookie).toBeUndefined();
      }
    });

    it('opens deep links cold and after a reload: an entity, its revisions compared, the audit list', async () => {
      const { page } = session;
      const { fixtures } = await demoInfo();
      const ws = fixtures.workspaces.fixtures;
      const entityId = fixtures.entities.manyRevisions;
      const [entity, revisions] = await Promise.all([
        demoApi<{ name: string }>(`/api/workspaces/${ws}/entities/${entityId}/`),
        demoApi<Page<{ id: number }>>(
          `/api/workspaces/${ws}/entities/${entityId}/revisions/?limit=2&offset=0&properties=false`,
        ),
      ]);
      const [newest, second] = revisions.results;
      if (!newest || !second) throw new Error('the many-revisions entity has fewer than two revisions');

      await page.goto(`workspaces/${ws}/entities/${entityId}`);
      const heading = page.getByRole('heading', { level: 2, name: entity.name, exact: true });
      await heading.waitFor();
      await page.reload();
      await heading.waitFor();

      // The diff is computed in a worker, loaded from the folder's assets.
      await page.goto(`workspaces/${ws}/entities/${entityId}/revisions`);
      const compared = page.getByRole('heading', { name: `Revision #${second.id} → #${newest.id}` });
      await compared.waitFor();
      await page.getByLabel('Change counts').waitFor();
      await page.reload();
      await compared.waitFor();
      await page.getByLabel('Change counts').waitFor();

      await page.goto('audit');
      await page.reload();
      await page.getByRole('list', { name: 'Archived workspaces', exact: true }).waitFor();
    });
  });

  describe('over plain HTTP', () => {
    beforeEach(async () => {
      await resetDemoCounts();
    });

    it('serves pages as index.html and runtime-config.json uncached, assets immutable, the CSP on every answer', async () => {
      const page = await raw(nginx.port, `${BASE}workspaces/2/entities/21?types=3`);
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.body).not.toContain('="./');
      const script = page.body.match(/<script type="module" crossorigin src="([^"]+)"/)?.[1] ?? '';
      expect(script).toMatch(new RegExp(`^${BASE}assets/.+\\.js$`));

      const asset = await raw(nginx.port, script);
      expect(asset.status).toBe(200);
      expect(asset.headers['content-type']).toMatch(/javascript/);
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');

      const missing = await raw(nginx.port, `${BASE}assets/index-missing.js`);
      expect(missing.status, 'a missing asset is not the app').toBe(404);
      expect(missing.headers['cache-control']).toBeUndefined();

      const config = await raw(nginx.port, `${BASE}runtime-config.json`);
      expect(config.status).toBe(200);
      expect(config.headers['cache-control']).toBe('no-cache');
      expect(JSON.parse(config.body)).toEqual({
        environmentName: ENVIRONMENT,
        upstreamHost: new URL(tap.url).host,
        demo: false,
        apiPath: 'api/',
        tokenInjected: true,
      });
      expect(config.body).not.toContain(inject('tokens').admin);

      const outside = await raw(nginx.port, '/elsewhere/');
      expect(outside.status).toBe(404);
      const top = await raw(nginx.port, '/');
      expect([top.status, top.headers.location]).toEqual([302, BASE]);
      const bare = await raw(nginx.port, BASE.slice(0, -1));
      expect([bare.status, bare.headers.location]).toEqual([302, BASE]);

      for (const [name, reply] of Object.entries({ page, asset, missing, config, outside, top, bare })) {
        expect(reply.headers['content-security-policy'], name).toBe(CONTENT_SECURITY_POLICY);
        expect(reply.headers['x-content-type-options'], name).toBe('nosniff');
        expect(reply.headers['referrer-policy'], name).toBe('same-origin');
      }
      expect(tap.seen.filter((r) => !r.url.startsWith('/api/'))).toEqual([]);
    });

    it.each([
      ['a dot-dot segment', `${BASE}api/workspaces/../users/current/`],
      ['a dot-dot from outside into the API', `${BASE}x/../api/users/current/`],
      ['a dot segment', `${BASE}api/./users/current/`],
      ['encoded dots', `${BASE}api/%2e%2e/__faults`],
      ['encoded dots, upper case', `${BASE}api/%2E%2E/__faults`],
      ['an encoded slash', `${BASE}api/workspaces%2f..%2f..%2f__faults`],
      ['an encoded backslash', `${BASE}api/..%5c__faults`],
      ['double encoding', `${BASE}api/%252e%252e/__faults`],
      ['a backslash', `${BASE}api/..\\__faults`],
      ['an empty segment', `${BASE}api//users/current/`],
      ['an empty segment at the start', `/${BASE}api/users/current/`],
      ['an encoded letter in the prefix', `${BASE}%61pi/users/current/`],
    ])('refuses %s with 400 and forwards nothing (%s)', async (_name, path) => {
      const before = tap.seen.length;
      const reply = await raw(nginx.port, path, { headers: { 'Sec-Fetch-Site': 'same-origin' } });
      expect(reply.status).toBe(400);
      expect(JSON.parse(reply.body)).toEqual({ detail: expect.stringMatching(/normalised|Only paths/) });
      expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(tap.seen.slice(before)).toEqual([]);
      expect(await demoCounts()).toMatchObject({ byMethod: {}, writes: 0 });
    });

    it('refuses cross-site requests and preflights with 403, forwards none, and forwards the same request from its own page', async () => {
      const own = nginx.origin;
      const entity = `${BASE}api/workspaces/2/entities/999999/`;
      const json = { 'Content-Type': 'application/json' };
      const refused = [
        await raw(nginx.port, `${BASE}api/users/current/`, { headers: { 'Sec-Fetch-Site': 'cross-site' } }),
        await raw(nginx.port, entity, {
          method: 'PUT',
          headers: { ...json, Origin: 'https://evil.example' },
          body: '{"name": "x"}',
        }),
        await raw(nginx.port, entity, {
          method: 'OPTIONS',
          headers: { Origin: own, 'Access-Control-Request-Method': 'PUT' },
        }),
        await raw(nginx.port, entity, { method: 'PUT', headers: json, body: '{"name": "x"}' }),
        await raw(nginx.port, entity, {
          method: 'PUT',
          headers: { ...json, Referer: `http://127.0.0.1:${nginx.port}@evil.example/` },
          body: '{"name": "x"}',
        }),
      ];
      expect(refused.map((reply) => reply.status)).toEqual([403, 403, 403, 403, 403]);
      for (const reply of refused) {
        expect(JSON.parse(reply.body)).toEqual({ detail: expect.any(String) });
        expect(reply.headers['access-control-allow-origin']).toBeUndefined();
      }
      expect(await demoCounts()).toMatchObject({ byMethod: {}, writes: 0 });

      // The same write from the dashboard's own page is forwarded (and the demo answers it).
      const forwarded = await raw(nginx.port, entity, {
        method: 'PUT',
        headers: { ...json, 'Sec-Fetch-Site': 'same-origin', Origin: own },
        body: '{"name": "x"}',
      });
      expect(forwarded.status).toBe(404);
      expect(await demoCounts()).toMatchObject({ byMethod: { PUT: 1 }, writes: 1 });
    });

    it("replaces the browser's Authorization, drops its Cookie, and lets no Set-Cookie or CORS header back", async () => {
      // The tap does add them: straight from it, they are there.
      const direct = await raw(Number(new URL(tap.url).port), '/api/users/current/', {
        headers: { Authorization: bearer('admin') },
      });
      expect(direct.headers['set-cookie']).toBeDefined();
      expect(direct.headers['access-control-allow-origin']).toBe('*');

      const before = tap.seen.length;
      const reply = await raw(nginx.port, `${BASE}api/users/current/`, {
        headers: {
          'Sec-Fetch-Site': 'same-origin',
          Authorization: bearer('viewer'),
          Cookie: 'dashboard-session=secret',
          'X-Forwarded-Email': 'someone@example.com',
        },
      });
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.body)).toMatchObject({ first_name: 'Ada', last_name: 'Lovelace' });
      expect(Object.keys(reply.headers).filter((name) => /^(set-cookie|access-control-)/.test(name))).toEqual(
        [],
      );
      const [seen] = tap.seen.slice(before);
      expect(seen?.headers.authorization).toBe(bearer('admin'));
      expect(seen?.headers.cookie).toBeUndefined();
      expect(seen?.headers['x-forwarded-email']).toBeUndefined();
      expect(seen?.headers.host).toBe(new URL(tap.url).host);
    });

    it.each([
      ['the API', 'GET', `${BASE}api/users/current/`, 'evil.example'],
      ['the API, a write', 'PUT', `${BASE}api/workspaces/2/entities/999999/`, 'evil.example:PORT'],
      ['a page', 'GET', `${BASE}workspaces`, 'evil.example:PORT'],
      ['runtime-config.json', 'GET', `${BASE}runtime-config.json`, 'evil.example:PORT'],
      ['a traversal (the host is checked first)', 'GET', `${BASE}api/%2e%2e/__faults`, 'evil.example'],
      ['our address on another port', 'GET', `${BASE}api/users/current/`, '127.0.0.1:1'],
      ['localhost (not PUBLIC_HOST)', 'GET', `${BASE}api/users/current/`, 'localhost:PORT'],
    ])(
      'refuses %s sent to another host name (DNS rebinding) with 421, forwarding nothing',
      async (_name, method, path, hostPattern) => {
        const host = hostPattern.replace('PORT', String(nginx.port));
        const before = tap.seen.length;
        const body = method === 'PUT' ? '{"name": "x"}' : undefined;
        const reply = await raw(nginx.port, path, { method, body, ...rebound(host) });
        expect(reply.status).toBe(421);
        expect(reply.headers['content-type']).toMatch(/^application\/json/);
        expect(JSON.parse(reply.body)).toEqual({ detail: expect.stringMatching(/host name/) });
        expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
        expect(reply.headers['x-content-type-options']).toBe('nosniff');
        expect(reply.headers['referrer-policy']).toBe('same-origin');
        expect(reply.body).not.toContain(ENVIRONMENT);
        expect(tap.seen.slice(before)).toEqual([]);
        expect(await demoCounts()).toMatchObject({ byMethod: {}, writes: 0 });
      },
    );

    it('answers the same requests sent to its PUBLIC_HOST', async () => {
      const own = `127.0.0.1:${nginx.port}`;
      const before = tap.seen.length;
      const api = await raw(nginx.port, `${BASE}api/users/current/`, rebound(own));
      expect(api.status).toBe(200);
      expect(JSON.parse(api.body)).toMatchObject({ first_name: 'Ada', last_name: 'Lovelace' });
      expect(tap.seen.slice(before).map((r) => r.url)).toEqual(['/api/users/current/']);
      expect(await demoCounts()).toMatchObject({ byMethod: { GET: 1 } });
      const page = await raw(nginx.port, `${BASE}workspaces`, rebound(own));
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
    });

    it('writes the token into no log line', async () => {
      await raw(nginx.port, `${BASE}api/users/current/`);
      expect(nginx.logs()).toContain(`${BASE}api/users/current/`);
      expect(nginx.logs()).not.toContain(inject('tokens').admin);
    });
  });

  describe('without PUBLIC_HOST (only safe behind the auth proxy)', () => {
    let anyHost: RunningNginx;
    beforeAll(async () => {
      anyHost = await startNginx({
        distDir: inject('distDir'),
        upstream: tap.url,
        token: inject('tokens').admin,
        basePath: BASE,
        publicHost: null,
      });
    });
    afterAll(async () => {
      await anyHost?.close();
    });

    it('answers any host name, as before: a rebound page gets through with the token', async () => {
      const before = tap.seen.length;
      const reply = await raw(anyHost.port, `${BASE}api/users/current/`, rebound('evil.example'));
      expect(reply.status).toBe(200);
      const [seen] = tap.seen.slice(before);
      expect(seen?.headers.authorization).toBe(bearer('admin'));
    });
  });

  describe('without a service token (paste-a-token mode)', () => {
    let paste: RunningNginx;
    beforeAll(async () => {
      paste = await startNginx({
        distDir: inject('distDir'),
        upstream: tap.url,
        token: '',
        basePath: BASE,
        signInUrl: '/oauth2/sign_in',
      });
    });
    afterAll(async () => {
      await paste?.close();
    });

    it("says so in runtime-config.json and forwards the user's own token, still without cookies", async () => {
      const config = await raw(paste.port, `${BASE}runtime-config.json`);
      expect(JSON.parse(config.body)).toEqual({
        environmentName: new URL(tap.url).host,
        upstreamHost: new URL(tap.url).host,
        demo: false,
        apiPath: 'api/',
        tokenInjected: false,
        signInUrl: '/oauth2/sign_in',
      });

      const before = tap.seen.length;
      const engineer = await raw(paste.port, `${BASE}api/users/current/`, {
        headers: { 'Sec-Fetch-Site': 'same-origin', Authorization: bearer('engineer'), Cookie: 'a=b' },
      });
      expect(engineer.status).toBe(200);
      const { first_name, last_name } = JSON.parse(engineer.body) as Record<string, string>;
      expect(`${first_name} ${last_name}`).toBe(await currentUserName('engineer'));
      const [seen] = tap.seen.slice(before);
      expect(seen?.headers.authorization).toBe(bearer('engineer'));
      expect(seen?.headers.cookie).toBeUndefined();

      const anonymous = await raw(paste.port, `${BASE}api/users/current/`, {
        headers: { 'Sec-Fetch-Site': 'same-origin' },
      });
      expect(anonymous.status).toBe(401);
    });
  });
});

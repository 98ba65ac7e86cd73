import { afterAll, beforeAll, expect } from 'vitest';
import { type ContractVariant, type DemoServer, startDemoServer } from '../../server/app';

/**
 * The root vitest setup starts an msw server that answers `*\/api/...` for component tests. Taken
 * at import time, before its `beforeAll` patches `globalThis.fetch`, this is the real fetch, so
 * these tests talk to the real demo server. `startTestServer` checks that they do.
 */
const realFetch = globalThis.fetch;

export type Role = 'admin' | 'engineer' | 'viewer';

export type CallOptions = {
  as?: Role | null;
  token?: string;
  method?: string;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
};

export type TestServer = {
  readonly server: DemoServer;
  /** A request with the given user's token (admin by default; `as: null` sends none). */
  call(path: string, options?: CallOptions): Promise<Response>;
  /** Like `call`, and parses the JSON body. */
  json<T = unknown>(
    path: string,
    options?: CallOptions,
  ): Promise<{ status: number; body: T; response: Response }>;
};

/** A fresh in-memory demo server for the enclosing describe block (or file), with these variants. */
export function startTestServer(options: { variants?: readonly ContractVariant[] } = {}): TestServer {
  let server: DemoServer | undefined;

  beforeAll(async () => {
    server = await startDemoServer({ port: 0, dbPath: ':memory:', log: false, variants: options.variants });
    const info = await realFetch(`${server.url}/__demo/info`);
    if (!info.ok || !('fixtures' in ((await info.json()) as object)))
      throw new Error('Not talking to the demo server');
  });
  afterAll(async () => {
    await server?.close();
  });

  const handle: TestServer = {
    get server() {
      if (!server) throw new Error('The demo server has not started yet');
      return server;
    },
    async call(path, options = {}) {
      const { server: demo } = handle;
      const role = options.as === undefined ? 'admin' : options.as;
      const token = options.token ?? (role ? demo.tokens[role] : undefined);
      const headers: Record<string, string> = { ...options.headers };
      if (token) headers.authorization = `Bearer ${token}`;
      let body: string | undefined = options.rawBody;
      if (options.body !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(options.body);
      }
      return realFetch(`${demo.url}${path}`, { method: options.method ?? 'GET', headers, body });
    },
    async json<T>(path: string, options?: CallOptions) {
      const response = await handle.call(path, options);
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T, response };
    },
  };
  return handle;
}

export { realFetch };

/**
 * The client's list schemas keep an item they cannot read in its place (`{unreadable: true, …}`);
 * from the demo with its defaults every item must read. Asserts that, and narrows the type.
 */
export function allReadable<P extends { count: number; results: readonly unknown[] }>(
  page: P,
): { count: number; results: Exclude<P['results'][number], { unreadable: true }>[] } {
  const unreadable = page.results.filter(
    (item) => typeof item === 'object' && item !== null && 'unreadable' in item,
  );
  expect(unreadable).toEqual([]);
  return page as unknown as { count: number; results: Exclude<P['results'][number], { unreadable: true }>[] };
}

import type { BrowserContext, Request } from 'playwright-core';

export type RecordedRequest = {
  method: string;
  url: URL;
  /** Every header Chromium sent, cookies included (`allHeaders`, not the filtered `headers`). */
  headers: Promise<Record<string, string>>;
  body: string | null;
  response: Promise<{ status: number; body: Buffer | null } | null>;
};

/**
 * Every request the pages of one browser context make, with what came back. Headers and bodies arrive
 * asynchronously: `settled()` waits for them, and must run before the context closes.
 */
export class NetworkLog {
  readonly requests: RecordedRequest[] = [];

  constructor(context: BrowserContext) {
    context.on('request', (request) => this.requests.push(record(request)));
  }

  /** Workspace list requests, in the order they were sent. */
  workspaceListRequests(): URL[] {
    return this.requests.filter((r) => r.url.pathname === '/api/workspaces/').map((r) => r.url);
  }

  async settled(): Promise<
    {
      method: string;
      url: URL;
      headers: Record<string, string>;
      body: string | null;
      responseBody: Buffer | null;
    }[]
  > {
    return Promise.all(
      this.requests.map(async (r) => ({
        method: r.method,
        url: r.url,
        body: r.body,
        headers: await r.headers,
        responseBody: (await r.response)?.body ?? null,
      })),
    );
  }
}

function record(request: Request): RecordedRequest {
  // Bodies of redirects and aborted requests cannot be read; they carry nothing of ours anyway.
  const response = request
    .response()
    .then(async (res) => (res ? { status: res.status(), body: await res.body().catch(() => null) } : null))
    .catch(() => null);
  return {
    method: request.method(),
    url: new URL(request.url()),
    headers: request.allHeaders().catch(() => request.headers()),
    body: request.postData(),
    response,
  };
}

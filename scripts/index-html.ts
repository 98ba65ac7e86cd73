import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';

/**
 * The build's index.html refers to its files relatively (`./assets/…`, Vite `base: './'`), so one
 * build can be served from any folder. But the same index.html also answers every deep link
 * (`/workspaces/3/entities/9`), where `./assets/` would point into a folder that does not exist; and
 * the CSP forbids a `<base>` element. So whoever serves it writes the folder in: `="./` becomes
 * `="/tools/viktor/`. nginx does the same with `sub_filter` (deploy/nginx).
 */
export function withBasePath(html: string, basePath: string): string {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return html.replaceAll('="./', `="${base}`);
}

const FILE_EXTENSION = /\/[^/]*\.[a-z0-9]+$/i;

/**
 * `vite preview` middleware: index.html for `/` and for every path that is not a file (client-side
 * routes), rewritten for the base path, never cached. Files (`/assets/…`) go on to Vite's static
 * handler.
 */
export function serveIndexHtml(distDir: () => string, basePath = '/') {
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const path = (req.url ?? '/').split(/[?#]/)[0] ?? '/';
    if (path === '/api' || path.startsWith('/api/')) return next();
    const isPage = path === '/index.html' || !FILE_EXTENSION.test(path);
    if (!isPage || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    let html: string;
    try {
      html = readFileSync(join(distDir(), 'index.html'), 'utf8');
    } catch {
      return next();
    }
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('cache-control', 'no-cache');
    res.end(req.method === 'HEAD' ? undefined : withBasePath(html, basePath));
  };
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import type { Plugin, ProxyOptions } from 'vite';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';
import { serveIndexHtml } from './index-html.ts';
import { proxyGuard } from './proxy-guard.ts';

/**
 * The dev/preview proxy between the browser and a VIKTOR environment.
 *
 * The browser only ever calls same-origin `/api/…`; this proxy forwards to `VIKTOR_API_URL` and adds
 * `Authorization: Bearer $VIKTOR_TOKEN` on the way out. The token lives in this Node process only: it is
 * never written into the bundle, a response, a URL or a log line.
 *
 * Only our own page may use it, and only on normalised `/api/…` paths: `proxy-guard.ts` refuses the
 * rest before Vite's proxy sees it.
 *
 * Without a token of its own (`VIKTOR_TOKEN` unset) it forwards the `Authorization` header the
 * browser sent: that is the paste-a-token mode, where each user signs in with their own token.
 *
 * It also serves `/runtime-config.json`, which tells the dashboard which environment it talks to
 * and how it is signed in (never the token). A static deployment serves the same file (deploy/nginx).
 * `npm run preview` also sends the production CSP and serves index.html for deep links.
 */
export type ViktorProxyOptions = {
  upstream: string | undefined;
  token: string | undefined;
  environmentName?: string;
};

export type RuntimeConfig = {
  environmentName: string;
  upstreamHost: string | null;
  demo: boolean;
  apiPath: string;
  tokenInjected: boolean;
};

export function runtimeConfigFor(options: ViktorProxyOptions): RuntimeConfig {
  const host = options.upstream ? new URL(options.upstream).host : null;
  return {
    environmentName: options.environmentName ?? host ?? 'not configured',
    upstreamHost: host,
    demo: options.environmentName?.toLowerCase().includes('demo') ?? false,
    apiPath: 'api/',
    tokenInjected: Boolean(options.token),
  };
}

function proxyFor(options: ViktorProxyOptions): Record<string, ProxyOptions> {
  if (!options.upstream) return {};
  const authorization = options.token ? `Bearer ${options.token}` : undefined;
  return {
    // A regex, not the prefix '/api', which would also forward `/apidocs` and the like.
    '^/api/': {
      target: options.upstream,
      changeOrigin: true,
      secure: true,
      configure(proxy) {
        proxy.on('proxyReq', (proxyReq) => {
          // With a token of its own, only the proxy's credentials go upstream. Without one, the
          // user's pasted token (the browser's Authorization) is the credential. Cookies never.
          proxyReq.removeHeader('cookie');
          if (authorization) {
            proxyReq.removeHeader('authorization');
            proxyReq.setHeader('authorization', authorization);
          }
        });
        proxy.on('proxyRes', (proxyRes) => {
          // An upstream must not be able to make the browser store anything for us.
          delete proxyRes.headers['set-cookie'];
          // Nor let another origin read what it answers: only our own page calls the API.
          for (const name of Object.keys(proxyRes.headers)) {
            if (name.startsWith('access-control-')) delete proxyRes.headers[name];
          }
        });
        proxy.on('error', (error, _req, res) => {
          console.error(`[viktor-proxy] upstream unreachable: ${error.message}`);
          const response = res as ServerResponse;
          if ('writeHead' in response && !response.headersSent) {
            response.writeHead(502, { 'content-type': 'application/json' });
            response.end(JSON.stringify({ detail: 'The VIKTOR environment could not be reached.' }));
          }
        });
      },
    },
  };
}

function serveRuntimeConfig(config: RuntimeConfig) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (req.url?.split('?')[0] !== '/runtime-config.json') return next();
    res.setHeader('content-type', 'application/json');
    res.setHeader('cache-control', 'no-store');
    res.end(JSON.stringify(config));
  };
}

export function viktorProxy(options: ViktorProxyOptions): Plugin {
  const config = runtimeConfigFor(options);
  const proxy = proxyFor(options);
  return {
    name: 'viktor-proxy',
    // Vite's own CORS middleware runs before any plugin's and answers preflights itself: off, so
    // an OPTIONS to /api reaches the guard (403). Nothing here is meant for other origins.
    config: () => ({ server: { proxy, cors: false }, preview: { proxy, cors: false } }),
    configureServer(server) {
      server.middlewares.use(proxyGuard());
      server.middlewares.use(serveRuntimeConfig(config));
    },
    configurePreviewServer(server) {
      server.middlewares.use((_req, res, next) => {
        res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
        next();
      });
      server.middlewares.use(proxyGuard());
      server.middlewares.use(serveRuntimeConfig(config));
      const distDir = () => resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use(serveIndexHtml(distDir));
    },
  };
}

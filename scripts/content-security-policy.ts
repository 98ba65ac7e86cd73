/**
 * The dashboard's Content-Security-Policy, sent with every response by `npm run preview` and by the
 * nginx deployment (deploy/nginx, whose copy a test holds to this one). No 'unsafe-inline' and no
 * 'unsafe-eval': the build has no inline script or style, and zod runs jitless (src/lib/zod-jitless.ts).
 * The dev server (`npm start`) does not send it: Vite's hot reload injects inline scripts.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "worker-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

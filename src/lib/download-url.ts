/**
 * Which download URLs the dashboard opens. The URL comes from the API's JSON, so whoever controls
 * that answer chooses it: assigned to a link as is, `javascript:` would run in our page, and
 * `data:`/`file:` would show content under our name. A real environment hands out pre-signed
 * `https:` URLs (S3 and the like). Plain `http:` is opened only from our own origin, or from the
 * local demo environment, which serves its files at `http://127.0.0.1:<port>/files/…`: that is,
 * when the runtime config says "demo" and the URL's host is the upstream host it names.
 */
export type DownloadTarget = { ok: true; url: string } | { ok: false; reason: string };

export type DownloadContext = {
  /** `location.origin` of the dashboard. */
  ownOrigin: string;
  demo: boolean;
  upstreamHost: string | null | undefined;
};

export function checkDownloadUrl(
  raw: string,
  { ownOrigin, demo, upstreamHost }: DownloadContext,
): DownloadTarget {
  let url: URL;
  try {
    // No base: a relative or malformed value is not a download address.
    url = new URL(raw.trim());
  } catch {
    return { ok: false, reason: 'the server did not send a complete web address.' };
  }
  if (url.protocol === 'https:') return { ok: true, url: url.href };
  if (url.protocol === 'http:') {
    const fromDemo = demo && !!upstreamHost && url.host === upstreamHost;
    if (url.origin === ownOrigin || fromDemo) return { ok: true, url: url.href };
    return { ok: false, reason: `the link is unencrypted (http:) and points to ${url.host}.` };
  }
  return { ok: false, reason: `the link is a ${url.protocol} address; only https: downloads are opened.` };
}

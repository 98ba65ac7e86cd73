import { describe, expect, it } from 'vitest';
import { checkDownloadUrl } from './download-url';

const real = { ownOrigin: 'https://dash.example.com', demo: false, upstreamHost: 'cloud.us1.viktor.ai' };
const demo = { ownOrigin: 'http://127.0.0.1:5173', demo: true, upstreamHost: '127.0.0.1:8787' };

describe('checkDownloadUrl', () => {
  it.each([
    [real, 'https://bucket.s3.amazonaws.com/f.gef?X-Amz-Signature=1'],
    [real, 'https://dash.example.com/files/1'],
    [{ ...real, ownOrigin: 'http://localhost:4173' }, 'http://localhost:4173/files/1'],
    [demo, 'http://127.0.0.1:8787/files/1/2/sig/a%20b.gef'],
    [demo, 'https://anything.example/f'],
  ])('opens %o %s', (context, url) => {
    expect(checkDownloadUrl(url, context)).toEqual({ ok: true, url: new URL(url).href });
  });

  it.each([
    [real, 'javascript:alert(1)'],
    [real, 'java\tscript:alert(1)'],
    [real, 'data:text/html;base64,PHNjcmlwdD4='],
    [real, 'blob:https://dash.example.com/1'],
    [real, 'file:///etc/passwd'],
    [real, '//evil.example/f'],
    [real, '/files/1'],
    [real, ''],
    [real, 'http://cloud.us1.viktor.ai/f'],
    [{ ...demo, demo: false }, 'http://127.0.0.1:8787/files/1'],
    [demo, 'http://127.0.0.1:8788/files/1'],
    [{ ...demo, upstreamHost: null }, 'http://127.0.0.1:8787/files/1'],
  ])('refuses %o %s', (context, url) => {
    expect(checkDownloadUrl(url, context)).toEqual({ ok: false, reason: expect.any(String) });
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkApiPath, checkSameOrigin } from '../../scripts/proxy-guard';

describe('checkApiPath', () => {
  it.each([
    '/api/workspaces/',
    '/api/workspaces/?limit=50&offset=0&search=..%2F..%2Fx',
    '/api/workspaces/3/entities/11/?properties=true',
    '/api/workspaces/3/entities/11/revisions/?limit=10&offset=20',
    '/api/users/current/',
    '/api/workspaces/3/entities/11/download/',
    '/api/workspaces/3/entities/my.file.name/',
  ])('forwards the normalised API path %s', (url) => {
    expect(checkApiPath(url)).toEqual({ ok: true, api: true });
  });

  it.each([
    '/',
    '/index.html',
    '/workspaces/3/entities/11',
    '/assets/index-abc.js',
    '/runtime-config.json',
    '/@vite/client',
    '/node_modules/.vite/deps/react.js?v=1',
    '/apidocs',
    '/x/../y',
  ])('leaves %s to the app (not an API path, not forwarded)', (url) => {
    expect(checkApiPath(url)).toEqual({ ok: true, api: false });
  });

  it.each([
    ['dot-dot', '/api/../__faults'],
    ['dot-dot at the end', '/api/workspaces/..'],
    ['dot-dot deeper', '/api/workspaces/../../__faults'],
    ['dot', '/api/./workspaces/'],
    ['encoded dots', '/api/%2e%2e/__faults'],
    ['encoded dots, upper case', '/api/%2E%2E/__faults'],
    ['one encoded dot', '/api/.%2e/__faults'],
    ['encoded slash', '/api/..%2f__faults'],
    ['encoded slash, upper case', '/api/workspaces%2F..%2F..%2F__faults'],
    ['encoded backslash', '/api/..%5c__faults'],
    ['double-encoded dots', '/api/%252e%252e/__faults'],
    ['double-encoded slash', '/api/..%252f__faults'],
    ['triple-encoded dots', '/api/%25252e%25252e/__faults'],
    ['deeply nested encoding', '/api/%252525252525252e/'],
    ['backslash', '/api/..\\__faults'],
    ['backslash alone', '/api\\..\\__faults'],
    ['empty segment', '/api//workspaces/'],
    ['empty segment at the start', '//api/workspaces/'],
    ['bare /api', '/api'],
    ['outside, normalising into /api', '/x/../api/workspaces/'],
    ['outside, encoded into /api', '/x/%2e%2e/api/workspaces/'],
    ['encoded prefix', '/%61pi/workspaces/'],
    ['encoded slash after api', '/api%2fworkspaces/'],
    ['malformed encoding', '/api/workspaces/%zz/'],
    ['fragment', '/api/workspaces/#x'],
  ])('refuses %s (%s) with 400', (_name, url) => {
    expect(checkApiPath(url)).toMatchObject({
      ok: false,
      status: 400,
      api: true,
      detail: expect.any(String),
    });
  });
});

const OWN = 'http://127.0.0.1:4173';

describe('checkSameOrigin', () => {
  it.each([
    ['the app: GET, Sec-Fetch-Site same-origin', 'GET', { 'sec-fetch-site': 'same-origin' }],
    [
      'the app: PUT, same-origin with its Origin',
      'PUT',
      { 'sec-fetch-site': 'same-origin', origin: OWN, 'content-type': 'application/json' },
    ],
    ['PUT with Origin = own origin (no Sec-Fetch-*)', 'PUT', { origin: OWN }],
    ['DELETE with a same-origin Referer only', 'DELETE', { referer: `${OWN}/workspaces/3` }],
    ['GET typed into the address bar', 'GET', { 'sec-fetch-site': 'none' }],
    ['HEAD typed into the address bar', 'HEAD', { 'sec-fetch-site': 'none' }],
    ['GET without any origin information (curl)', 'GET', {}],
    ['an Origin written with a trailing slash', 'POST', { origin: 'http://127.0.0.1:4173/' }],
  ])('allows %s', (_name, method, headers) => {
    expect(checkSameOrigin({ method, headers, ownOrigin: OWN })).toEqual({ ok: true });
  });

  it.each([
    ['a cross-site PUT', 'PUT', { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }],
    ['a cross-site GET', 'GET', { 'sec-fetch-site': 'cross-site' }],
    ['a same-site PUT (another port)', 'PUT', { 'sec-fetch-site': 'same-site' }],
    ['a typed-URL POST', 'POST', { 'sec-fetch-site': 'none' }],
    ['an unknown Sec-Fetch-Site', 'GET', { 'sec-fetch-site': 'whatever' }],
    ['PUT from another origin', 'PUT', { origin: 'https://evil.example' }],
    ['PUT from our host on another port', 'PUT', { origin: 'http://127.0.0.1:5173' }],
    ['PUT from our host over https', 'PUT', { origin: 'https://127.0.0.1:4173' }],
    ['GET from another origin', 'GET', { origin: 'https://evil.example' }],
    ['PUT with Origin: null (sandboxed frame, file:)', 'PUT', { origin: 'null' }],
    ['PUT with a foreign Referer', 'PUT', { referer: 'https://evil.example/page' }],
    ['PUT with a garbage Referer', 'PUT', { referer: 'not a url' }],
    ['PUT from a look-alike host', 'PUT', { origin: 'http://127.0.0.1:4173.evil.example' }],
    ['PUT with no origin information', 'PUT', {}],
    ['DELETE with no origin information', 'DELETE', {}],
    ['POST with no origin information', 'POST', {}],
    ['a CORS preflight', 'OPTIONS', { origin: 'https://evil.example' }],
    ['even a same-origin OPTIONS', 'OPTIONS', { 'sec-fetch-site': 'same-origin', origin: OWN }],
  ])('refuses %s with 403', (_name, method, headers) => {
    expect(checkSameOrigin({ method, headers, ownOrigin: OWN })).toMatchObject({
      ok: false,
      status: 403,
      detail: expect.any(String),
    });
  });

  it('refuses an Origin check when our own origin is unknown (no Host header)', () => {
    expect(checkSameOrigin({ method: 'PUT', headers: { origin: OWN }, ownOrigin: null })).toMatchObject({
      ok: false,
      status: 403,
    });
  });
});

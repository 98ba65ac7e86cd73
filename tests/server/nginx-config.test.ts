// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEFAULTS,
  type NginxSettings,
  renderConfig,
  renderTemplate,
  SettingsError,
  settingsFromEnv,
  standaloneConfig,
  TEMPLATE_PATH,
  TEMPLATE_VARIABLES,
} from '../../deploy/nginx/render-config';
import { CONTENT_SECURITY_POLICY } from '../../scripts/content-security-policy';

/**
 * The nginx deployment's one template (deploy/nginx/default.conf.template): it holds the same CSP as
 * the preview, the renderer fills in only its own variables, and nginx itself accepts the result.
 * How it behaves over HTTP is tests/e2e/nginx-subpath.e2e.ts.
 */
const template = readFileSync(TEMPLATE_PATH, 'utf8');
const CHECK_ENV = new URL('../../deploy/nginx/check-env.sh', import.meta.url).pathname;

const settings = (overrides: Partial<NginxSettings> = {}): NginxSettings =>
  settingsFromEnv({
    VIKTOR_API_URL: 'https://cloud.us1.viktor.ai',
    BASE_PATH: '/tools/viktor/',
    VIKTOR_TOKEN: 'vktrpat_unit_test_token',
    ...overrides,
  });

describe('the nginx template', () => {
  it('sends exactly the preview CSP, on every response', () => {
    const lines = template.match(/^\s*add_header Content-Security-Policy .*$/gm) ?? [];
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/ always;$/);
    expect(lines[0]?.match(/add_header Content-Security-Policy "(.*)" always;/)?.[1]).toBe(
      CONTENT_SECURITY_POLICY,
    );
  });

  it('has its add_header lines at server level only, where every location inherits them', () => {
    // An add_header inside a location would drop the CSP there: nginx replaces, not merges.
    const server = template.slice(template.search(/^server \{/m));
    const firstLocation = server.search(/^\s*location /m);
    const headers = [...server.matchAll(/^\s*add_header /gm)].map((m) => m.index ?? 0);
    expect(headers.length).toBe(4);
    for (const at of headers) expect(at).toBeLessThan(firstLocation);
  });

  it('uses no placeholder the renderer (and the Dockerfile) does not know', () => {
    const used = new Set([...template.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual([...TEMPLATE_VARIABLES].sort());
    const dockerfile = readFileSync(new URL('../../deploy/nginx/Dockerfile', import.meta.url), 'utf8');
    for (const name of TEMPLATE_VARIABLES) expect(dockerfile, name).toMatch(new RegExp(`\\b${name}=`));
  });
});

describe('renderConfig', () => {
  it('substitutes every variable and leaves nginx variables alone', () => {
    const rendered = renderConfig(settings({ VIKTOR_ENVIRONMENT_NAME: 'Production (EU)' }));
    expect(rendered).not.toMatch(/\$\{/);
    expect(rendered).toContain('location ^~ /tools/viktor/api/ {');
    expect(rendered).toContain('proxy_pass https://cloud.us1.viktor.ai/api/;');
    expect(rendered).toContain('default                "Bearer vktrpat_unit_test_token";');
    expect(rendered).toContain(`sub_filter '="./' '="/tools/viktor/';`);
    expect(rendered).toContain('"Production (EU)"');
    expect(rendered).toContain('listen 8080;');
    for (const nginxVariable of ['$request_uri', '$http_host', '$uri', '$http_authorization', '$1'])
      expect(rendered, nginxVariable).toContain(nginxVariable);
  });

  it('substitutes like envsubst: $NAME and its braced form, for its own names only', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: envsubst placeholders, not JS templates
    const rendered = renderTemplate('a ${BASE_PATH} b $BASE_PATH c $BASE_PATHS d ${HOME} e $uri', {
      ...DEFAULTS,
      VIKTOR_API_URL: 'http://x',
      BASE_PATH: '/p/',
    });
    // biome-ignore lint/suspicious/noTemplateCurlyInString: envsubst placeholders, not JS templates
    expect(rendered).toBe('a /p/ b /p/ c $BASE_PATHS d ${HOME} e $uri');
  });

  it('defaults to the root folder, port 8080 and the image paths', () => {
    const defaults = settingsFromEnv({ VIKTOR_API_URL: 'http://127.0.0.1:8787' });
    expect(defaults).toMatchObject({
      BASE_PATH: '/',
      VIKTOR_TOKEN: '',
      LISTEN_PORT: '8080',
      DIST_DIR: '/usr/share/nginx/html',
    });
  });

  it.each([
    [{ VIKTOR_API_URL: undefined }, /VIKTOR_API_URL is required/],
    [{ BASE_PATH: '/tools/viktor' }, /BASE_PATH must be/],
    [{ BASE_PATH: 'tools/viktor/' }, /BASE_PATH must be/],
    [{ BASE_PATH: '/tools/../' }, /BASE_PATH must be/],
    [{ BASE_PATH: '/tools//' }, /BASE_PATH must be/],
    [{ BASE_PATH: '/a b/' }, /BASE_PATH must be/],
    [{ VIKTOR_API_URL: 'https://cloud.us1.viktor.ai/' }, /VIKTOR_API_URL must be/],
    [{ VIKTOR_API_URL: 'https://cloud.us1.viktor.ai/api' }, /VIKTOR_API_URL must be/],
    [{ VIKTOR_API_URL: 'ftp://cloud.us1.viktor.ai' }, /VIKTOR_API_URL must be/],
    [{ VIKTOR_TOKEN: 'abc"; return 200 x; #' }, /VIKTOR_TOKEN must be/],
    [{ VIKTOR_ENVIRONMENT_NAME: 'Prod "EU"' }, /VIKTOR_ENVIRONMENT_NAME must be/],
    [{ VIKTOR_ENVIRONMENT_NAME: 'costs $5' }, /VIKTOR_ENVIRONMENT_NAME must be/],
    [{ SIGN_IN_URL: "/oauth2/sign_in'" }, /SIGN_IN_URL must be/],
    [{ SIGN_IN_URL: 'http://sso.example.com/' }, /SIGN_IN_URL must be/],
    [{ SIGN_IN_URL: 'javascript:alert(1)' }, /SIGN_IN_URL must be/],
    [{ LISTEN_PORT: '80; server_name x' }, /LISTEN_PORT must be/],
    [{ DIST_DIR: 'dist' }, /DIST_DIR must be/],
  ])('refuses %o', (overrides, message) => {
    const env = { VIKTOR_API_URL: 'https://cloud.us1.viktor.ai', ...overrides };
    expect(() => settingsFromEnv(env)).toThrow(SettingsError);
    expect(() => settingsFromEnv(env)).toThrow(message);
  });

  it.each([
    { BASE_PATH: '/' },
    { BASE_PATH: '/tools/viktor/' },
    { BASE_PATH: '/a.b/~c/d_e-f/' },
    { VIKTOR_API_URL: 'http://127.0.0.1:8787' },
    { VIKTOR_API_URL: 'http://[::1]:8787' },
    { SIGN_IN_URL: '/oauth2/sign_in' },
    { SIGN_IN_URL: 'https://sso.example.com/oauth2/sign_in?rd=%2Ftools%2Fviktor%2F' },
    { LISTEN_PORT: '127.0.0.1:8080' },
    { VIKTOR_ENVIRONMENT_NAME: 'Production – EU (read-only)' },
  ])('accepts %o', (overrides) => {
    expect(() => settings(overrides)).not.toThrow();
  });
});

describe('check-env.sh (the same rules inside the image)', () => {
  const run = (env: Record<string, string>) =>
    spawnSync('sh', [CHECK_ENV], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...DEFAULTS, ...env },
      encoding: 'utf8',
    });

  it('accepts good settings', () => {
    const result = run({ VIKTOR_API_URL: 'https://cloud.us1.viktor.ai', BASE_PATH: '/tools/viktor/' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it.each([
    [{ VIKTOR_API_URL: '' }, /VIKTOR_API_URL/],
    [{ BASE_PATH: '/tools/viktor' }, /BASE_PATH/],
    [{ BASE_PATH: '/tools/../' }, /BASE_PATH/],
    [{ VIKTOR_API_URL: 'https://cloud.us1.viktor.ai/' }, /VIKTOR_API_URL/],
    [{ VIKTOR_TOKEN: 'a"b' }, /VIKTOR_TOKEN/],
    [{ VIKTOR_ENVIRONMENT_NAME: 'a$b' }, /VIKTOR_ENVIRONMENT_NAME/],
    [{ SIGN_IN_URL: 'http://x/' }, /SIGN_IN_URL/],
    [{ LISTEN_PORT: '80;' }, /LISTEN_PORT/],
  ])('refuses %o, naming the variable', (overrides, name) => {
    const result = run({ VIKTOR_API_URL: 'https://cloud.us1.viktor.ai', ...overrides });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(name);
  });
});

/** `nginx -t` on the rendered config: only where nginx is installed (CI installs it: .ci/run). */
const nginx = spawnSync('nginx', ['-v'], { encoding: 'utf8' });
const hasNginx = nginx.status === 0;
if (!hasNginx) console.warn('nginx is not installed: `nginx -t` on the rendered config is skipped');

describe.skipIf(!hasNginx)('nginx -t', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['a sub-path with a service token', {}],
    ['the root folder', { BASE_PATH: '/' }],
    ['the paste-a-token mode with a sign-in page', { VIKTOR_TOKEN: '', SIGN_IN_URL: '/oauth2/sign_in' }],
  ])('accepts the rendered config: %s', (_name, overrides: Partial<NginxSettings>) => {
    const dir = mkdtempSync(join(tmpdir(), 'nginx-config-test-'));
    dirs.push(dir);
    // A literal address: `nginx -t` resolves the upstream's name, and tests do not reach the internet.
    const rendered = renderConfig(
      settings({
        VIKTOR_API_URL: 'https://127.0.0.1:9',
        DIST_DIR: dir,
        LISTEN_PORT: '127.0.0.1:18099',
        ...overrides,
      }),
    );
    const serverConf = join(dir, 'server.conf');
    writeFileSync(serverConf, rendered);
    writeFileSync(join(dir, 'nginx.conf'), standaloneConfig({ dir, serverConf }));
    const result = spawnSync(
      'nginx',
      ['-t', '-q', '-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')],
      { encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

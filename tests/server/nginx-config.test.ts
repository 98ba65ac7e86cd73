// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEFAULTS,
  type NginxSettings,
  NO_PUBLIC_HOST_WARNING,
  renderConfig,
  renderTemplate,
  SettingsError,
  settingsFromEnv,
  settingsWarnings,
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
const RENDER_CONFIG = new URL('../../deploy/nginx/render-config.ts', import.meta.url).pathname;
const TSX = new URL('../../node_modules/.bin/tsx', import.meta.url).pathname;

const settings = (overrides: Partial<NginxSettings> = {}): NginxSettings =>
  settingsFromEnv({
    VIKTOR_API_URL: 'https://cloud.us1.viktor.ai',
    BASE_PATH: '/tools/viktor/',
    VIKTOR_TOKEN: 'vktrpat_unit_test_token',
    ...overrides,
  });

/**
 * PUBLIC_HOST goes into a map's source string next to the Host header: nothing that could fake its
 * `,` and `|` delimiters, nothing nginx or a regular expression would read as syntax.
 */
const GOOD_PUBLIC_HOSTS = [
  'dashboard.example.com',
  'Dashboard.Example.COM',
  'dashboard.example.com:8443',
  '127.0.0.1:8080',
  'localhost',
  'dashboard.example.com,dashboard.internal:8080',
];
const BAD_PUBLIC_HOSTS = [
  'dashboard.example.com ',
  'a.example.com, b.example.com',
  'a.example.com;',
  'a.example.com"',
  "a.example.com'",
  'a$host',
  'a.example.com|b',
  'a,,b',
  ',a.example.com',
  'a.example.com,',
  '*.example.com',
  '.example.com',
  'a..example.com',
  'a.example.com.',
  '(a|b).example.com',
  'a+.example.com',
  'a.example.com\\',
  'a{1}.example.com',
  '[::1]:8080',
  'a.example.com:123456',
  'a.example.com:',
  'https://a.example.com',
  'a.example.com/tools',
  'user@a.example.com',
  'a.example.com\nb.example.com',
];

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
    // Set on the ENV instruction (not in a comment: the run example there names some of them too).
    const env = dockerfile.slice(dockerfile.search(/^ENV /m)).split(/\n(?!\s)/)[0] ?? '';
    for (const name of TEMPLATE_VARIABLES) expect(env, name).toMatch(new RegExp(`\\s${name}=`));
    // The image's envsubst fills in only these names: one left out would stay `${NAME}` in the config.
    const filter = dockerfile.match(/NGINX_ENVSUBST_FILTER="\^\(([A-Z_|]+)\)\$"/)?.[1];
    expect(filter?.split('|').sort()).toEqual([...TEMPLATE_VARIABLES].sort());
  });

  it('checks the Host header before anything else, in the server block', () => {
    const server = template.slice(template.search(/^server \{/m));
    const firstCheck = server.search(/^\s*(if|return|location) /m);
    expect(server.slice(firstCheck)).toMatch(/^\s*if \(\$viktor_host_refusal\) \{\s*return 421 /);
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

  it('puts PUBLIC_HOST in the host check as data, and leaves the check open without it', () => {
    const one = renderConfig(settings({ PUBLIC_HOST: 'dashboard.example.com' }));
    expect(one).toContain('map ",dashboard.example.com,|$http_host" $viktor_host_refusal {');
    const list = renderConfig(settings({ PUBLIC_HOST: 'dashboard.example.com,127.0.0.1:8080' }));
    expect(list).toContain('map ",dashboard.example.com,127.0.0.1:8080,|$http_host" $viktor_host_refusal {');
    const none = renderConfig(settings());
    expect(none).toContain('map ",,|$http_host" $viktor_host_refusal {');
    for (const rendered of [one, list, none]) expect(rendered).toContain('return 421 ');
  });

  it('warns, without refusing, when PUBLIC_HOST is not set', () => {
    expect(settingsWarnings(settings())).toEqual([NO_PUBLIC_HOST_WARNING]);
    expect(NO_PUBLIC_HOST_WARNING).toMatch(/only be reachable through the auth proxy/);
    expect(settingsWarnings(settings({ PUBLIC_HOST: 'dashboard.example.com' }))).toEqual([]);
  });

  it('prints that warning on stderr when run, and the config on stdout', () => {
    const run = (env: Record<string, string>) =>
      spawnSync(TSX, [RENDER_CONFIG], {
        env: {
          PATH: process.env.PATH ?? '/usr/bin:/bin',
          VIKTOR_API_URL: 'https://cloud.us1.viktor.ai',
          ...env,
        },
        encoding: 'utf8',
      });
    const without = run({});
    expect(without.status).toBe(0);
    expect(without.stderr).toContain(`warning: ${NO_PUBLIC_HOST_WARNING}`);
    expect(without.stdout).toContain('map ",,|$http_host"');
    const withHost = run({ PUBLIC_HOST: 'dashboard.example.com' });
    expect(withHost.status).toBe(0);
    expect(withHost.stderr).toBe('');
    expect(withHost.stdout).toContain('map ",dashboard.example.com,|$http_host"');
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

  it.each<[Record<string, string | undefined>, RegExp]>([
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
    ...BAD_PUBLIC_HOSTS.map((PUBLIC_HOST): [Record<string, string>, RegExp] => [
      { PUBLIC_HOST },
      /PUBLIC_HOST must be/,
    ]),
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
    ...GOOD_PUBLIC_HOSTS.map((PUBLIC_HOST) => ({ PUBLIC_HOST })),
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
    const result = run({
      VIKTOR_API_URL: 'https://cloud.us1.viktor.ai',
      BASE_PATH: '/tools/viktor/',
      PUBLIC_HOST: 'dashboard.example.com',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('warns without PUBLIC_HOST, and starts all the same', () => {
    const result = run({ VIKTOR_API_URL: 'https://cloud.us1.viktor.ai', PUBLIC_HOST: '' });
    expect(result.stderr).toBe(`viktor-dashboard: warning: ${NO_PUBLIC_HOST_WARNING}\n`);
    expect(result.status).toBe(0);
  });

  it.each(GOOD_PUBLIC_HOSTS)('accepts PUBLIC_HOST=%j, like the renderer', (PUBLIC_HOST) => {
    const result = run({ VIKTOR_API_URL: 'https://cloud.us1.viktor.ai', PUBLIC_HOST });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it.each(BAD_PUBLIC_HOSTS)('refuses PUBLIC_HOST=%j, like the renderer', (PUBLIC_HOST) => {
    const result = run({ VIKTOR_API_URL: 'https://cloud.us1.viktor.ai', PUBLIC_HOST });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/PUBLIC_HOST must be/);
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
    ['with PUBLIC_HOST', { PUBLIC_HOST: 'dashboard.example.com' }],
    ['with PUBLIC_HOST, a list', { PUBLIC_HOST: 'dashboard.example.com,127.0.0.1:18099' }],
    ['without PUBLIC_HOST', { PUBLIC_HOST: '' }],
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

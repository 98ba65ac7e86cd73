/**
 * Fills in deploy/nginx/default.conf.template the way the official nginx image's envsubst does, for
 * Debian's nginx (or any nginx without that image) and for the tests. The template stays the one
 * source of truth: this only substitutes `${NAME}` / `$NAME` for the variables below, checks their
 * values first, and leaves every other `$` (nginx's own `$uri`, `$http_host`, ...) alone.
 *
 *   npx tsx deploy/nginx/render-config.ts                      the server block, on stdout
 *   npx tsx deploy/nginx/render-config.ts --out FILE           the server block, into FILE (mode 600)
 *   npx tsx deploy/nginx/render-config.ts --standalone DIR     DIR/nginx.conf + DIR/viktor-dashboard.conf:
 *       a whole nginx configuration whose pid, logs and temp files stay in DIR, for
 *       `nginx -p DIR -c DIR/nginx.conf -e DIR/error.log` (no change to /etc/nginx)
 *
 * Settings come from the environment (see TEMPLATE_VARIABLES). The rendered file holds the service
 * token: it is written readable by its owner only, and never printed when it goes to a file.
 */
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export const TEMPLATE_PATH = fileURLToPath(new URL('default.conf.template', import.meta.url));

export const TEMPLATE_VARIABLES = [
  'BASE_PATH',
  'VIKTOR_API_URL',
  'VIKTOR_TOKEN',
  'VIKTOR_ENVIRONMENT_NAME',
  'SIGN_IN_URL',
  'LISTEN_PORT',
  'DIST_DIR',
  'UPSTREAM_CA_FILE',
  'PUBLIC_HOST',
] as const;

export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];
export type NginxSettings = Record<TemplateVariable, string>;

/** The same defaults as the Dockerfile's ENV lines. */
export const DEFAULTS: Omit<NginxSettings, 'VIKTOR_API_URL'> = {
  BASE_PATH: '/',
  VIKTOR_TOKEN: '',
  VIKTOR_ENVIRONMENT_NAME: '',
  SIGN_IN_URL: '',
  LISTEN_PORT: '8080',
  DIST_DIR: '/usr/share/nginx/html',
  UPSTREAM_CA_FILE: '/etc/ssl/certs/ca-certificates.crt',
  PUBLIC_HOST: '',
};

/** One host name or IPv4 address, with an optional port: no regular-expression character but `.`. */
const HOST = '[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*(?::[0-9]{1,5})?';

/**
 * What each value may hold. The values land inside nginx strings, a regular expression (BASE_PATH)
 * and JSON (runtime-config.json), so quotes, backslashes, `$`, `;` and control characters are never
 * allowed. deploy/nginx/check-env.sh applies the same rules inside the image.
 */
const RULES: Record<TemplateVariable, { pattern: RegExp; rule: string }> = {
  BASE_PATH: {
    pattern: /^\/(?:(?!\.\.?\/)[A-Za-z0-9._~-]+\/)*$/,
    rule: 'a folder that starts and ends with "/", e.g. /tools/viktor/ (letters, digits, - _ . ~)',
  },
  VIKTOR_API_URL: {
    pattern: /^https?:\/\/(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$/,
    rule: 'the environment\'s origin, e.g. https://cloud.us1.viktor.ai (no path, no trailing "/")',
  },
  VIKTOR_TOKEN: {
    pattern: /^[A-Za-z0-9._~+/=-]*$/,
    rule: 'a token (letters, digits, . _ ~ + / = -), or empty for the paste-a-token mode',
  },
  VIKTOR_ENVIRONMENT_NAME: {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
    pattern: /^[^"'\\$;{}\u0000-\u001f\u007f]*$/,
    rule: 'a name without quotes, backslashes, $, ;, braces or control characters',
  },
  SIGN_IN_URL: {
    pattern: /^(?:(?:https:\/\/|\/)[A-Za-z0-9._~:/?#[\]@!&()*+,=%-]*)?$/,
    rule: 'an https:// URL or a path on this origin (e.g. /oauth2/sign_in), or empty',
  },
  LISTEN_PORT: {
    pattern: /^(?:(?:[0-9.]+|\[[0-9A-Fa-f:]+\]):)?[0-9]{1,5}$/,
    rule: 'a port (8080) or address:port (127.0.0.1:8080)',
  },
  DIST_DIR: { pattern: /^\/[A-Za-z0-9._~/+@=-]*$/, rule: 'an absolute path (no spaces or quotes)' },
  UPSTREAM_CA_FILE: { pattern: /^\/[A-Za-z0-9._~/+@=-]*$/, rule: 'an absolute path (no spaces or quotes)' },
  PUBLIC_HOST: {
    pattern: new RegExp(`^(?:${HOST}(?:,${HOST})*)?$`),
    rule:
      'the host name users open the dashboard at, with its port if the address shows one ' +
      '(dashboard.example.com, 127.0.0.1:8080), several separated by "," without spaces, or empty',
  },
};

export class SettingsError extends Error {}

/** The settings from an environment (process.env), with defaults, checked. Throws SettingsError. */
export function settingsFromEnv(env: Record<string, string | undefined>): NginxSettings {
  const apiUrl = env.VIKTOR_API_URL;
  if (!apiUrl) throw new SettingsError(`VIKTOR_API_URL is required: ${RULES.VIKTOR_API_URL.rule}`);
  const settings = { ...DEFAULTS, VIKTOR_API_URL: apiUrl } as NginxSettings;
  for (const name of TEMPLATE_VARIABLES) {
    const value = env[name];
    if (value !== undefined && name !== 'VIKTOR_API_URL') settings[name] = value;
  }
  const problems = TEMPLATE_VARIABLES.filter((name) => !RULES[name].pattern.test(settings[name])).map(
    (name) => `${name} must be ${RULES[name].rule}`,
  );
  if (problems.length > 0) throw new SettingsError(problems.join('\n'));
  return settings;
}

export const NO_PUBLIC_HOST_WARNING =
  'PUBLIC_HOST is not set, so nginx answers for any host name: a page on another site whose DNS ' +
  'name is re-pointed at this server (DNS rebinding) passes the same-origin check and can use the ' +
  'service token. Without PUBLIC_HOST this nginx must only be reachable through the auth proxy, never ' +
  "directly from users' browsers. Set PUBLIC_HOST to the host users open the dashboard at.";

/** What is allowed but weak in these settings, one line each (printed, never an error). */
export function settingsWarnings(settings: NginxSettings): string[] {
  return settings.PUBLIC_HOST === '' ? [NO_PUBLIC_HOST_WARNING] : [];
}

/** envsubst with a variable list: `${NAME}` and `$NAME` for those names only; anything else stays. */
export function renderTemplate(template: string, settings: NginxSettings): string {
  const known = new Set<string>(TEMPLATE_VARIABLES);
  return template.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (match, a, b) => {
    const name: string = a ?? b;
    return known.has(name) ? settings[name as TemplateVariable] : match;
  });
}

export function renderConfig(settings: NginxSettings, template = readFileSync(TEMPLATE_PATH, 'utf8')) {
  return renderTemplate(template, settings);
}

/**
 * A whole nginx configuration around the server block, with everything nginx writes kept in `dir`.
 * `user`: the workers' user when nginx starts as root (nginx's compiled-in default may not exist).
 */
export function standaloneConfig({
  dir,
  serverConf,
  user,
}: {
  dir: string;
  serverConf: string;
  user?: string;
}) {
  const at = (name: string) => join(dir, name);
  return [
    '# A self-contained nginx configuration (deploy/nginx/render-config.ts --standalone).',
    ...(user ? [`user ${user};`] : []),
    'worker_processes 1;',
    `pid ${at('nginx.pid')};`,
    `error_log ${at('error.log')} warn;`,
    'events { worker_connections 256; }',
    'http {',
    '    include /etc/nginx/mime.types;',
    `    access_log ${at('access.log')};`,
    `    client_body_temp_path ${at('client_body_temp')};`,
    `    proxy_temp_path ${at('proxy_temp')};`,
    `    fastcgi_temp_path ${at('fastcgi_temp')};`,
    `    uwsgi_temp_path ${at('uwsgi_temp')};`,
    `    scgi_temp_path ${at('scgi_temp')};`,
    `    include ${serverConf};`,
    '}',
    '',
  ].join('\n');
}

/** Writes a file only its owner can read: it may hold the service token. */
function writePrivate(path: string, text: string) {
  writeFileSync(path, text, { mode: 0o600 });
  chmodSync(path, 0o600);
}

function main() {
  const { values } = parseArgs({ options: { out: { type: 'string' }, standalone: { type: 'string' } } });
  let settings: NginxSettings;
  try {
    settings = settingsFromEnv(process.env);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  for (const warning of settingsWarnings(settings)) process.stderr.write(`warning: ${warning}\n`);
  const rendered = renderConfig(settings);
  if (values.standalone) {
    const dir = resolve(values.standalone);
    mkdirSync(dir, { recursive: true });
    const serverConf = join(dir, 'viktor-dashboard.conf');
    writePrivate(serverConf, rendered);
    const user = process.getuid?.() === 0 ? 'www-data' : undefined;
    writeFileSync(join(dir, 'nginx.conf'), standaloneConfig({ dir, serverConf, user }));
    process.stderr.write(
      `Wrote ${join(dir, 'nginx.conf')} and ${serverConf}. Start with:\n` +
        `  nginx -p ${dir} -c ${join(dir, 'nginx.conf')} -e ${join(dir, 'error.log')} -g 'daemon off;'\n`,
    );
  } else if (values.out) {
    writePrivate(values.out, rendered);
    process.stderr.write(`Wrote ${values.out}\n`);
  } else {
    process.stdout.write(rendered);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

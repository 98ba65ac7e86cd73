import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo, connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderConfig, settingsFromEnv, standaloneConfig } from '../../deploy/nginx/render-config';

/**
 * A real nginx running deploy/nginx/default.conf.template, rendered by deploy/nginx/render-config.ts
 * into a temp dir that also holds its pid, logs and temp files: `nginx -p <dir> -c <dir>/nginx.conf
 * -g 'daemon off;'` as a child process on a free port. Nothing under /etc/nginx is read but mime.types.
 */
export const NGINX_INSTALL_HINT = 'the nginx deployment test needs nginx: apt-get install -y nginx';

/** nginx on PATH, or Debian's /usr/sbin/nginx (not on a normal user's PATH). */
export function findNginx(): string | null {
  const onPath = spawnSync('nginx', ['-v'], { stdio: 'ignore' });
  if (onPath.status === 0) return 'nginx';
  return existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : null;
}

/** A busy 2-core machine: starting nginx takes well under a second, but give it room. */
const START_MS = 20_000;

export type NginxOptions = {
  distDir: string;
  upstream: string;
  token: string;
  basePath: string;
  environmentName?: string;
  signInUrl?: string;
  /**
   * PUBLIC_HOST: the Host header nginx answers for. Default `127.0.0.1:<its port>`, the address the
   * tests (and the browser) use; null: not set, any host is answered.
   */
  publicHost?: string | null;
};

export type RunningNginx = {
  /** `http://127.0.0.1:<port>`, without the base path. */
  origin: string;
  port: number;
  /** The app: origin + base path, ending in `/`. */
  appUrl: string;
  /** What nginx wrote to its access and error logs so far. */
  logs(): string;
  close(): Promise<void>;
};

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

const exited = (child: ChildProcess) =>
  child.exitCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));

export async function startNginx(options: NginxOptions): Promise<RunningNginx> {
  const nginx = findNginx();
  if (!nginx) throw new Error(NGINX_INSTALL_HINT);
  const dir = mkdtempSync(join(tmpdir(), 'viktor-nginx-'));
  // Started as root, nginx's workers run as www-data: they must be able to enter this folder.
  chmodSync(dir, 0o755);
  const port = await freePort();
  const settings = settingsFromEnv({
    BASE_PATH: options.basePath,
    VIKTOR_API_URL: options.upstream,
    VIKTOR_TOKEN: options.token,
    VIKTOR_ENVIRONMENT_NAME: options.environmentName ?? '',
    SIGN_IN_URL: options.signInUrl ?? '',
    LISTEN_PORT: `127.0.0.1:${port}`,
    DIST_DIR: options.distDir,
    PUBLIC_HOST: options.publicHost === undefined ? `127.0.0.1:${port}` : (options.publicHost ?? ''),
  });
  const serverConf = join(dir, 'viktor-dashboard.conf');
  writeFileSync(serverConf, renderConfig(settings), { mode: 0o600 });
  const conf = join(dir, 'nginx.conf');
  const user = process.getuid?.() === 0 ? 'www-data' : undefined;
  writeFileSync(conf, standaloneConfig({ dir, serverConf, user }));
  const errorLog = join(dir, 'error.log');
  const child = spawn(nginx, ['-p', dir, '-c', conf, '-e', errorLog, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const log = () => (existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '');

  // Ready when it accepts connections; gone if it exits first (a config error, a taken port).
  const deadline = Date.now() + START_MS;
  for (;;) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`nginx did not start (exit ${child.exitCode}): ${stderr}${log()}`);
    }
    if (await accepts(port)) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    appUrl: `${origin}${options.basePath}`,
    logs: () => {
      const access = join(dir, 'access.log');
      return `${existsSync(access) ? readFileSync(access, 'utf8') : ''}${log()}`;
    },
    async close() {
      // SIGTERM: nginx's fast shutdown (open connections are closed, not waited for).
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

import { UsageError } from './exit-codes';

/**
 * Where the CLI talks to and with what: read from the environment only, so the token never sits in
 * an argument (process list, shell history, CI logs). `VIKTOR_API_URL` takes the same value as for
 * `npm start` (the environment, `https://cloud.us1.viktor.ai`) or the API root itself (`…/api`,
 * `…/api/`); any other path is refused rather than guessed at.
 */
export type Connection = {
  /** Absolute, ending in `/api/`. */
  baseUrl: string;
  /** The host (and port): the audit's `environment` in its state and provenance. */
  environment: string;
  token: string;
};

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function readConnection(env: NodeJS.ProcessEnv): Connection {
  const rawUrl = env.VIKTOR_API_URL?.trim();
  if (!rawUrl) {
    throw new UsageError('VIKTOR_API_URL is not set: export it, e.g. VIKTOR_API_URL=https://cloud.viktor.ai');
  }
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new UsageError(`VIKTOR_API_URL is not a URL: "${rawUrl}".`);
  }
  if (url.username || url.password) {
    throw new UsageError('VIKTOR_API_URL must not carry a user or password: the token goes in VIKTOR_TOKEN.');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname))) {
    throw new UsageError(
      `VIKTOR_API_URL must be https: (plain http only for localhost or 127.0.0.1, the demo), got ${url.protocol}//${url.host}.`,
    );
  }
  if (!['/', '/api', '/api/'].includes(url.pathname) || url.search || url.hash) {
    throw new UsageError(
      `VIKTOR_API_URL must be the environment or its API root (https://host or https://host/api/), not ${url.pathname}${url.search}.`,
    );
  }

  const token = env.VIKTOR_TOKEN?.trim();
  if (!token)
    throw new UsageError('VIKTOR_TOKEN is not set: export your personal access token as VIKTOR_TOKEN.');
  // A token read from a file or a secret sometimes keeps a newline; inner whitespace means a wrong value.
  if (/\s/.test(token)) throw new UsageError('VIKTOR_TOKEN contains whitespace: it is not a token.');

  return { baseUrl: `${url.origin}/api/`, environment: url.host, token };
}

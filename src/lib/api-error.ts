import { HTTPError, TimeoutError } from 'ky';
import type { z } from 'zod/mini';
import { describeIssues } from './describe-issues';

/**
 * `signed-out`: something other than the API answered because the user is no longer signed in: an
 * auth proxy redirecting to its sign-in page or answering with that page's HTML.
 */
export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'invalid-response' | 'signed-out';

/** One error type for everything that can go wrong talking to VIKTOR, built in one place. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** HTTP status; 0 when no response arrived. */
  readonly status: number;
  /** DRF's `{"detail": "..."}`, when the server sent one. */
  readonly detail: string | undefined;
  /** DRF's field errors: `{"name": ["This field is required."]}`. */
  readonly fieldErrors: Record<string, string[]>;
  readonly nonFieldErrors: string[];
  /** From `Retry-After` on a 429/503, in milliseconds. */
  readonly retryAfterMs: number | undefined;

  constructor(init: {
    kind: ApiErrorKind;
    status?: number;
    message: string;
    detail?: string;
    fieldErrors?: Record<string, string[]>;
    nonFieldErrors?: string[];
    retryAfterMs?: number;
    cause?: unknown;
  }) {
    super(init.message, { cause: init.cause });
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status ?? 0;
    this.detail = init.detail;
    this.fieldErrors = init.fieldErrors ?? {};
    this.nonFieldErrors = init.nonFieldErrors ?? [];
    this.retryAfterMs = init.retryAfterMs;
  }

  get isUnauthorized() {
    return this.status === 401;
  }
  /** Not authenticated any more: a 401, or an auth proxy whose session ended. */
  get isSignedOut() {
    return this.status === 401 || this.kind === 'signed-out';
  }
  get isForbidden() {
    return this.status === 403;
  }
  get isNotFound() {
    return this.status === 404;
  }
  /** Worth trying again later: the server or the network failed, not the request. */
  get isTransient() {
    return this.kind === 'network' || this.kind === 'timeout' || this.status === 429 || this.status >= 500;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** `Retry-After` is either delay-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function messagesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(messagesOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(messagesOf);
  return [];
}

/**
 * DRF nests errors of nested serializers: `{"properties": {"soil": {"layers": {"1": {"phi": ["…"]}}}}}`.
 * Flatten to paths (`properties.soil.layers[1].phi`) so a form can show each at its field.
 */
function flattenFieldErrors(value: unknown, path: string, out: Record<string, string[]>) {
  if (
    typeof value === 'string' ||
    (Array.isArray(value) && value.every((item) => typeof item === 'string'))
  ) {
    out[path] = messagesOf(value);
    return;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) flattenFieldErrors(item, `${path}[${index}]`, out);
    return;
  }
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      flattenFieldErrors(child, /^\d+$/.test(key) ? `${path}[${key}]` : `${path}.${key}`, out);
    }
    return;
  }
  out[path] = messagesOf(value);
}

const STATUS_MESSAGES: Record<number, string> = {
  400: 'The request was not accepted.',
  401: 'Your VIKTOR session is not valid (expired or wrong token).',
  403: 'You do not have permission to do this.',
  404: 'Not found.',
  429: 'Too many requests: VIKTOR asked us to slow down.',
  500: 'The VIKTOR server had an internal error.',
  502: 'The VIKTOR environment could not be reached.',
  503: 'The VIKTOR environment is temporarily unavailable.',
  504: 'The VIKTOR server took too long to answer.',
};

const SESSION_ENDED = 'Your sign-in session has ended: the dashboard was answered by a sign-in page.';

/**
 * An auth proxy whose session ended answers API calls itself: with a redirect to its sign-in page
 * (requests are sent with `redirect: 'manual'`, so a browser sees an opaque redirect and Node the
 * 3xx) or with that page's HTML. The API never answers either. An HTML 5xx is a gateway's error page.
 */
export function isSignInAnswer(response: Response): boolean {
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) return true;
  const html = response.headers.get('content-type')?.includes('text/html') ?? false;
  return html && response.status < 500;
}

export function signedOutError(cause?: unknown): ApiError {
  return new ApiError({ kind: 'signed-out', message: SESSION_ENDED, cause });
}

async function fromHttpError(error: HTTPError): Promise<ApiError> {
  const { response } = error;
  if (response.status !== 401 && isSignInAnswer(response)) return signedOutError(error);
  const text = await response.text().catch(() => '');
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  let detail: string | undefined;
  const fieldErrors: Record<string, string[]> = {};
  let nonFieldErrors: string[] = [];
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    for (const [key, value] of Object.entries(body)) {
      if (key === 'detail' && typeof value === 'string') detail = value;
      else if (key === 'non_field_errors') nonFieldErrors = messagesOf(value);
      else flattenFieldErrors(value, key, fieldErrors);
    }
  }
  const status = response.status;
  const fallback = STATUS_MESSAGES[status] ?? `The VIKTOR server answered ${status}.`;
  return new ApiError({
    kind: 'http',
    status,
    message: detail ?? nonFieldErrors[0] ?? fallback,
    detail,
    fieldErrors,
    nonFieldErrors,
    retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
    cause: error,
  });
}

export function invalidResponseError(
  issue: z.core.$ZodError | SyntaxError,
  what: string,
  input?: unknown,
): ApiError {
  const reason = issue instanceof SyntaxError ? 'it is not valid JSON' : describeIssues(issue.issues, input);
  return new ApiError({
    kind: 'invalid-response',
    status: 200,
    message: `The server sent ${what} we could not read: ${reason}.`,
    cause: issue,
  });
}

/** Maps anything thrown while calling the API to an ApiError; aborts pass through untouched. */
export async function toApiError(error: unknown): Promise<unknown> {
  if (error instanceof ApiError) return error;
  if (error instanceof DOMException && error.name === 'AbortError') return error;
  if (error instanceof HTTPError) return fromHttpError(error);
  if (error instanceof TimeoutError) {
    return new ApiError({
      kind: 'timeout',
      message: 'The VIKTOR server did not answer in time.',
      cause: error,
    });
  }
  if (error instanceof SyntaxError) return invalidResponseError(error, 'a response');
  if (error instanceof TypeError) {
    return new ApiError({
      kind: 'network',
      message: 'Could not reach the VIKTOR API: the network or the server is down.',
      cause: error,
    });
  }
  return error;
}

/**
 * DRF-shaped errors. Handlers throw these; the app's error handler turns them into responses, so a
 * check deep in a helper can end the request without threading return values back up.
 */
export const AUTH_FAILED = 'No authentication found or authentication is not correct.';
export const NOT_FOUND = 'Not found.';
export const NO_PERMISSION = 'You do not have permission to perform this action.';

export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 415 | 429 | 500 | 504,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(typeof body.detail === 'string' ? body.detail : `HTTP ${status}`);
  }
}

export const notFound = () => new ApiError(404, { detail: NOT_FOUND });

export const forbidden = (detail = NO_PERMISSION) => new ApiError(403, { detail });

/** Field errors as DRF's serializers report them: `{"name": ["This field is required."]}`. */
export const fieldErrors = (errors: Record<string, string[]>) => new ApiError(400, errors);

export const unauthorized = () =>
  new ApiError(401, { detail: AUTH_FAILED }, { 'www-authenticate': 'Bearer realm="api"' });

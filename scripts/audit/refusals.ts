import type { ApiError } from '../../src/lib/api-error';
import { AuthError } from './exit-codes';
import { terminalText } from './terminal-text';

/** A 401 or 403, in words that say what to change; exit 3. */
export function refusedTokenError(error: ApiError, needed?: string): AuthError {
  if (error.isUnauthorized) {
    return new AuthError(
      'VIKTOR refused the token (401): it is wrong or has expired. Set a valid VIKTOR_TOKEN; ' +
        'the state file keeps what was done, so the same command then resumes.',
      401,
    );
  }
  const detail = error.detail ? ` ("${terminalText(error.detail)}")` : '';
  return new AuthError(`VIKTOR answered 403${detail}: this token may not ${needed ?? 'use the API'}.`, 403);
}

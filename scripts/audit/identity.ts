import { getCurrentUser } from '../../src/api/users/queries';
import type { ApiClient } from '../../src/lib/api-client';
import { isApiError } from '../../src/lib/api-error';
import { createRequestPool } from '../../src/lib/request-pool';
import { refusedTokenError } from './refusals';

/**
 * Who the token belongs to, for the state file's key and the exports' provenance: the e-mail, else
 * `user #id`. It is also the first request, so a bad token stops the run here (exit 3) before any
 * file is touched. A server without this endpoint still gets its audit, by "unknown user".
 */
export async function identifyUser(client: ApiClient, signal?: AbortSignal): Promise<string> {
  const pool = createRequestPool({ concurrency: 1, signal });
  try {
    const user = await pool.run((requestSignal) => getCurrentUser({ client, signal: requestSignal }));
    return user.email || `user #${user.id}`;
  } catch (error) {
    if (isApiError(error) && (error.isUnauthorized || error.isForbidden)) throw refusedTokenError(error);
    if (isApiError(error) && error.status >= 400 && error.status < 500) return 'unknown user';
    throw error;
  }
}

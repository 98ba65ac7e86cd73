import {
  EditConflictError,
  SavedOverConcurrentEditError,
  SaveUnverifiedError,
} from '../../api/entities/save-entity';
import { isApiError } from '../../lib/api-error';

/** The save went in, but the check after it could not rule out someone else's save at that moment. */
export function SaveWarning({ error }: { error: unknown }) {
  if (!(error instanceof SaveUnverifiedError)) return null;
  return (
    <p
      role="status"
      className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
    >
      {error.message}
    </p>
  );
}

/** Why a save failed, said so that it is clear the edit is still here. */
export function SaveError({ error }: { error: unknown }) {
  if (
    !error ||
    error instanceof EditConflictError ||
    error instanceof SavedOverConcurrentEditError ||
    error instanceof SaveUnverifiedError
  )
    return null;
  let text: string;
  if (isApiError(error) && error.isUnauthorized) {
    text =
      'Your VIKTOR session has expired or the token was rejected. Nothing was saved; your changes are kept as a draft in this tab. Sign in again, then save.';
  } else if (isApiError(error) && error.isForbidden) {
    text = `Not saved: ${error.message} Your changes are kept as a draft in this tab.`;
  } else if (isApiError(error) && error.status === 400) {
    text = 'Not saved: the server rejected some values (shown at their fields). Your changes are kept.';
  } else {
    const reason = error instanceof Error ? error.message : 'unknown error';
    text = `Not saved: ${reason} Your changes are kept as a draft in this tab; try again.`;
  }
  return (
    <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
      {text}
    </p>
  );
}

/** Server field errors for params, keyed by path inside the params (the editor's keys). */
export function paramFieldErrors(error: unknown): Record<string, string[]> | undefined {
  if (!isApiError(error) || error.status !== 400) return undefined;
  const out: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(error.fieldErrors)) {
    out[key === 'properties' ? 'non_field_errors' : key.replace(/^properties\.?/, '')] = messages;
  }
  if (error.nonFieldErrors.length > 0) out.non_field_errors = error.nonFieldErrors;
  return out;
}

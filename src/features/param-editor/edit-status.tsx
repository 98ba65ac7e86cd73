import {
  EditConflictError,
  SavedOverConcurrentEditError,
  SaveUnverifiedError,
} from '../../api/entities/save-entity';
import { Button } from '../../components/ui/button';
import { isApiError } from '../../lib/api-error';
import { stringifyJson } from '../../lib/exact-json';
import { saveFile } from '../../lib/save-file';

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

type SaveErrorProps = {
  error: unknown;
  /** The edited params: offered as a file when the entity is gone and no draft can come back to it. */
  properties: Record<string, unknown>;
  entityName: string;
};

/** Why a save failed, said so that it is clear the edit is still here. */
export function SaveError({ error, properties, entityName }: SaveErrorProps) {
  if (
    !error ||
    error instanceof EditConflictError ||
    error instanceof SavedOverConcurrentEditError ||
    error instanceof SaveUnverifiedError
  )
    return null;
  let text: string;
  let gone = false;
  if (isApiError(error) && error.isUnauthorized) {
    text =
      'Your VIKTOR session has expired or the token was rejected. Nothing was saved; your changes are kept as a draft in this tab. Sign in again, then save.';
  } else if (isApiError(error) && error.isNotFound) {
    // Deleted since it was opened (by someone else, or in another tab): a draft could never be
    // restored into it, so the values on screen are all there is; they can be taken away as a file.
    gone = true;
    text =
      'Not saved: This entity no longer exists: it was deleted after you opened it. Your values are still in the form below; download them to keep them.';
  } else if (isApiError(error) && error.isForbidden) {
    text = `Not saved: ${error.message} Your changes are kept as a draft in this tab.`;
  } else if (isApiError(error) && error.status === 400) {
    text = 'Not saved: the server rejected some values (shown at their fields). Your changes are kept.';
  } else {
    const reason = error instanceof Error ? error.message : 'unknown error';
    text = `Not saved: ${reason} Your changes are kept as a draft in this tab; try again.`;
  }
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
      <p>{text}</p>
      {gone && (
        <Button
          variant="danger-outline"
          className="mt-2"
          onClick={() => downloadParams(properties, entityName)}
        >
          Download your values (JSON)
        </Button>
      )}
    </div>
  );
}

/** The params as a JSON file (integers beyond 2^53 keep their digits), through the browser's downloads. */
function downloadParams(properties: Record<string, unknown>, entityName: string) {
  const file = new Blob([stringifyJson(properties, 2)], { type: 'application/json' });
  saveFile(file, `${entityName.replace(/[^\w.-]+/g, '_') || 'entity'}-unsaved-params.json`);
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

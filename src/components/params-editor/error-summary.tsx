import type { FieldErrors } from './status-store';

/** Keys DRF and Django use for errors about the whole document rather than one field. */
const GENERAL_KEYS = new Set(['non_field_errors', '__all__', 'detail']);

type Props = { errors: [string, string[]][]; heading: string };

/** Server errors with no field on screen to sit next to: general ones, and paths the document lacks. */
export function ErrorSummary({ errors, heading }: Props) {
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
      <p className="font-medium">{heading}</p>
      <ul className="mt-1 list-disc pl-5">
        {errors.flatMap(([path, messages]) =>
          messages.map((message) => (
            <li key={`${path}: ${message}`}>
              {GENERAL_KEYS.has(path) ? (
                message
              ) : (
                <>
                  <code className="font-mono">{path}</code>: {message}
                </>
              )}
            </li>
          )),
        )}
      </ul>
    </div>
  );
}

export function errorEntries(errors: FieldErrors | undefined): [string, string[]][] {
  return Object.entries(errors ?? {}).filter(([, messages]) => messages.length > 0);
}

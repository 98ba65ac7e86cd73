import { useId } from 'react';
import { useFieldErrors, useIsChanged } from './status-store';

/** Ids and flags that tie a field to its server errors and its changed mark (aria-describedby). */
export function useFieldStatus(name: string) {
  const id = useId();
  const errors = useFieldErrors(name);
  const changed = useIsChanged(name);
  const errorIds = errors?.map((_, index) => `${id}-error-${index}`) ?? [];
  const changedId = `${id}-changed`;
  return {
    id,
    errors,
    errorIds,
    changed,
    changedId,
    describedBy: [...errorIds, ...(changed ? [changedId] : [])],
    invalid: errorIds.length > 0,
  };
}

export function idList(ids: (string | undefined | false)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

/** A dot, with words for screen readers: the field differs from the saved version. */
export function ChangedMark({ id, text = 'Changed' }: { id?: string; text?: string }) {
  return (
    <span
      id={id}
      title={`${text} since the saved version`}
      className="relative inline-block size-2 shrink-0 rounded-full bg-amber-500"
    >
      <span className="sr-only">{text}</span>
    </span>
  );
}

export function ErrorMessages({ errors, ids }: { errors: string[] | undefined; ids: string[] }) {
  if (!errors?.length) return null;
  return (
    <>
      {errors.map((message, index) => (
        <p key={ids[index]} id={ids[index]} className="text-xs text-red-700">
          {message}
        </p>
      ))}
    </>
  );
}

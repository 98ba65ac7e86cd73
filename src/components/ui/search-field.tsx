import { useEffect, useState } from 'react';
import { FieldRow, fieldControlClass } from './field-row';

const SEARCH_DEBOUNCE_MS = 300;

type Props = {
  label: string;
  placeholder?: string;
  /** The committed search (from the URL). */
  value: string;
  /** Called with the trimmed text once the user pauses typing, or at once on Enter. */
  onCommit: (value: string) => void;
};

/** Typing updates the field at once and the URL (and so the request) once the user pauses. */
export function SearchField({ label, placeholder, value, onCommit }: Props) {
  const [draft, setDraft] = useState(value);
  const [lastCommitted, setLastCommitted] = useState(value);

  // The URL changed under us (back button, "Clear filters"): show what it says.
  if (value !== lastCommitted) {
    setLastCommitted(value);
    setDraft(value);
  }

  useEffect(() => {
    const trimmed = draft.trim();
    if (trimmed === lastCommitted) return;
    const timer = setTimeout(() => {
      setLastCommitted(trimmed);
      onCommit(trimmed);
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft, lastCommitted, onCommit]);

  return (
    <FieldRow label={label} size="sm" className="min-w-56 flex-1">
      {(control) => (
        <input
          {...control}
          type="search"
          className={fieldControlClass.md}
          placeholder={placeholder}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              setLastCommitted(draft.trim());
              onCommit(draft.trim());
            }
          }}
        />
      )}
    </FieldRow>
  );
}

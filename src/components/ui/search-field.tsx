import { useEffect, useId, useState } from 'react';

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
  const id = useId();
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
    <div className="flex min-w-56 flex-1 flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-slate-600">
        {label}
      </label>
      <input
        id={id}
        type="search"
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
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
    </div>
  );
}

import { useId } from 'react';
import { Button } from '../ui/button';

type Props = {
  text: string;
  error: string | null;
  blocked: boolean;
  readOnly: boolean;
  onTextChange: (text: string) => void;
  onDiscard: () => void;
};

/** The whole document as pretty-printed JSON, checked on every keystroke. */
export function JsonMode({ text, error, blocked, readOnly, onTextChange, onDiscard }: Props) {
  const id = useId();
  const lines = text.split('\n', 31).length;
  return (
    <div className="flex flex-col gap-2">
      {blocked && (
        <div
          role="alert"
          className="flex flex-wrap items-center gap-2 rounded-md bg-red-50 p-2 text-sm text-red-800"
        >
          <span>Fix the JSON to switch to the form, or discard the text.</span>
          <Button variant="danger-outline" size="compact" onClick={onDiscard}>
            Discard text and show form
          </Button>
        </div>
      )}
      {/* Above the text: a long document pushes anything below it out of view. */}
      <p id={`${id}-error`} aria-live="polite" className="min-h-5 text-sm text-red-700">
        {error}
      </p>
      <textarea
        value={text}
        readOnly={readOnly}
        aria-label="Parameters as JSON"
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onTextChange(event.target.value)}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        wrap="off"
        rows={Math.max(6, Math.min(lines, 30))}
        className="w-full rounded-md bg-white p-2 font-mono text-sm ring-1 ring-slate-300 read-only:bg-slate-50 aria-invalid:ring-2 aria-invalid:ring-red-500"
      />
    </div>
  );
}

import { useState } from 'react';
import { parseParamsText, prettyJson } from '../../lib/json-text';

export type EditorMode = 'form' | 'json';

/**
 * The JSON mode's text and the mode switch. Valid text goes to onChange at once, so the form shows the
 * same value; invalid text stays local and keeps the editor in JSON mode until fixed or discarded.
 */
export function useJsonDraft(
  value: Record<string, unknown>,
  onChange: (next: Record<string, unknown>) => void,
) {
  const [mode, setMode] = useState<EditorMode>('form');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [blocked, setBlocked] = useState(false);
  // The value the text stands for. When the value changes from outside (a reset, a restore) while the
  // text is valid, the text follows; invalid text is the user's work in progress and is kept.
  const [synced, setSynced] = useState<unknown>(value);
  if (mode === 'json' && error === null && value !== synced) {
    setSynced(value);
    if (prettyJson(value) !== prettyJson(synced)) setText(prettyJson(value));
  }

  const editText = (next: string) => {
    setText(next);
    const result = parseParamsText(next);
    if (!result.ok) return setError(result.message);
    setError(null);
    setBlocked(false);
    setSynced(result.value);
    onChange(result.value);
  };

  const showJson = () => {
    if (mode === 'json') return;
    setText(prettyJson(value));
    setSynced(value);
    setError(null);
    setMode('json');
  };

  const showForm = () => {
    if (mode === 'form') return;
    if (error !== null) return setBlocked(true);
    setMode('form');
  };

  /** Drops invalid text: the value is still the last valid one, which the form then shows. */
  const discardText = () => {
    setError(null);
    setBlocked(false);
    setMode('form');
  };

  return { mode, text, error, blocked: blocked && error !== null, editText, showJson, showForm, discardText };
}

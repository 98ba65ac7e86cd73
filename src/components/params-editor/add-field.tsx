import { useEffect, useId, useRef, useState } from 'react';
import type { JsonPath } from '../../lib/format-path';
import { Button } from '../ui/button';
import { useEditor } from './editor-context';
import { KIND_LABELS, NEW_VALUE_KINDS, type NewValueKind, newValue } from './new-values';

type Props = { path: JsonPath; name: string; value: Record<string, unknown> };

/** "+ Add field" under an object's fields: a name and a type, added with an empty value. */
export function AddField({ path, name, value }: Props) {
  const { set, readOnly } = useEditor();
  const [open, setOpen] = useState(false);
  const [key, setKey] = useState('');
  const [kind, setKind] = useState<NewValueKind>('text');
  const [problem, setProblem] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => {
    if (open) nameRef.current?.focus();
  }, [open]);

  if (readOnly) return null;
  const where = name || 'the parameters';
  if (!open) {
    return (
      <Button
        variant="add"
        size="compact"
        className="self-start"
        aria-label={`Add field to ${where}`}
        onClick={() => setOpen(true)}
      >
        + Add field
      </Button>
    );
  }

  const close = () => {
    setOpen(false);
    setKey('');
    setKind('text');
    setProblem(null);
  };
  const submit = () => {
    const trimmed = key.trim();
    if (!trimmed) return setProblem('Enter a name for the field');
    if (Object.hasOwn(value, trimmed)) return setProblem(`${where} already has a field named ${trimmed}`);
    set([...path, trimmed], newValue(kind));
    close();
  };

  return (
    <fieldset className="flex flex-wrap items-end gap-2 rounded-md bg-slate-50 p-2">
      <legend className="sr-only">New field in {where}</legend>
      <label className="flex flex-col text-xs text-slate-600">
        Field name
        <input
          ref={nameRef}
          value={key}
          aria-invalid={problem !== null}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(event) => setKey(event.target.value)}
          // No <form>: the editor may sit inside the page's own form, and forms cannot nest.
          onKeyDown={(event) => {
            if (event.key === 'Enter') submit();
            if (event.key === 'Escape') close();
          }}
          className="rounded-md bg-white px-2 py-1 font-mono text-sm ring-1 ring-slate-300"
        />
      </label>
      <label className="flex flex-col text-xs text-slate-600">
        Type
        <select
          value={kind}
          onChange={(event) => setKind(event.target.value as NewValueKind)}
          className="rounded-md bg-white px-1.5 py-1 text-sm ring-1 ring-slate-300"
        >
          {NEW_VALUE_KINDS.map((option) => (
            <option key={option} value={option}>
              {KIND_LABELS[option]}
            </option>
          ))}
        </select>
      </label>
      <Button onClick={submit}>Add</Button>
      <Button onClick={close}>Cancel</Button>
      {problem && (
        <p id={`${id}-problem`} className="w-full text-xs text-red-700">
          {problem}
        </p>
      )}
    </fieldset>
  );
}

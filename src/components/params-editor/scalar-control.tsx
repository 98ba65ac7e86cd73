import { useState } from 'react';
import { isNumeric } from '../../lib/exact-json';
import { useEditor } from './editor-context';
import { idList } from './field-status';
import { KIND_LABELS, NEW_VALUE_KINDS, type NewValueKind, newValue } from './new-values';
import { type ControlProps, inputClass, JsonCellControl, NumberControl } from './number-control';

/** The input for one value, by its type; objects and lists only reach here inside a table cell. */
export function ScalarControl(props: ControlProps & { value: unknown; unit?: string }) {
  const { value } = props;
  if (isNumeric(value)) return <NumberControl {...props} value={value} />;
  if (typeof value === 'string') return <TextControl {...props} value={value} />;
  if (typeof value === 'boolean') return <BooleanControl {...props} value={value} />;
  if (value === null) return <NullControl {...props} />;
  return <JsonCellControl {...props} />;
}

function TextControl({
  id,
  path,
  name,
  value,
  describedBy,
  invalid,
  compact,
}: ControlProps & { value: string }) {
  const { set, readOnly } = useEditor();
  // Decided once: switching between input and textarea while typing would drop the focus. A value
  // with line breaks always gets a textarea, since an input would silently strip them.
  const [multiline] = useState(() => value.includes('\n') || (!compact && value.length > 60));
  const shared = {
    id,
    value,
    readOnly,
    spellCheck: false,
    'aria-label': name,
    'aria-invalid': invalid,
    'aria-describedby': idList(describedBy),
    onChange: (event: { target: { value: string } }) => set(path, event.target.value),
  };
  if (multiline) {
    const rows = Math.min(compact ? 3 : 8, value.split('\n').length + 1);
    return (
      <textarea {...shared} rows={rows} className={`${inputClass} w-full min-w-48 whitespace-pre-wrap`} />
    );
  }
  return (
    <input {...shared} type="text" className={`${inputClass} ${compact ? 'w-40' : 'w-full max-w-md'}`} />
  );
}

function BooleanControl({ id, path, name, value, describedBy, invalid }: ControlProps & { value: boolean }) {
  const { set, readOnly } = useEditor();
  return (
    <span className="inline-flex items-center gap-1.5">
      <input
        id={id}
        type="checkbox"
        checked={value}
        disabled={readOnly}
        aria-label={name}
        aria-invalid={invalid}
        aria-describedby={idList(describedBy)}
        onChange={(event) => set(path, event.target.checked)}
        className="size-4 accent-blue-700"
      />
      <span aria-hidden className="font-mono text-sm text-slate-600">
        {String(value)}
      </span>
    </span>
  );
}

/** A null shows as `null`; choosing a type gives the field an empty value of that type. */
function NullControl({ id, path, name, describedBy, invalid }: ControlProps) {
  const { set, readOnly } = useEditor();
  return (
    <select
      id={id}
      value="null"
      disabled={readOnly}
      aria-label={name}
      aria-invalid={invalid}
      aria-describedby={idList(describedBy)}
      onChange={(event) => set(path, newValue(event.target.value as NewValueKind))}
      className="rounded-md bg-white px-1.5 py-1 font-mono text-sm italic text-slate-500 ring-1 ring-slate-300"
    >
      <option value="null">null</option>
      {NEW_VALUE_KINDS.filter((kind) => kind !== 'null').map((kind) => (
        <option key={kind} value={kind}>
          Set to {KIND_LABELS[kind]}
        </option>
      ))}
    </select>
  );
}

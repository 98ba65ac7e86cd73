import { useState } from 'react';
import { compactJson } from '../../lib/compact-json';
import { stringifyJson } from '../../lib/exact-json';

const PREVIEW_CHARS = 60;

/**
 * A value as short JSON text; objects, arrays and long values open to the full, indented JSON. The full
 * text is only built when opened: a conflict can hold a whole subtree.
 */
export function ValuePreview({ value, absentLabel }: { value: unknown; absentLabel: string }) {
  const [open, setOpen] = useState(false);
  if (value === undefined) return <span className="italic text-slate-500">{absentLabel}</span>;
  const preview = compactJson(value, PREVIEW_CHARS);
  const nested = typeof value === 'object' && value !== null && Object.keys(value).length > 0;
  if (!nested && preview.length <= PREVIEW_CHARS)
    return <code className="break-all font-mono text-sm">{preview}</code>;
  return (
    <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer break-all font-mono text-sm">{preview}</summary>
      {open && (
        <pre className="mt-1 max-h-64 overflow-auto rounded bg-slate-50 p-2 text-xs">
          {stringifyJson(value, 2)}
        </pre>
      )}
    </details>
  );
}

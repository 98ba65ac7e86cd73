import { compactJson } from '../../lib/compact-json';
import { isNumeric } from '../../lib/exact-json';
import { Button } from '../ui/button';

/** Strings longer than this are folded to their start, with a button to read the rest in place. */
export const FOLD_AT = 120;

export function countLabel(value: unknown, size: number): string {
  if (Array.isArray(value)) return size === 1 ? '1 item' : `${size.toLocaleString()} items`;
  return size === 1 ? '1 key' : `${size.toLocaleString()} keys`;
}

/** A bigint (an integer beyond 2^53) shows all its digits, like any other number. */
export function NumberValue({ value, unit }: { value: number | bigint; unit: string | undefined }) {
  return (
    <>
      {/* Digits line up across rows: right-aligned, fixed width (wider only for a long integer). */}
      <span className="inline-block min-w-28 shrink-0 text-right font-mono tabular-nums text-blue-900">
        {String(value)}
      </span>
      <span className="inline-block w-16 shrink-0 truncate pl-1.5 text-slate-500">{unit}</span>
    </>
  );
}

export function ScalarValue({ value }: { value: boolean | null | undefined }) {
  if (typeof value === 'boolean') {
    return (
      <span className={`font-mono font-medium ${value ? 'text-emerald-700' : 'text-rose-700'}`}>
        {String(value)}
      </span>
    );
  }
  return <span className="font-mono italic text-slate-600">null</span>;
}

type StringProps = { text: string; open: boolean; onToggle: () => void; path: string };

export function StringValue({ text, open, onToggle, path }: StringProps) {
  const folds = text.length > FOLD_AT;
  if (!folds) {
    return (
      <span className="min-w-0 truncate font-mono text-green-800" title={text.length > 40 ? text : undefined}>
        "{text}"
      </span>
    );
  }
  // The button sits beside the text, not inside it, so truncating the text never hides the button.
  return (
    <span className={`flex min-w-0 gap-1.5 ${open ? 'items-start py-1' : 'items-center'}`}>
      <span
        className={`min-w-0 font-mono text-green-800 ${open ? 'whitespace-pre-wrap break-words' : 'truncate'}`}
      >
        "{open ? text : `${text.slice(0, FOLD_AT)}…`}"
      </span>
      <Button
        variant="tint"
        size="sm"
        className="shrink-0"
        onClick={onToggle}
        aria-expanded={open}
        aria-label={`${open ? 'Show less' : 'Show more'} of ${path}`}
      >
        {open ? 'show less' : 'show more'}
      </Button>
      {!open && (
        <span className="shrink-0 text-xs text-slate-500">{text.length.toLocaleString()} characters</span>
      )}
    </span>
  );
}

/** A table cell: the same type styling, with long and nested values cut short to fit the column. */
export function CellValue({ value, unit }: { value: unknown; unit: string | undefined }) {
  if (isNumeric(value)) {
    return (
      <span className="block truncate text-right font-mono tabular-nums text-blue-900">
        {String(value)}
        {unit && <span className="pl-1 font-sans text-slate-500">{unit}</span>}
      </span>
    );
  }
  if (typeof value === 'string') {
    const shown = value.length > FOLD_AT ? `${value.slice(0, FOLD_AT)}…` : value;
    return <span className="block truncate font-mono text-green-800">"{shown}"</span>;
  }
  if (typeof value === 'object' && value !== null) {
    return <span className="block truncate font-mono text-slate-600">{compactJson(value, 200)}</span>;
  }
  if (value === undefined) return <span className="text-slate-500">—</span>;
  return <ScalarValue value={value as boolean | null} />;
}

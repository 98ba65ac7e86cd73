export type CopyKind = 'path' | 'value';

type Props = { path: string; onCopy: (kind: CopyKind) => void };

/** Hidden until the row is hovered or holds focus, so a keyboard user still finds them with Tab. */
export function CopyButtons({ path, onCopy }: Props) {
  const name = path || '(root)';
  return (
    <span className="flex shrink-0 gap-1 whitespace-nowrap opacity-0 group-focus-within/row:opacity-100 group-hover/row:opacity-100 [@media(hover:none)]:opacity-100">
      <button
        type="button"
        aria-label={`Copy path ${name}`}
        onClick={() => onCopy('path')}
        className="rounded px-1.5 py-0.5 text-xs text-slate-600 ring-1 ring-slate-300 hover:bg-slate-100"
      >
        Copy path
      </button>
      <button
        type="button"
        aria-label={`Copy value of ${name}`}
        onClick={() => onCopy('value')}
        className="rounded px-1.5 py-0.5 text-xs text-slate-600 ring-1 ring-slate-300 hover:bg-slate-100"
      >
        Copy value
      </button>
    </span>
  );
}

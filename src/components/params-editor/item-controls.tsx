import type { JsonPath } from '../../lib/format-path';
import { useEditor } from './editor-context';

export type ItemPosition = { index: number; last: boolean };

const buttonClass =
  'rounded px-1.5 py-0.5 text-xs text-slate-600 ring-1 ring-slate-300 hover:bg-slate-100 disabled:opacity-40';

/** Move up / move down / remove for one item of a list or one row of a table. */
export function ItemControls({ path, name, item }: { path: JsonPath; name: string; item: ItemPosition }) {
  const { move, remove, readOnly } = useEditor();
  if (readOnly) return null;
  const arrayPath = path.slice(0, -1);
  const { index } = item;
  return (
    <span className="inline-flex shrink-0 gap-1">
      <button
        type="button"
        aria-label={`Move ${name} up`}
        title="Move up"
        disabled={index === 0}
        onClick={() => move(arrayPath, index, index - 1)}
        className={buttonClass}
      >
        ↑
      </button>
      <button
        type="button"
        aria-label={`Move ${name} down`}
        title="Move down"
        disabled={item.last}
        onClick={() => move(arrayPath, index, index + 1)}
        className={buttonClass}
      >
        ↓
      </button>
      <button
        type="button"
        aria-label={`Remove ${name}`}
        title="Remove"
        onClick={() => remove(path)}
        className={`${buttonClass} text-red-700`}
      >
        ✕
      </button>
    </span>
  );
}

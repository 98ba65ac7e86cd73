import { type ReactNode, useState } from 'react';
import type { JsonPath } from '../../lib/format-path';
import { ChangedMark, ErrorMessages, idList, useFieldStatus } from './field-status';
import { ItemControls, type ItemPosition } from './item-controls';
import { useChangedInside, useErrorInside } from './status-store';

/** Sections deeper than this start collapsed, so a large document opens quickly. */
export const OPEN_DEPTH = 2;

type Props = {
  path: JsonPath;
  name: string;
  label: string;
  /** "6 fields", "3 items", "120 rows". */
  summary: string;
  item?: ItemPosition;
  /** Called only while open: a collapsed section renders none of its fields. */
  children: () => ReactNode;
};

/**
 * A collapsible group for an object, list or table. It starts open near the top, or when a server error
 * points inside it; after the user toggles it, their choice stands.
 */
export function SectionFrame({ path, name, label, summary, item, children }: Props) {
  const status = useFieldStatus(name);
  const errorInside = useErrorInside(name);
  const changedInside = useChangedInside(name);
  const [toggled, setToggled] = useState<boolean | null>(null);
  const open = toggled ?? (path.length <= OPEN_DEPTH || errorInside || status.invalid);
  const toggleId = `${status.id}-toggle`;

  return (
    <fieldset
      aria-labelledby={toggleId}
      aria-describedby={idList(status.errorIds)}
      className={`min-w-0 rounded-md border px-2 pt-1 pb-2 ${status.invalid ? 'border-red-300' : 'border-slate-200'}`}
    >
      <legend className="float-left flex w-full items-center gap-2 py-1">
        <button
          id={toggleId}
          type="button"
          aria-expanded={open}
          aria-label={name}
          onClick={() => setToggled(!open)}
          className="flex items-center gap-1 rounded px-1 font-mono text-sm font-medium text-slate-800 hover:bg-slate-100"
        >
          <span aria-hidden className="w-3 text-slate-500">
            {open ? '▾' : '▸'}
          </span>
          {label}
        </button>
        <span className="text-xs text-slate-500">{summary}</span>
        {changedInside && <ChangedMark text={open ? 'Changed' : 'Contains changes'} />}
        {errorInside && !open && <span className="text-xs font-medium text-red-700">Contains errors</span>}
        {item && (
          <span className="ml-auto">
            <ItemControls path={path} name={name} item={item} />
          </span>
        )}
      </legend>
      <div className="clear-left flex flex-col gap-1 pl-3">
        <ErrorMessages errors={status.errors} ids={status.errorIds} />
        {open && children()}
      </div>
    </fieldset>
  );
}

export function countText(count: number, one: string, many: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

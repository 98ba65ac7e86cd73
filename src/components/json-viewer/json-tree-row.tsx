import { memo, type ReactNode, useId } from 'react';
import { isNumeric } from '../../lib/exact-json';
import type { JsonPath } from '../../lib/format-path';
import { Button } from '../ui/button';
import { CopyButtons, type CopyKind } from './copy-buttons';
import type { NodeRow } from './json-rows';
import { countLabel, FOLD_AT, NumberValue, ScalarValue, StringValue } from './json-value';

export const ROW_HEIGHT = 28;
export const INDENT = 16;

export type RowActions = {
  toggle: (row: NodeRow) => void;
  toggleView: (key: string) => void;
  toggleString: (key: string) => void;
  copy: (kind: CopyKind, path: JsonPath, value: unknown) => void;
  focusRow: (key: string) => void;
};

type Props = {
  row: NodeRow;
  index: number;
  focused: boolean;
  highlighted: boolean;
  stringOpen: boolean;
  actions: RowActions;
  renderAside?: (path: JsonPath) => ReactNode;
  /** Set only while the row's height can vary (an unfolded string), so it gets measured. */
  measureRef?: (element: HTMLElement | null) => void;
  /** The table of an array shown as one: nested here so it sits inside its treeitem. */
  children?: ReactNode;
};

export const JsonTreeRow = memo(function JsonTreeRow(props: Props) {
  const { row, actions, highlighted } = props;
  const indent = (row.level - 1) * INDENT;
  const expandable = row.container !== null && row.size > 0;
  const summary = `${nameText(row.name)}: ${summaryText(row)}${highlighted ? ', highlighted' : ''}`;
  // What sits beside the value (which revision set it) is the row's description: heard after the
  // name, and not part of the label one says to reach the row.
  const asideId = useId();
  const aside = !row.container && props.renderAside ? props.renderAside(row.path) : null;

  return (
    <div
      role="treeitem"
      aria-level={row.level}
      aria-setsize={row.setSize}
      aria-posinset={row.posInSet}
      aria-expanded={expandable ? row.open : undefined}
      aria-label={summary}
      aria-describedby={aside == null ? undefined : asideId}
      tabIndex={props.focused ? 0 : -1}
      data-row-key={row.key}
      onFocus={() => actions.focusRow(row.key)}
      className="group/row focus-visible:bg-blue-50"
    >
      <div
        ref={props.measureRef}
        data-index={props.index}
        style={{ minHeight: ROW_HEIGHT, height: props.stringOpen ? undefined : ROW_HEIGHT }}
        className={`flex gap-2 pr-2 text-sm hover:bg-slate-50 ${props.stringOpen ? 'items-start' : 'items-center'} ${highlighted ? 'bg-amber-100 shadow-[inset_3px_0_0] shadow-amber-500' : ''}`}
      >
        <span
          className="flex h-7 shrink-0 items-center truncate"
          style={{ paddingLeft: indent, width: `max(7rem, calc(18rem - ${indent}px))` }}
        >
          {expandable ? (
            <button
              type="button"
              aria-expanded={row.open}
              onClick={() => actions.toggle(row)}
              className="flex min-w-0 items-center gap-1 rounded text-left hover:bg-slate-200/60"
            >
              <span aria-hidden className={`inline-block w-3 text-slate-500 ${row.open ? 'rotate-90' : ''}`}>
                ▸
              </span>
              <KeyName name={row.name} />
            </button>
          ) : (
            <span className="min-w-0 truncate pl-4">
              <KeyName name={row.name} />
            </span>
          )}
        </span>
        <span className="flex min-w-0 flex-1 items-center gap-2">
          <RowValue {...props} />
        </span>
        {aside != null && (
          <span id={asideId} className="shrink-0 text-xs text-slate-500">
            {aside}
          </span>
        )}
        <CopyButtons path={row.key} onCopy={(kind) => actions.copy(kind, row.path, row.value)} />
      </div>
      {props.children}
    </div>
  );
});

function RowValue({ row, stringOpen, actions }: Props) {
  const { value } = row;
  if (isNumeric(value)) return <NumberValue value={value} unit={row.unit} />;
  if (typeof value === 'string') {
    return (
      <StringValue
        text={value}
        open={stringOpen}
        onToggle={() => actions.toggleString(row.key)}
        path={row.key}
      />
    );
  }
  if (row.container === null) return <ScalarValue value={value as boolean | null} />;
  const isArray = row.container === 'array';
  if (row.size === 0) return <span className="font-mono text-slate-500">{isArray ? '[]' : '{}'}</span>;
  return (
    <>
      {!row.open && <span className="font-mono text-slate-500">{isArray ? '[…]' : '{…}'}</span>}
      <span className="text-xs text-slate-500">{countLabel(value, row.size)}</span>
      {row.view && (
        <Button
          variant="tint"
          size="sm"
          aria-label={`View as ${row.view === 'table' ? 'tree' : 'table'}: ${row.key}`}
          onClick={() => actions.toggleView(row.key)}
        >
          View as {row.view === 'table' ? 'tree' : 'table'}
        </Button>
      )}
    </>
  );
}

export function KeyName({ name }: { name: string | number }) {
  if (typeof name === 'number') return <span className="font-mono text-slate-500">[{name}]</span>;
  if (name === '') return <span className="font-mono text-slate-600">""</span>;
  return <span className="truncate font-medium text-slate-800">{name}</span>;
}

function nameText(name: string | number): string {
  return typeof name === 'number' ? `[${name}]` : name;
}

/** What a screen reader hears for the row: cheap, and never a stringified subtree. */
function summaryText(row: NodeRow): string {
  const { value } = row;
  if (isNumeric(value)) return row.unit ? `${value} ${row.unit}` : String(value);
  if (typeof value === 'string')
    return value.length > FOLD_AT
      ? `"${value.slice(0, FOLD_AT)}…", ${value.length.toLocaleString()} characters`
      : `"${value}"`;
  if (row.container)
    return row.size === 0 ? (row.container === 'array' ? '[]' : '{}') : countLabel(value, row.size);
  return String(value);
}

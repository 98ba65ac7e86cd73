import { memo, type ReactNode } from 'react';
import { isNumeric } from '../../lib/exact-json';
import { appendPath } from '../../lib/format-path';
import { CopyButtons } from './copy-buttons';
import type { TableInfo, TableItemRow } from './json-rows';
import { INDENT, ROW_HEIGHT, type RowActions } from './json-tree-row';
import { CellValue } from './json-value';
import { unitFor } from './units';

const cellClass = 'truncate px-2 text-left';

type TableProps = { table: TableInfo; head: ReactNode; body: ReactNode[] };

/**
 * An array shown as a table. Its rows are rows of the virtual list like any tree row (a pile plan has
 * thousands), so only the header and the rows on screen are in the DOM, with spacer rows for the rest.
 * A real <table> with fixed layout keeps column headers announced per cell and columns steady.
 */
export function JsonTable({ table, head, body }: TableProps) {
  return (
    <table
      aria-label={table.key}
      aria-rowcount={table.count + 1}
      className="w-max table-fixed border-separate border-spacing-0 border-l border-slate-200 text-sm"
      style={{ marginLeft: table.level * INDENT + 4 }}
    >
      <colgroup>
        <col style={{ width: '6ch' }} />
        {table.shape.columns.map((column, index) => (
          <col key={column} style={{ width: table.shape.widths[index] }} />
        ))}
        <col style={{ width: '14rem' }} />
      </colgroup>
      {head}
      <tbody>{body}</tbody>
    </table>
  );
}

export function TableGap({ height, columns }: { height: number; columns: number }) {
  return (
    <tr aria-hidden>
      <td colSpan={columns + 2} style={{ height, padding: 0 }} />
    </tr>
  );
}

export const JsonTableHead = memo(function JsonTableHead({
  table,
  index,
}: {
  table: TableInfo;
  index: number;
}) {
  // Sticky inside its table: scrolling through thousands of piles keeps the column names in view.
  const th = `${cellClass} sticky top-0 z-10 border-b border-slate-300 bg-slate-100 text-xs font-semibold text-slate-700`;
  return (
    <thead>
      <tr aria-rowindex={1} data-index={index} style={{ height: ROW_HEIGHT }}>
        <th scope="col" className={th}>
          #
        </th>
        {table.shape.columns.map((column) => (
          <th key={column} scope="col" className={th} title={column}>
            {column}
          </th>
        ))}
        <th scope="col" className={th}>
          <span className="sr-only">Actions</span>
        </th>
      </tr>
    </thead>
  );
});

type ItemProps = { row: TableItemRow; highlights: ReadonlySet<string>; actions: RowActions };

export const JsonTableItem = memo(function JsonTableItem({ row, highlights, actions }: ItemProps) {
  const { item, table } = row;
  return (
    <tr
      aria-rowindex={row.index + 2}
      className="group/row odd:bg-white even:bg-slate-50/70 hover:bg-blue-50/60"
      style={{ height: ROW_HEIGHT }}
    >
      <th scope="row" className={`${cellClass} font-mono font-normal text-slate-500`}>
        [{row.index}]
      </th>
      {table.shape.columns.map((column) => {
        const value = item[column];
        const lit = highlights.size > 0 && highlights.has(appendPath(row.key, column));
        return (
          <td
            key={column}
            className={`${cellClass} ${lit ? 'bg-amber-100 ring-1 ring-amber-500 ring-inset' : ''}`}
          >
            <CellValue value={value} unit={isNumeric(value) ? unitFor(item, column) : undefined} />
            {lit && <span className="sr-only"> (highlighted)</span>}
          </td>
        );
      })}
      <td className="px-2">
        <CopyButtons path={row.key} onCopy={(kind) => actions.copy(kind, [...table.path, row.index], item)} />
      </td>
    </tr>
  );
});

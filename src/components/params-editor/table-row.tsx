import { memo } from 'react';
import { isNumeric } from '../../lib/exact-json';
import { appendPath, type JsonPath } from '../../lib/format-path';
import { unitFor } from '../json-viewer/units';
import { useEditor } from './editor-context';
import { ChangedMark, ErrorMessages, useFieldStatus } from './field-status';
import { ItemControls, type ItemPosition } from './item-controls';
import { ScalarControl } from './scalar-control';

type Props = {
  tablePath: JsonPath;
  rowName: string;
  row: Record<string, unknown>;
  columns: string[];
  item: ItemPosition;
};

/** Memoized on the row object: typing in one cell re-renders one row of the table, not 200. */
export const TableRow = memo(function TableRow({ tablePath, rowName, row, columns, item }: Props) {
  const { readOnly } = useEditor();
  const status = useFieldStatus(rowName);
  const rowPath = [...tablePath, item.index];
  return (
    <tr className={status.invalid ? 'bg-red-50' : 'odd:bg-white even:bg-slate-50/70'}>
      <th
        scope="row"
        className="border-b border-slate-100 px-2 py-1 text-left align-top font-mono text-xs font-normal text-slate-500"
      >
        [{item.index}]
        <ErrorMessages errors={status.errors} ids={status.errorIds} />
      </th>
      {columns.map((column) => (
        <TableCell
          key={column}
          path={[...rowPath, column]}
          name={appendPath(rowName, column)}
          value={row[column]}
          unit={isNumeric(row[column]) ? unitFor(row, column) : undefined}
        />
      ))}
      {!readOnly && (
        <td className="border-b border-slate-100 px-2 py-1 align-top">
          <ItemControls path={rowPath} name={rowName} item={item} />
        </td>
      )}
    </tr>
  );
}, sameRow);

// Each table render makes a new `item` object, and a new `columns` array after any edit.
function sameRow(a: Props, b: Props): boolean {
  return (
    a.row === b.row &&
    a.rowName === b.rowName &&
    a.tablePath === b.tablePath &&
    a.item.index === b.item.index &&
    a.item.last === b.item.last &&
    (a.columns === b.columns ||
      (a.columns.length === b.columns.length && a.columns.every((column, i) => column === b.columns[i])))
  );
}

type CellProps = { path: JsonPath; name: string; value: unknown; unit?: string };

function TableCell({ path, name, value, unit }: CellProps) {
  const status = useFieldStatus(name);
  return (
    <td
      className={`border-b border-slate-100 px-1 py-1 align-top ${status.changed ? 'bg-amber-50' : ''} ${status.invalid ? 'bg-red-50' : ''}`}
    >
      <span className="flex items-center gap-1">
        <ScalarControl
          compact
          id={status.id}
          path={path}
          name={name}
          value={value}
          unit={unit}
          describedBy={status.describedBy}
          invalid={status.invalid}
        />
        {status.changed && <ChangedMark id={status.changedId} />}
      </span>
      <ErrorMessages errors={status.errors} ids={status.errorIds} />
    </td>
  );
}

import { Fragment, useMemo } from 'react';
import { appendPath, type JsonPath } from '../../lib/format-path';
import { useEditor } from './editor-context';
import type { ItemPosition } from './item-controls';
import { ListFooter } from './list-footer';
import { blankRow } from './new-values';
import { hiddenText, useRowWindow } from './row-window';
import { countText, SectionFrame } from './section-frame';
import { TableRow } from './table-row';

type Props = {
  path: JsonPath;
  name: string;
  label: string;
  value: Record<string, unknown>[];
  columns: string[];
  item?: ItemPosition;
};

const th = 'border-b border-slate-300 bg-slate-100 px-2 py-1 text-left text-xs font-semibold text-slate-700';

/** A list of objects with the same keys (soil layers, piles, load cases) as a table of inputs. */
export function ObjectTable({ path, name, label, value, columns, item }: Props) {
  const { set, readOnly } = useEditor();
  const shown = useRowWindow(name, value.length);
  // Stable while the table's name is, so memoized rows are not re-rendered for a new path array.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the name is the path, formatted.
  const stablePath = useMemo(() => path, [name]);
  const addRow = () => {
    shown.noteAdded();
    set([...path, value.length], blankRow(value, columns));
  };
  return (
    <SectionFrame
      path={path}
      name={name}
      label={label}
      summary={countText(value.length, 'row', 'rows')}
      item={item}
    >
      {() => (
        <>
          <div className="max-w-full overflow-x-auto">
            <table aria-label={name} className="border-separate border-spacing-0 text-sm">
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    #
                  </th>
                  {columns.map((column) => (
                    <th key={column} scope="col" className={`${th} font-mono`}>
                      {column}
                    </th>
                  ))}
                  {!readOnly && (
                    <th scope="col" className={th}>
                      <span className="sr-only">Actions</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {shown.rows.map(({ index, hiddenBefore }) => (
                  <Fragment key={index}>
                    {hiddenBefore > 0 && <GapRow hidden={hiddenBefore} columns={columns.length} />}
                    <TableRow
                      tablePath={stablePath}
                      rowName={appendPath(name, index)}
                      row={value[index] as Record<string, unknown>}
                      columns={columns}
                      item={{ index, last: index === value.length - 1 }}
                    />
                  </Fragment>
                ))}
                {shown.hiddenAfter > 0 && <GapRow hidden={shown.hiddenAfter} columns={columns.length} />}
              </tbody>
            </table>
          </div>
          <ListFooter
            hidden={shown.hidden}
            total={value.length}
            noun="rows"
            addLabel={`Add row to ${name}`}
            addText="+ Add row"
            onShowAll={shown.showAll}
            onAdd={addRow}
          />
        </>
      )}
    </SectionFrame>
  );
}

function GapRow({ hidden, columns }: { hidden: number; columns: number }) {
  return (
    <tr>
      <td colSpan={columns + 2} className="px-2 py-1 text-xs text-slate-500">
        {hiddenText(hidden, 'rows')}
      </td>
    </tr>
  );
}

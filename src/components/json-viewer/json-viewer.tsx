import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useCallback, useMemo, useRef, useState } from 'react';
import { stringifyJson } from '../../lib/exact-json';
import { formatPath, type JsonPath } from '../../lib/format-path';
import type { JsonRow } from './json-rows';
import { JsonTable, JsonTableHead, JsonTableItem, TableGap } from './json-table-rows';
import { JsonTreeRow, ROW_HEIGHT, type RowActions } from './json-tree-row';
import { JsonViewerToolbar } from './json-viewer-toolbar';
import { useCopy } from './use-copy';
import { useTreeKeyboard } from './use-tree-keyboard';
import { useViewerState } from './use-viewer-state';
import { extendRange, layoutRows } from './virtual-body';

export type { JsonPath } from '../../lib/format-path';
export { formatPath } from '../../lib/format-path';

export type JsonViewerProps = {
  value: unknown;
  /** Accessible name, e.g. "Parameters of Pile P-12". */
  label: string;
  /** Optional extra column per leaf path of the tree, e.g. blame ("rev 12 · 3 days ago"). Table rows
   * leave it out: one aside per cell would not fit. */
  renderAside?: (path: JsonPath) => ReactNode;
  /** Paths to highlight (e.g. invalid fields of a failed job), formatted like copy path. */
  highlightPaths?: string[];
  initialExpandDepth?: number;
  /** Height of the scroll area. */
  maxHeight?: number | string;
};

export function JsonViewer(props: JsonViewerProps) {
  const { value, label, renderAside, highlightPaths, initialExpandDepth = 2, maxHeight = '60vh' } = props;
  const state = useViewerState(value, initialExpandDepth, highlightPaths);
  const { rows, openStrings } = state;
  const highlightKey = highlightPaths?.join('\n') ?? '';
  const highlights = useMemo(() => new Set(highlightKey ? highlightKey.split('\n') : []), [highlightKey]);
  const { message, copy } = useCopy();
  const [focusedKey, setFocusedKey] = useState<string | null>(null);

  const actions = useMemo<RowActions>(
    () => ({
      ...state.toggles,
      focusRow: (key) => setFocusedKey(key),
      copy: (kind, path, copied) =>
        void (kind === 'path'
          ? copy(() => formatPath(path), 'Copied path')
          : copy(() => stringifyJson(copied, 2), 'Copied value')),
    }),
    [copy, state.toggles],
  );

  // The row holding the roving tabindex: the last one focused, else the first.
  const focusedIndex = useMemo(() => {
    const index = focusedKey === null ? -1 : rows.findIndex((row) => row.key === focusedKey);
    return index >= 0 ? index : rows.findIndex((row) => row.kind === 'node');
  }, [rows, focusedKey]);

  const scrollRef = useRef<HTMLDivElement>(null);
  const getItemKey = useCallback(
    (index: number) => {
      const key = rows[index]?.key ?? String(index);
      // An unfolded string has its own size cache entry, so folding it again drops back to the estimate.
      return openStrings.has(key) ? `${key}#open` : key;
    },
    [rows, openStrings],
  );
  const estimateSize = useCallback(
    (index: number) => estimateRowSize(rows[index], openStrings),
    [rows, openStrings],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    overscan: 12,
    initialRect: { width: 800, height: 600 },
    rangeExtractor: (range) => extendRange(defaultRangeExtractor(range), rows, focusedIndex),
  });

  const onKeyDown = useTreeKeyboard({
    rows,
    focusedIndex,
    focusKey: setFocusedKey,
    scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }),
    scrollRef,
    toggle: actions.toggle,
  });

  const body = layoutRows(virtualizer.getVirtualItems(), rows, virtualizer.getTotalSize(), {
    node: (row, item, table) => (
      <JsonTreeRow
        key={item.key}
        row={row}
        index={item.index}
        focused={item.index === focusedIndex}
        highlighted={highlights.has(row.key)}
        stringOpen={openStrings.has(row.key)}
        actions={actions}
        renderAside={renderAside}
        measureRef={openStrings.has(row.key) ? virtualizer.measureElement : undefined}
      >
        {table}
      </JsonTreeRow>
    ),
    table: (table, head, tableBody) => <JsonTable table={table} head={head} body={tableBody} />,
    tableGap: (table, key, height) => (
      <TableGap key={key} height={height} columns={table.shape.columns.length} />
    ),
    head: (row, item) => <JsonTableHead key={item.key} table={row.table} index={item.index} />,
    tableRow: (row, item) => (
      <JsonTableItem key={item.key} row={row} highlights={highlights} actions={actions} />
    ),
  });

  return (
    <div className="flex min-h-0 flex-col rounded-lg border border-slate-200 bg-white">
      <JsonViewerToolbar
        filter={state.filterText}
        onFilterChange={state.changeFilter}
        onExpandAll={state.expandAll}
        onCollapseAll={state.collapseAll}
        matches={state.matches}
        copyMessage={message}
      />
      {rows.length === 0 && state.matches === null && (
        <p className="p-3 text-sm text-slate-500">Nothing to show: the document is empty.</p>
      )}
      <div
        ref={scrollRef}
        role="tree"
        aria-label={label}
        tabIndex={-1}
        onKeyDown={onKeyDown}
        style={{ maxHeight }}
        className="min-h-0 overflow-auto [overflow-anchor:none]"
      >
        {body}
      </div>
    </div>
  );
}

/** Rows are one line tall; an unfolded string is a guess until it is measured. */
function estimateRowSize(row: JsonRow | undefined, openStrings: ReadonlySet<string>): number {
  if (row?.kind === 'node' && typeof row.value === 'string' && openStrings.has(row.key)) {
    return ROW_HEIGHT + Math.ceil(row.value.length / 90) * 20;
  }
  return ROW_HEIGHT;
}

import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { allContainerKeys, initialExpanded } from './expansion';
import { formatPath, type JsonPath } from './format-path';
import { flattenJson, type JsonRow } from './json-rows';
import { JsonTable, JsonTableHead, JsonTableItem, TableGap } from './json-table-rows';
import { JsonTreeRow, ROW_HEIGHT, type RowActions } from './json-tree-row';
import { JsonViewerToolbar } from './json-viewer-toolbar';
import { useCopy } from './use-copy';
import { useTreeKeyboard } from './use-tree-keyboard';
import { extendRange, layoutRows } from './virtual-body';

export type { JsonPath } from './format-path';
export { formatPath } from './format-path';

export type JsonViewerProps = {
  value: unknown;
  /** Accessible name, e.g. "Parameters of Pile P-12". */
  label: string;
  /** Optional extra column per leaf path, e.g. blame ("rev 12 · 3 days ago"). */
  renderAside?: (path: JsonPath) => ReactNode;
  /** Paths to highlight (e.g. invalid fields of a failed job), formatted like copy path. */
  highlightPaths?: string[];
  initialExpandDepth?: number;
  /** Height of the scroll area. */
  maxHeight?: number | string;
};

const EMPTY: ReadonlySet<string> = new Set();

export function JsonViewer(props: JsonViewerProps) {
  const { value, label, renderAside, highlightPaths, initialExpandDepth = 2, maxHeight = '60vh' } = props;
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() =>
    initialExpanded(value, initialExpandDepth, highlightPaths),
  );
  const [treeViews, setTreeViews] = useState<ReadonlySet<string>>(EMPTY);
  const [openStrings, setOpenStrings] = useState<ReadonlySet<string>>(EMPTY);
  const [filterText, setFilterText] = useState('');
  const [filterCollapsed, setFilterCollapsed] = useState<ReadonlySet<string>>(EMPTY);
  // Typing stays responsive on a large document: the walk runs on the deferred value.
  const filter = useDeferredValue(filterText);
  const { rows, matches } = useMemo(
    () => flattenJson({ value, expanded, treeViews, filter, filterCollapsed }),
    [value, expanded, treeViews, filter, filterCollapsed],
  );
  const highlightKey = highlightPaths?.join('\n') ?? '';
  const highlights = useMemo(() => new Set(highlightKey ? highlightKey.split('\n') : []), [highlightKey]);
  const { message, copy } = useCopy();

  const actions = useMemo<RowActions>(
    () => ({
      toggle: (row) =>
        (row.leadsToMatch ? setFilterCollapsed : setExpanded)((previous) => toggled(previous, row.key)),
      toggleView: (key) => setTreeViews((previous) => toggled(previous, key)),
      toggleString: (key) => setOpenStrings((previous) => toggled(previous, key)),
      focusRow: (key) => setFocusedKey(key),
      copy: (kind, path, copied) =>
        void (kind === 'path'
          ? copy(() => formatPath(path), 'Copied path')
          : copy(() => JSON.stringify(copied, null, 2) ?? 'null', 'Copied value')),
    }),
    [copy],
  );

  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const keyIndex = focusedKey === null ? -1 : rows.findIndex((row) => row.key === focusedKey);
  const focusedIndex = keyIndex >= 0 ? keyIndex : rows.findIndex((row) => row.kind === 'node');

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

  const focusWanted = useRef(false);
  const focusIndex = (index: number) => {
    const row = rows[index];
    if (!row) return;
    focusWanted.current = true;
    setFocusedKey(row.key);
    virtualizer.scrollToIndex(index, { align: 'auto' });
  };
  // Keyboard moves focus to a row that may only exist after the next render.
  useEffect(() => {
    if (!focusWanted.current) return;
    const items = scrollRef.current?.querySelectorAll<HTMLElement>('[role="treeitem"]') ?? [];
    const target = [...items].find((element) => element.dataset.rowKey === focusedKey);
    if (target) {
      focusWanted.current = false;
      target.focus({ preventScroll: true });
    }
  });
  const onKeyDown = useTreeKeyboard({ rows, focusedIndex, focusIndex, toggle: actions.toggle });

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
        filter={filterText}
        onFilterChange={(next) => {
          setFilterText(next);
          setFilterCollapsed(EMPTY);
        }}
        onExpandAll={() => {
          setExpanded(allContainerKeys(value));
          setFilterCollapsed(EMPTY);
        }}
        onCollapseAll={() => {
          setExpanded(EMPTY);
          if (filter.trim()) setFilterCollapsed(allContainerKeys(value));
        }}
        matches={matches}
        copyMessage={message}
      />
      {rows.length === 0 && matches === null && (
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

function toggled(set: ReadonlySet<string>, key: string): ReadonlySet<string> {
  const next = new Set(set);
  if (!next.delete(key)) next.add(key);
  return next;
}

/** Rows are one line tall; an unfolded string is a guess until it is measured. */
function estimateRowSize(row: JsonRow | undefined, openStrings: ReadonlySet<string>): number {
  if (row?.kind === 'node' && typeof row.value === 'string' && openStrings.has(row.key)) {
    return ROW_HEIGHT + Math.ceil(row.value.length / 90) * 20;
  }
  return ROW_HEIGHT;
}

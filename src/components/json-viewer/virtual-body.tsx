import type { VirtualItem } from '@tanstack/react-virtual';
import type { ReactNode } from 'react';
import type { JsonRow, NodeRow, TableHeadRow, TableInfo, TableItemRow } from './json-rows';

type Renderers = {
  node: (row: NodeRow, item: VirtualItem, table: ReactNode) => ReactNode;
  head: (row: TableHeadRow, item: VirtualItem) => ReactNode;
  tableRow: (row: TableItemRow, item: VirtualItem) => ReactNode;
  table: (table: TableInfo, head: ReactNode, body: ReactNode[]) => ReactNode;
  tableGap: (table: TableInfo, key: string, height: number) => ReactNode;
};

function Gap({ height }: { height: number }) {
  return <div role="none" aria-hidden style={{ height }} />;
}

/**
 * Lays the virtual items out in normal flow with spacers for the rows not rendered, instead of
 * absolutely positioning each one. Flow is what lets a table's rows nest inside one role=table (inside
 * their array's treeitem) and lets the table header be `position: sticky`. It relies on the range
 * extractor rendering a table's owner row and header whenever any of its rows is on screen.
 */
export function layoutRows(items: VirtualItem[], rows: JsonRow[], totalSize: number, render: Renderers) {
  const out: ReactNode[] = [];
  let cursor = 0;
  let i = 0;
  while (i < items.length) {
    const item = items[i] as VirtualItem;
    const row = rows[item.index];
    i++;
    if (row?.kind !== 'node') continue; // unreachable: table rows are consumed with their owner
    if (item.start > cursor) out.push(<Gap key={`gap-${item.key}`} height={item.start - cursor} />);
    cursor = item.end;
    if (!(row.open && row.view === 'table')) {
      out.push(render.node(row, item, null));
      continue;
    }
    let head: ReactNode = null;
    const body: ReactNode[] = [];
    let table: TableInfo | undefined;
    for (; i < items.length; i++) {
      const next = items[i] as VirtualItem;
      const part = rows[next.index];
      if (part?.kind === 'node' || part?.ownerIndex !== item.index) break;
      table = part.table;
      if (next.start > cursor) body.push(render.tableGap(table, `gap-${next.key}`, next.start - cursor));
      cursor = next.end;
      if (part.kind === 'table-head') head = render.head(part, next);
      else body.push(render.tableRow(part, next));
    }
    out.push(render.node(row, item, table ? render.table(table, head, body) : null));
  }
  if (totalSize > cursor) out.push(<Gap key="gap-end" height={totalSize - cursor} />);
  return out;
}

/** Adds what `layoutRows` needs on screen: each visible table row's owner and header, and the row
 * holding keyboard focus (a roving tabindex must not unmount, or Tab would skip the tree). */
export function extendRange(visible: number[], rows: JsonRow[], focusedIndex: number): number[] {
  const wanted = new Set(visible);
  for (const index of visible) {
    const row = rows[index];
    if (row && row.kind !== 'node') {
      wanted.add(row.ownerIndex);
      wanted.add(row.ownerIndex + 1);
    }
  }
  if (focusedIndex >= 0 && focusedIndex < rows.length) wanted.add(focusedIndex);
  return [...wanted].sort((a, b) => a - b);
}

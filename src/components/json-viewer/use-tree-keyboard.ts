import type { KeyboardEvent } from 'react';
import type { JsonRow, NodeRow } from './json-rows';

type Options = {
  rows: JsonRow[];
  focusedIndex: number;
  focusIndex: (index: number) => void;
  toggle: (row: NodeRow) => void;
};

/**
 * The tree pattern's keys on focused treeitems: arrows move and open/close, Home/End jump. Table rows
 * are skipped (their buttons are reached with Tab); keys pressed on a button or the filter field are
 * left alone so they keep their own behaviour.
 */
export function useTreeKeyboard({ rows, focusedIndex, focusIndex, toggle }: Options) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if ((event.target as HTMLElement).getAttribute('role') !== 'treeitem') return;
    const row = rows[focusedIndex];
    if (row?.kind !== 'node') return;
    const step = (from: number, direction: 1 | -1) => {
      for (let i = from + direction; i >= 0 && i < rows.length; i += direction) {
        if (rows[i]?.kind === 'node') return i;
      }
      return from;
    };
    const expandable = row.container !== null && row.size > 0;
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        focusIndex(step(focusedIndex, 1));
        break;
      case 'ArrowUp':
        focusIndex(step(focusedIndex, -1));
        break;
      case 'Home':
        focusIndex(step(-1, 1));
        break;
      case 'End':
        focusIndex(step(rows.length, -1));
        break;
      case 'ArrowRight':
        if (expandable && !row.open) toggle(row);
        else if (expandable) focusIndex(step(focusedIndex, 1));
        break;
      case 'ArrowLeft':
        if (expandable && row.open) toggle(row);
        else focusIndex(parentIndex(rows, focusedIndex, row.level));
        break;
      case 'Enter':
      case ' ':
        if (expandable) toggle(row);
        break;
      default:
        handled = false;
    }
    if (handled) event.preventDefault();
  };
}

function parentIndex(rows: JsonRow[], from: number, level: number): number {
  for (let i = from - 1; i >= 0; i--) {
    const row = rows[i];
    if (row?.kind === 'node' && row.level < level) return i;
  }
  return from;
}

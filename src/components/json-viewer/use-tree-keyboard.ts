import { type KeyboardEvent, type RefObject, useEffect, useRef } from 'react';
import type { JsonRow, NodeRow } from './json-rows';

type Options = {
  rows: JsonRow[];
  focusedIndex: number;
  /** Moves the roving tabindex to a row. */
  focusKey: (key: string) => void;
  scrollToIndex: (index: number) => void;
  scrollRef: RefObject<HTMLElement | null>;
  toggle: (row: NodeRow) => void;
};

/**
 * The tree pattern's keys on focused treeitems: arrows move and open/close, Home/End jump. Table rows
 * are skipped (their buttons are reached with Tab); keys pressed on a button or the filter field are
 * left alone so they keep their own behaviour.
 */
export function useTreeKeyboard({ rows, focusedIndex, focusKey, scrollToIndex, scrollRef, toggle }: Options) {
  const wanted = useRef<string | null>(null);
  // The row a key moved to may only be rendered after the scroll, so focus follows on a later render.
  useEffect(() => {
    if (wanted.current === null) return;
    const items = scrollRef.current?.querySelectorAll<HTMLElement>('[role="treeitem"]') ?? [];
    const target = [...items].find((element) => element.dataset.rowKey === wanted.current);
    if (target) {
      wanted.current = null;
      target.focus({ preventScroll: true });
    }
  });

  const focusIndex = (index: number) => {
    const row = rows[index];
    if (!row || index === focusedIndex) return;
    wanted.current = row.key;
    focusKey(row.key);
    scrollToIndex(index);
  };

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

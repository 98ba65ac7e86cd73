import { type KeyboardEvent, useRef } from 'react';
import type { TreeRow } from './tree-model';

type Actions = {
  rows: TreeRow[];
  focusedIndex: number;
  focusIndex: (index: number) => void;
  expand: (entityId: number) => void;
  collapse: (entityId: number) => void;
  open: (entityId: number) => void;
  loadMore: (parentId: number | null) => Promise<void>;
};

const TYPE_AHEAD_RESET_MS = 600;

/** The WAI-ARIA tree keyboard model: arrows, Home/End, Enter, and type-ahead on entity names. */
export function useTreeKeyboard({
  rows,
  focusedIndex,
  focusIndex,
  expand,
  collapse,
  open,
  loadMore,
}: Actions) {
  const typed = useRef({ text: '', at: 0 });

  return (event: KeyboardEvent) => {
    const row = rows[focusedIndex];
    if (!row) return;
    const entityRow = row.kind === 'entity' ? row : null;
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        focusIndex(Math.min(focusedIndex + 1, rows.length - 1));
        break;
      case 'ArrowUp':
        focusIndex(Math.max(focusedIndex - 1, 0));
        break;
      case 'Home':
        focusIndex(0);
        break;
      case 'End':
        focusIndex(rows.length - 1);
        break;
      case 'ArrowRight':
        if (entityRow?.expandable && !entityRow.expanded) expand(entityRow.entity.id);
        else if (entityRow?.expanded && rows[focusedIndex + 1]?.parentId === entityRow.entity.id) {
          focusIndex(focusedIndex + 1);
        }
        break;
      case 'ArrowLeft':
        if (entityRow?.expanded) collapse(entityRow.entity.id);
        else if (row.parentId !== null) {
          const parentIndex = rows.findIndex((r) => r.kind === 'entity' && r.entity.id === row.parentId);
          if (parentIndex >= 0) focusIndex(parentIndex);
        }
        break;
      case 'Enter':
      case ' ':
        if (entityRow) open(entityRow.entity.id);
        else if (row.kind === 'more') void loadMore(row.parentId);
        break;
      default:
        handled = typeAhead(event.key);
    }
    if (handled) event.preventDefault();
  };

  function typeAhead(key: string): boolean {
    if (key.length !== 1 || !/\S/.test(key)) return false;
    const now = Date.now();
    const text = (now - typed.current.at > TYPE_AHEAD_RESET_MS ? '' : typed.current.text) + key.toLowerCase();
    typed.current = { text, at: now };
    // Repeating one letter cycles through the names starting with it.
    const cycling = text.length > 1 && [...text].every((char) => char === text[0]);
    const needle = cycling ? key.toLowerCase() : text;
    const start = cycling || text.length === 1 ? focusedIndex + 1 : focusedIndex;
    for (let step = 0; step < rows.length; step += 1) {
      const index = (start + step) % rows.length;
      const candidate = rows[index];
      if (candidate?.kind === 'entity' && candidate.entity.name.toLowerCase().startsWith(needle)) {
        focusIndex(index);
        return true;
      }
    }
    return true;
  }
}

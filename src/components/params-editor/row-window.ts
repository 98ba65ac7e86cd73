import { useState } from 'react';
import { useErrorIndexes } from './status-store';

/** Lists longer than this show their first rows and a "Show all" button: thousands of rows of inputs
 * would take seconds to render. Virtualizing was the alternative, but it unmounts the input being
 * typed in when it scrolls away and breaks Tab order through the table. */
export const ROW_LIMIT = 200;

export type RowWindow = {
  /** Indexes to render, ascending, each with how many hidden rows come right before it. */
  rows: { index: number; hiddenBefore: number }[];
  /** Hidden rows after the last one rendered. */
  hiddenAfter: number;
  hidden: number;
  showAll: () => void;
  /** Call when appending a row, so the new row shows even while the list is cut short. */
  noteAdded: () => void;
};

/** Which items of a long list to render: the first ROW_LIMIT, rows a server error names, new rows. */
export function hiddenText(count: number, noun: string): string {
  return `⋯ ${count.toLocaleString()} ${noun} not shown`;
}

export function useRowWindow(name: string, count: number): RowWindow {
  const [all, setAll] = useState(false);
  const [added, setAdded] = useState(0);
  const errorIndexes = useErrorIndexes(name);
  const showAll = () => setAll(true);
  const noteAdded = () => setAdded((n) => n + 1);
  if (all || count <= ROW_LIMIT) {
    const rows = Array.from({ length: count }, (_, index) => ({ index, hiddenBefore: 0 }));
    return { rows, hiddenAfter: 0, hidden: 0, showAll, noteAdded };
  }
  const shown = new Set<number>();
  for (let i = 0; i < ROW_LIMIT; i++) shown.add(i);
  for (const index of errorIndexes) if (index < count) shown.add(index);
  for (let i = Math.max(ROW_LIMIT, count - added); i < count; i++) shown.add(i);
  const indexes = [...shown].sort((a, b) => a - b);
  const rows = indexes.map((index, i) => ({
    index,
    hiddenBefore: index - (i === 0 ? 0 : (indexes[i - 1] ?? 0) + 1),
  }));
  const hiddenAfter = count - 1 - (indexes.at(-1) ?? -1);
  return { rows, hiddenAfter, hidden: count - indexes.length, showAll, noteAdded };
}

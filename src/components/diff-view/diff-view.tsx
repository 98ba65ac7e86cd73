import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useCallback, useMemo, useRef, useState } from 'react';
import { formatPath } from '../../lib/json-diff/diff-path';
import type { DiffRow } from '../../lib/json-diff/row-parts';
import { Button } from '../ui/button';
import { DIFF_ROW_HEIGHT, DiffRowView, TEXT_ROW_HEIGHT } from './diff-row-view';

const CHANGE_KINDS = new Set(['added', 'removed', 'changed', 'type-changed']);

type Props = { rows: DiffRow[]; view: 'split' | 'unified'; aside?: (row: DiffRow) => React.ReactNode };

/** The diff, virtualized (a 1 MB document is tens of thousands of rows), with change navigation. */
export function DiffView({ rows, view, aside }: Props) {
  const scrollRef = useRef<HTMLElement>(null);
  const changeIndexes = useMemo(() => {
    // A loop, not flatMap: a full 1 MB document is 50,000+ rows, one small array each adds up.
    const indexes: number[] = [];
    rows.forEach((row, index) => {
      if (CHANGE_KINDS.has(row.kind)) indexes.push(index);
    });
    return indexes;
  }, [rows]);
  const [current, setCurrent] = useState(-1);
  const [copied, setCopied] = useState<string | null>(null);
  // Index keys: no row is measured (each height comes from estimateSize), so a key by row id only
  // cost a string Map lookup per row. The virtualizer recomputes its positions (one per row, 50,000+
  // for a full 1 MB document) when this function changes: once per list of rows, whose heights may
  // differ at the same count, and not on every render (each n/p that moves the current change).
  // biome-ignore lint/correctness/useExhaustiveDependencies: the new function per list of rows is the point
  const getItemKey = useCallback((index: number) => index, [rows]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (rows[index]?.text ? TEXT_ROW_HEIGHT : DIFF_ROW_HEIGHT),
    overscan: 12,
    initialRect: { width: 900, height: 600 },
    getItemKey,
  });

  const goTo = useCallback(
    (position: number) => {
      if (changeIndexes.length === 0) return;
      const wrapped = (position + changeIndexes.length) % changeIndexes.length;
      setCurrent(wrapped);
      virtualizer.scrollToIndex(changeIndexes[wrapped] ?? 0, { align: 'center' });
    },
    [changeIndexes, virtualizer],
  );

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target instanceof HTMLInputElement) return;
    if (event.key === 'n' || event.key === 'j') goTo(current + 1);
    else if (event.key === 'p' || event.key === 'k') goTo(current - 1);
    else return;
    event.preventDefault();
  };

  const copyPath = useCallback((path: string) => {
    navigator.clipboard
      ?.writeText(path)
      .then(() => setCopied(`Copied ${path}`))
      .catch(() => setCopied('Copy failed'));
  }, []);

  const currentRow = changeIndexes[current];
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: n/p (j/k) move between changes while the diff has focus
    <div className="flex min-h-0 flex-col" onKeyDown={onKeyDown}>
      <div className="flex items-center gap-2 border-b border-slate-200 px-2 py-1.5 text-sm">
        <Button size="sm" onClick={() => goTo(current - 1)}>
          Previous change
        </Button>
        <Button size="sm" onClick={() => goTo(current + 1)}>
          Next change
        </Button>
        <span className="text-slate-600">
          {changeIndexes.length === 0
            ? 'No changes'
            : current < 0
              ? `${changeIndexes.length} changes (n / p to move)`
              : `Change ${current + 1} of ${changeIndexes.length}`}
        </span>
        <span role="status" className="ml-auto text-xs text-slate-500">
          {copied}
        </span>
      </div>
      {/* A scroll region the keyboard must reach (n/p work from inside it). */}
      <section
        ref={scrollRef}
        aria-label="Diff rows"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to scroll by keyboard
        tabIndex={0}
        className="relative max-h-[70vh] min-h-40 overflow-auto"
      >
        <ul aria-label="Changes" className="relative" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <DiffRowView
                key={row.id}
                row={row}
                view={view}
                start={item.start}
                height={item.size}
                current={item.index === currentRow}
                pathText={formatPath(row.path)}
                onCopyPath={copyPath}
                aside={aside?.(row)}
              />
            );
          })}
        </ul>
      </section>
    </div>
  );
}

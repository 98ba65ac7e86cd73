import type { DiffRow } from './row-parts';

// A "1 unchanged" row would take the same space as the row it hides.
const MIN_HIDDEN = 2;

const isChange = (row: DiffRow) => row.entryIndex !== undefined;

/**
 * Folds each run of unchanged rows at one depth into a single 'collapsed' row, keeping `context` rows
 * next to every change visible. A run whose collapsed id (`~` + its first row's id) is in `expanded`
 * stays open, so a UI can reveal one run without a rebuild of the diff. Two linear passes.
 */
export function collapseRuns(
  rows: DiffRow[],
  context: number,
  expanded?: ReadonlySet<string>,
  /** Called for each row that stays visible, with its index in `rows`: finish the rows that show. */
  onShown?: (row: DiffRow, index: number) => void,
): DiffRow[] {
  const n = rows.length;
  const near = new Uint8Array(n);
  for (let i = 0, last = -Infinity; i < n; i++) {
    if (isChange(rows[i] as DiffRow)) last = i;
    if (i - last <= context) near[i] = 1;
  }
  for (let i = n - 1, next = Infinity; i >= 0; i--) {
    if (isChange(rows[i] as DiffRow)) next = i;
    if (next - i <= context) near[i] = 1;
  }

  const foldable = (i: number) => {
    const row = rows[i] as DiffRow;
    return row.kind === 'same' && !row.open && !near[i];
  };
  const out: DiffRow[] = [];
  for (let i = 0; i < n; ) {
    const first = rows[i] as DiffRow;
    if (!foldable(i)) {
      out.push(first);
      onShown?.(first, i);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && foldable(end) && (rows[end] as DiffRow).depth === first.depth) end++;
    const id = `~${first.id}`;
    if (end - i < MIN_HIDDEN || expanded?.has(id)) {
      for (let j = i; j < end; j++) {
        out.push(rows[j] as DiffRow);
        onShown?.(rows[j] as DiffRow, j);
      }
    } else {
      out.push({
        id,
        path: first.path,
        depth: first.depth,
        label: '',
        kind: 'collapsed',
        hiddenCount: end - i,
      });
    }
    i = end;
  }
  return out;
}

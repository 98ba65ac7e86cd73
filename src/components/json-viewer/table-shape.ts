import { isNumeric } from '../../lib/exact-json';

export type TableShape = {
  columns: string[];
  /** Fixed column widths (CSS), so columns do not shift as different rows scroll into view. */
  widths: string[];
};

/** An array shows as a table when every item is a plain object and each has most of the columns. */
const SHARED_KEYS = 0.8;
const MAX_COLUMNS = 40;
const SAMPLE_ROWS = 50;

const cache = new WeakMap<unknown[], TableShape | null>();

/** Cached per array: the flattening asks on every expand and a pile plan has thousands of items. */
export function tableShape(items: unknown[]): TableShape | null {
  let shape = cache.get(items);
  if (shape === undefined) {
    shape = detect(items);
    cache.set(items, shape);
  }
  return shape;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function detect(items: unknown[]): TableShape | null {
  if (items.length === 0) return null;
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    if (!isPlainObject(item)) return null;
    for (const key of Object.keys(item)) {
      if (seen.has(key)) continue;
      seen.add(key);
      columns.push(key);
      if (columns.length > MAX_COLUMNS) return null;
    }
  }
  if (columns.length === 0) return null;
  const needed = Math.ceil(columns.length * SHARED_KEYS);
  for (const item of items as Record<string, unknown>[]) {
    let present = 0;
    for (const column of columns) if (Object.hasOwn(item, column)) present++;
    if (present < needed) return null;
  }
  return { columns, widths: columnWidths(items as Record<string, unknown>[], columns) };
}

/** Widths in `ch` from the header and a sample of values; wide text truncates inside its cell. */
function columnWidths(items: Record<string, unknown>[], columns: string[]): string[] {
  return columns.map((column) => {
    let width = column.length;
    for (const item of items.slice(0, SAMPLE_ROWS)) width = Math.max(width, roughWidth(item[column]));
    return `${Math.min(Math.max(width + 3, 6), 30)}ch`;
  });
}

function roughWidth(value: unknown): number {
  if (isNumeric(value)) return String(value).length + 5; // room for a short unit
  if (typeof value === 'string') return value.length + 2;
  if (typeof value === 'boolean') return 5;
  if (value === null || value === undefined) return 4;
  return 16;
}

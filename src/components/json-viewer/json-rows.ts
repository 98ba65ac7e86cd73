import { isNumeric } from '../../lib/exact-json';
import { appendPath, type JsonPath } from '../../lib/format-path';
import { type TableShape, tableShape } from './table-shape';
import { unitFor } from './units';

export type NodeRow = {
  kind: 'node';
  /** The formatted path: unique, and the id used by the expanded set. */
  key: string;
  path: JsonPath;
  name: string | number;
  value: unknown;
  level: number;
  container: 'object' | 'array' | null;
  size: number;
  open: boolean;
  /** For a number, or an array of numbers (its items inherit it). */
  unit: string | undefined;
  /** For an array that can show as a table: whether it does now. */
  view: 'table' | 'tree' | null;
  /** Shown only because a filter match lies below it: its open state lives apart from `expanded`. */
  leadsToMatch: boolean;
  posInSet: number;
  setSize: number;
};

export type TableInfo = { key: string; path: JsonPath; level: number; shape: TableShape; count: number };

export type TableHeadRow = { kind: 'table-head'; key: string; table: TableInfo; ownerIndex: number };

export type TableItemRow = {
  kind: 'table-row';
  key: string;
  table: TableInfo;
  item: Record<string, unknown>;
  index: number;
  ownerIndex: number;
};

export type JsonRow = NodeRow | TableHeadRow | TableItemRow;

export type FlattenOptions = {
  value: unknown;
  expanded: ReadonlySet<string>;
  /** Arrays the reader switched from table to tree view. */
  treeViews: ReadonlySet<string>;
  filter: string;
  /** Ancestors of matches the reader closed while filtering (they start open). */
  filterCollapsed: ReadonlySet<string>;
};

export function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null;
}

type Parent = { value: unknown; path: JsonPath; key: string; level: number; unit: string | undefined };
type Ctx = FlattenOptions & { rows: JsonRow[]; query: string; matches: number };

/**
 * The visible nodes as rows, in display order. Closed subtrees are never walked, so the cost follows
 * what is on screen, not the document size. A filter walks everything once (it has to) but only
 * allocates rows for matches and their ancestors.
 */
export function flattenJson(options: FlattenOptions): { rows: JsonRow[]; matches: number | null } {
  const query = options.filter.trim().toLowerCase();
  const ctx: Ctx = { ...options, rows: [], query, matches: 0 };
  const root: Parent = { value: options.value, path: [], key: '', level: 0, unit: undefined };
  if (!isContainer(options.value)) {
    ctx.rows.push({ ...makeRow(ctx, { ...root, value: {} }, ['value', options.value]), key: '', path: [] });
  } else if (query) {
    emitFiltered(ctx, root);
  } else {
    emitChildren(ctx, root);
  }
  return { rows: ctx.rows, matches: query ? ctx.matches : null };
}

function makeRow(ctx: Ctx, parent: Parent, [name, value]: [string | number, unknown]): NodeRow {
  const key = appendPath(parent.key, name);
  const container = isContainer(value) ? (Array.isArray(value) ? 'array' : 'object') : null;
  const shape = container === 'array' ? tableShape(value as unknown[]) : null;
  let unit: string | undefined;
  if (isNumeric(value) || (container === 'array' && !shape)) {
    unit = typeof name === 'number' ? parent.unit : unitFor(parent.value as Record<string, unknown>, name);
  }
  return {
    kind: 'node',
    key,
    path: [...parent.path, name],
    name,
    value,
    level: parent.level + 1,
    container,
    size:
      container === 'array'
        ? (value as unknown[]).length
        : container
          ? Object.keys(value as object).length
          : 0,
    open: false,
    unit,
    view: shape ? (ctx.treeViews.has(key) ? 'tree' : 'table') : null,
    leadsToMatch: false,
    posInSet: 0,
    setSize: 0,
  };
}

function entries(value: unknown): [string | number, unknown][] {
  return Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value as object);
}

function numberSiblings(siblings: NodeRow[]) {
  siblings.forEach((row, index) => {
    row.posInSet = index + 1;
    row.setSize = siblings.length;
  });
}

function emitChildren(ctx: Ctx, parent: Parent) {
  const siblings: NodeRow[] = [];
  for (const entry of entries(parent.value)) {
    const row = makeRow(ctx, parent, entry);
    siblings.push(row);
    ctx.rows.push(row);
    if (row.container && ctx.expanded.has(row.key)) emitOpen(ctx, row);
  }
  numberSiblings(siblings);
}

function emitOpen(ctx: Ctx, row: NodeRow) {
  row.open = true;
  if (row.view !== 'table') {
    emitChildren(ctx, row);
    return;
  }
  const items = row.value as Record<string, unknown>[];
  const shape = tableShape(items);
  if (!shape) return;
  const ownerIndex = ctx.rows.length - 1;
  const table: TableInfo = { key: row.key, path: row.path, level: row.level, shape, count: items.length };
  ctx.rows.push({ kind: 'table-head', key: `${row.key}#head`, table, ownerIndex });
  items.forEach((item, index) => {
    ctx.rows.push({ kind: 'table-row', key: appendPath(row.key, index), table, item, index, ownerIndex });
  });
}

/** Emits matches (with their subtree as normally expanded) and the ancestors leading to them. */
function emitFiltered(ctx: Ctx, parent: Parent): boolean {
  const siblings: NodeRow[] = [];
  for (const entry of entries(parent.value)) {
    const [name, value] = entry;
    const matches = typeof name === 'string' && name.toLowerCase().includes(ctx.query);
    if (!matches && !isContainer(value)) continue;
    const row = makeRow(ctx, parent, entry);
    const mark = ctx.rows.length;
    ctx.rows.push(row);
    if (matches) {
      ctx.matches++;
      siblings.push(row);
      if (row.container && ctx.expanded.has(row.key)) emitOpen(ctx, row);
      continue;
    }
    // An ancestor is shown as a tree so the path to each match stays visible.
    row.view = null;
    row.leadsToMatch = true;
    row.open = !ctx.filterCollapsed.has(row.key);
    if (!emitFiltered(ctx, row)) {
      ctx.rows.length = mark;
      continue;
    }
    siblings.push(row);
    if (!row.open) ctx.rows.length = mark + 1;
  }
  numberSiblings(siblings);
  return siblings.length > 0;
}

export const NEW_VALUE_KINDS = ['text', 'number', 'boolean', 'null', 'object', 'list'] as const;
export type NewValueKind = (typeof NEW_VALUE_KINDS)[number];

export const KIND_LABELS: Record<NewValueKind, string> = {
  text: 'text',
  number: 'number',
  boolean: 'true/false',
  null: 'null',
  object: 'group of fields',
  list: 'list',
};

export function newValue(kind: NewValueKind): unknown {
  switch (kind) {
    case 'text':
      return '';
    case 'number':
      return 0;
    case 'boolean':
      return false;
    case 'object':
      return {};
    case 'list':
      return [];
    default:
      return null;
  }
}

/** An empty value shaped like `sample`: '' / 0 / false / null, objects keep their keys, lists empty. */
export function blankLike(sample: unknown): unknown {
  if (typeof sample === 'string') return '';
  if (typeof sample === 'number' || typeof sample === 'bigint') return 0;
  if (typeof sample === 'boolean') return false;
  if (Array.isArray(sample)) return [];
  if (typeof sample === 'object' && sample !== null) {
    return Object.fromEntries(Object.entries(sample).map(([key, value]) => [key, blankLike(value)]));
  }
  return null;
}

const SAMPLE_ROWS = 50;

/** A new table row: per column, a blank of the first non-null value's type among the first rows. */
export function blankRow(rows: Record<string, unknown>[], columns: string[]): Record<string, unknown> {
  const sample = rows.slice(0, SAMPLE_ROWS);
  return Object.fromEntries(
    columns.map((column) => [
      column,
      blankLike(sample.find((row) => row[column] !== null)?.[column] ?? null),
    ]),
  );
}

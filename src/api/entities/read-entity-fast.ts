import type { Paginated } from '../../lib/schema-helpers';
import type { Entity } from './schemas';

/**
 * The entity schema's answer for an item in the shape VIKTOR always sends, without zod: a list of
 * 5,000 children took about 30 ms to read item by item with the schema, most of it zod's own work per
 * field, and this reads it in about 2. It only ever says yes: anything it does not recognise exactly
 * (a missing or mistyped field, params, a timestamp in another form) is `undefined`, and the item goes
 * to `entitySchema`, which decides, and words the reason when the item cannot be read. So what is
 * readable, and why not, stays the schema's call; this must accept nothing the schema would refuse,
 * and gives the schema's output (its default for `locked` included).
 */
export function readEntityFast(value: unknown): Entity | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const item = value as Record<string, unknown>;
  const ok =
    isNumber(item.id) &&
    typeof item.name === 'string' &&
    isNumber(item.entity_type) &&
    // Params (a record the schema copies key by key) are rare in lists: the schema reads those.
    item.properties === undefined &&
    (item.entity_type_name === undefined || typeof item.entity_type_name === 'string') &&
    (item.locked === undefined || typeof item.locked === 'boolean') &&
    (item.locked_by == null || isObject(item.locked_by)) &&
    (item.created_at === undefined || isCommonTimestamp(item.created_at)) &&
    (item.created_by == null || isNumber(item.created_by)) &&
    (item.updated_at === undefined || isCommonTimestamp(item.updated_at)) &&
    (item.last_updated_by == null || isNumber(item.last_updated_by)) &&
    (item.parent_count === undefined || isNumber(item.parent_count)) &&
    (item.path === undefined || isNumberArray(item.path)) &&
    (item.deleted == null || typeof item.deleted === 'string') &&
    (item.show_on_dashboard === undefined || typeof item.show_on_dashboard === 'boolean');
  if (!ok) return undefined;
  // The schema's default; the item itself is left as it came (it may be someone else's object).
  return (item.locked === undefined ? { ...item, locked: false } : item) as Entity;
}

/**
 * A list as the list schema reads it (a page, or a bare array made a page), when it is one and every
 * item is read by {@link readEntityFast}; else `undefined`, for the schema to read item by item.
 */
export function readEntityPageFast(value: unknown): Paginated<Entity> | undefined {
  const isPage =
    isObject(value) && Array.isArray((value as { results?: unknown }).results) && isCount(value.count);
  const items = Array.isArray(value) ? value : isPage ? (value.results as unknown[]) : undefined;
  if (!items) return undefined;
  const results: Entity[] = new Array(items.length);
  for (let index = 0; index < items.length; index++) {
    const entity = readEntityFast(items[index]);
    if (!entity) return undefined;
    results[index] = entity;
  }
  // A page keeps the fields it came with (`next`, `previous`), as the schema's loose object does.
  return isPage
    ? { ...(value as object), count: value.count as number, results }
    : { count: results.length, results };
}

/** `z.int().check(z.nonnegative())`. */
const isCount = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;

/** `z.number()`: finite numbers only. */
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isNumberArray(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const entry of value) if (!isNumber(entry)) return false;
  return true;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * `YYYY-MM-DDTHH:MM:SS`, an optional fraction of at least one digit, then `Z`, `±HH:MM` or nothing:
 * the forms of `timestampSchema` (zod's ISO datetime with offsets and local times) that have seconds,
 * with the same calendar (days per month, 29 February in leap years only) and clock (00–23, 00–59).
 * Text without seconds is the schema's to judge.
 */
export function isCommonTimestamp(value: unknown): boolean {
  if (typeof value !== 'string' || value.length < 19) return false;
  const t = value;
  if (t[4] !== '-' || t[7] !== '-' || t[10] !== 'T' || t[13] !== ':' || t[16] !== ':') return false;
  const year = digits(t, 0, 4);
  const month = digits(t, 5, 2);
  const day = digits(t, 8, 2);
  const hour = digits(t, 11, 2);
  const minute = digits(t, 14, 2);
  const second = digits(t, 17, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  if (day > days || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
    return false;
  let at = 19;
  if (t[at] === '.') {
    const start = ++at;
    while (at < t.length && isDigit(t.charCodeAt(at))) at++;
    if (at === start) return false;
  }
  if (at === t.length) return true;
  if (t[at] === 'Z') return at + 1 === t.length;
  if ((t[at] !== '+' && t[at] !== '-') || at + 6 !== t.length || t[at + 3] !== ':') return false;
  const offsetHour = digits(t, at + 1, 2);
  const offsetMinute = digits(t, at + 4, 2);
  return offsetHour >= 0 && offsetHour <= 23 && offsetMinute >= 0 && offsetMinute <= 59;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** The number written by `length` ASCII digits at `start`, or -1 when they are not all digits. */
function digits(text: string, start: number, length: number): number {
  let number = 0;
  for (let i = start; i < start + length; i++) {
    const code = text.charCodeAt(i);
    if (!isDigit(code)) return -1;
    number = number * 10 + (code - 48);
  }
  return number;
}

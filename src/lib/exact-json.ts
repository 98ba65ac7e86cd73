/**
 * JSON in which integers beyond 2^53 (ids from other systems, counters) keep every digit: they are read
 * as `bigint` and written back as the same digits. Every other number stays a `number`.
 *
 * The engine's own JSON.parse and JSON.stringify do the work. An integer that a double would round is
 * swapped for a marked string before parsing and turned into a bigint after; on the way out a bigint
 * becomes a marked string and the marks are cut from the text. A generic lossless parser written in
 * JavaScript is several times slower than the engine on a 10 MB revision page, and would weigh on the
 * first page.
 */

/** A run of 16 digits not after a decimal point: the only text that can be an unsafe integer. */
const LONG_INTEGER = /(?:^|[^\d.])\d{16}/;
const CANDIDATE = /-?\d{16,}/g;

// A real string never holds this by chance: it starts with U+0000 and carries a random part.
const MARK = `\u0000exact-int:${Math.random().toString(36).slice(2, 10)}:`;
const MARK_IN_JSON = JSON.stringify(MARK).slice(1, -1);
const MARKED_IN_OUTPUT = new RegExp(`"${MARK_IN_JSON.replaceAll('\\', '\\\\')}(-?\\d+)"`, 'g');

/** JSON.parse, with integers beyond 2^53 as bigint. Throws the engine's SyntaxError for the text as written. */
export function parseJson(text: string): unknown {
  if (!LONG_INTEGER.test(text)) return JSON.parse(text);
  const { marked, count } = markUnsafeIntegers(text);
  if (count === 0) return JSON.parse(text);
  let value: unknown;
  try {
    value = JSON.parse(marked);
  } catch {
    // Marking keeps valid text valid and invalid text invalid: this throws, pointing into the original.
    return JSON.parse(text);
  }
  return reviveMarks(value, count);
}

/** JSON.stringify that writes a bigint as its digits (the engine's throws on one). */
export function stringifyJson(value: unknown, space?: number): string {
  try {
    return JSON.stringify(value, null, space) ?? 'null';
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
  }
  const text = JSON.stringify(value, markBigint, space) ?? 'null';
  return text.replace(MARKED_IN_OUTPUT, '$1');
}

export const isNumeric = (value: unknown): value is number | bigint =>
  typeof value === 'number' || typeof value === 'bigint';

const markBigint = (_key: string, value: unknown) => (typeof value === 'bigint' ? `${MARK}${value}` : value);

const WHITESPACE = ' \t\n\r';

function markUnsafeIntegers(text: string): { marked: string; count: number } {
  const parts: string[] = [];
  let copied = 0;
  // Where the quote scan has reached, and whether that point is inside a string.
  let scanned = 0;
  let inString = false;
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(text); match; match = CANDIDATE.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!isValueToken(text, start, end)) continue;
    for (let quote = text.indexOf('"', scanned); quote !== -1 && quote < start; ) {
      if (!inString || !isEscaped(text, quote)) inString = !inString;
      scanned = quote + 1;
      quote = text.indexOf('"', scanned);
    }
    if (inString || Number.isSafeInteger(Number(match[0]))) continue;
    parts.push(text.slice(copied, start), `"${MARK_IN_JSON}${match[0]}"`);
    copied = end;
  }
  if (parts.length === 0) return { marked: text, count: 0 };
  const count = parts.length / 2;
  parts.push(text.slice(copied));
  return { marked: parts.join(''), count };
}

/** A whole number token where a value goes (after `:`, `,` or `[`; before `,`, `]` or `}`). */
function isValueToken(text: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && WHITESPACE.includes(text[before] as string)) before--;
  if (before >= 0 && !':,['.includes(text[before] as string)) return false;
  let after = end;
  while (after < text.length && WHITESPACE.includes(text[after] as string)) after++;
  return after === text.length || ',]}'.includes(text[after] as string);
}

function isEscaped(text: string, at: number): boolean {
  let backslashes = 0;
  while (text[at - 1 - backslashes] === '\\') backslashes++;
  return backslashes % 2 === 1;
}

const unmark = (value: unknown) =>
  typeof value === 'string' && value.startsWith(MARK) ? BigInt(value.slice(MARK.length)) : undefined;

/** Swaps the marked strings for bigints in place; stops once all `count` are found. */
function reviveMarks(root: unknown, count: number): unknown {
  const top = unmark(root);
  if (top !== undefined) return top;
  let left = count;
  const stack: object[] = typeof root === 'object' && root !== null ? [root] : [];
  const visit = (node: Record<string | number, unknown>, key: string | number) => {
    const child = node[key];
    if (typeof child === 'object' && child !== null) return void stack.push(child);
    const big = unmark(child);
    if (big === undefined) return;
    node[key] = big;
    left--;
  };
  while (stack.length > 0 && left > 0) {
    const node = stack.pop() as Record<string | number, unknown>;
    if (Array.isArray(node)) for (let i = 0; i < node.length; i++) visit(node, i);
    else for (const key of Object.keys(node)) visit(node, key);
  }
  return root;
}

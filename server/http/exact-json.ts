/**
 * A JSON tree that changes no value: numbers keep their source text (params may hold integers
 * beyond 2^53, which `JSON.parse` would round) and objects are Maps, which keep any key order, where
 * a plain object would always put integer-like keys first. Used to store params exactly as sent and
 * to reshape replies under the contract variants.
 */
export class JsonNumber {
  constructor(readonly text: string) {}
}

export type JsonValue = null | boolean | string | JsonNumber | JsonValue[] | JsonObject;
export type JsonObject = Map<string, JsonValue>;

const WHITESPACE = /[ \t\n\r]*/y;
// Unrolled (no alternation inside the star), so a megabyte-long string does not backtrack.
const STRING = /"[^"\\]*(?:\\.[^"\\]*)*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = { true: true, false: false, null: null } as const;

/**
 * `JSON.parse` is exact unless a number has more digits than a double holds or an object has
 * integer-like keys (which plain objects move to the front); only then is the slow exact parser
 * needed. Conservative: digits inside strings count too.
 */
const NEEDS_EXACT_PARSER = /\d{16}|"\d+"\s*:/;

export function parseJson(text: string): JsonValue {
  return NEEDS_EXACT_PARSER.test(text) ? parseExactly(text) : fromNative(JSON.parse(text));
}

function fromNative(value: unknown): JsonValue {
  if (typeof value === 'number') return new JsonNumber(JSON.stringify(value));
  if (Array.isArray(value)) return value.map(fromNative);
  if (value === null || typeof value !== 'object') return value as JsonValue;
  const object: JsonObject = new Map();
  for (const key in value) object.set(key, fromNative((value as Record<string, unknown>)[key]));
  return object;
}

function parseExactly(text: string): JsonValue {
  let at = 0;

  function skipWhitespace(): void {
    WHITESPACE.lastIndex = at;
    WHITESPACE.exec(text);
    at = WHITESPACE.lastIndex;
  }
  function token(pattern: RegExp): string {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) throw new SyntaxError(`Unexpected JSON at position ${at}`);
    at = pattern.lastIndex;
    return match[0];
  }
  function expect(char: string): void {
    skipWhitespace();
    if (text[at] !== char) throw new SyntaxError(`Expected "${char}" at position ${at}`);
    at++;
  }
  /** `[...]` or `{...}`: items until `close`, separated by commas. */
  function items(close: string, item: () => void): void {
    skipWhitespace();
    if (text[at] === close) {
      at++;
      return;
    }
    for (;;) {
      item();
      skipWhitespace();
      if (text[at] !== ',') break;
      at++;
    }
    expect(close);
  }
  function value(): JsonValue {
    skipWhitespace();
    const char = text[at];
    if (char === '"') {
      const raw = token(STRING);
      return raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
    }
    if (char === '[') {
      at++;
      const array: JsonValue[] = [];
      items(']', () => array.push(value()));
      return array;
    }
    if (char === '{') {
      at++;
      const object: JsonObject = new Map();
      items('}', () => {
        skipWhitespace();
        const key = JSON.parse(token(STRING)) as string;
        expect(':');
        object.set(key, value());
      });
      return object;
    }
    for (const [word, literal] of Object.entries(LITERALS)) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return literal;
      }
    }
    return new JsonNumber(token(NUMBER));
  }

  const result = value();
  skipWhitespace();
  if (at !== text.length) throw new SyntaxError(`Unexpected JSON at position ${at}`);
  return result;
}

/** Exported for tests; replies go through `parseJson`. */
export { parseExactly };

export function stringifyJson(value: JsonValue): string {
  if (value instanceof JsonNumber) return value.text;
  if (Array.isArray(value)) {
    let text = '[';
    for (let index = 0; index < value.length; index++) {
      text += (index > 0 ? ',' : '') + stringifyJson(value[index] as JsonValue);
    }
    return `${text}]`;
  }
  if (value instanceof Map) {
    let text = '{';
    for (const [key, item] of value) {
      text += `${text.length > 1 ? ',' : ''}${JSON.stringify(key)}:${stringifyJson(item)}`;
    }
    return `${text}}`;
  }
  return JSON.stringify(value);
}

export const isJsonObject = (value: JsonValue | undefined): value is JsonObject => value instanceof Map;

/** An object's `id`, when it is a plain number. */
export function idOf(object: JsonObject): number | undefined {
  const id = object.get('id');
  return id instanceof JsonNumber ? Number(id.text) : undefined;
}

/** One top-level field of a JSON object text, re-serialised exactly; undefined when absent. */
export function exactField(text: string, field: string): string | undefined {
  const body = text.trim() === '' ? null : parseJson(text);
  const value = isJsonObject(body) ? body.get(field) : undefined;
  return value === undefined ? undefined : stringifyJson(value);
}

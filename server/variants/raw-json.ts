/**
 * A JSON tree for reshaping replies without changing their values: numbers keep their source text
 * (params may hold integers beyond 2^53, which `JSON.parse` would round) and objects are Maps, which
 * keep any key order, where a plain object would always put integer-like keys first.
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

export function parseJson(text: string): JsonValue {
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
    if (char === '"') return JSON.parse(token(STRING)) as string;
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

export function stringifyJson(root: JsonValue): string {
  const parts: string[] = [];
  function write(value: JsonValue): void {
    if (value instanceof JsonNumber) parts.push(value.text);
    else if (Array.isArray(value)) {
      parts.push('[');
      for (let index = 0; index < value.length; index++) {
        if (index > 0) parts.push(',');
        write(value[index] as JsonValue);
      }
      parts.push(']');
    } else if (value instanceof Map) {
      parts.push('{');
      let first = true;
      for (const [key, item] of value) {
        parts.push(first ? '' : ',', JSON.stringify(key), ':');
        first = false;
        write(item);
      }
      parts.push('}');
    } else parts.push(JSON.stringify(value));
  }
  write(root);
  return parts.join('');
}

export const isJsonObject = (value: JsonValue | undefined): value is JsonObject => value instanceof Map;

/** An object's `id`, when it is a plain number. */
export function idOf(object: JsonObject): number | undefined {
  const id = object.get('id');
  return id instanceof JsonNumber ? Number(id.text) : undefined;
}

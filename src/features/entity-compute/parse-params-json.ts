export type ParamsParse =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; message: string; line?: number; column?: number };

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/**
 * Finds where JSON text first goes wrong. Engines word (and place) their JSON.parse errors
 * differently, and Safari gives no position at all, so the position comes from this small scanner;
 * JSON.parse stays the judge of whether the text is valid.
 */
function locateSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const fail = (message: string): never => {
    throw new JsonSyntaxError(message, i);
  };
  const skipSpace = () => {
    while (/[ \t\n\r]/.test(text[i] ?? '')) i++;
  };
  const expect = (char: string, what: string) => {
    skipSpace();
    if (text[i] !== char) fail(`Expected ${what}`);
    i++;
  };
  const string = () => {
    i++; // the opening quote
    while (i < text.length && text[i] !== '"') {
      const char = text[i] ?? '';
      if (char < ' ') fail('Unescaped control character in a string');
      if (char === '\\') {
        i++;
        if (text[i] === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) i += 4;
        else if (!/["\\/bfnrt]/.test(text[i] ?? '')) fail('Invalid escape in a string');
      }
      i++;
    }
    if (i >= text.length) fail('Unterminated string');
    i++;
  };
  const value = (): void => {
    skipSpace();
    const char = text[i];
    if (char === '{') container('}', true);
    else if (char === '[') container(']', false);
    else if (char === '"') string();
    else {
      const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i));
      if (!literal) fail(i >= text.length ? 'Unexpected end of the JSON text' : `Unexpected '${char}'`);
      else i += literal[0].length;
    }
  };
  const container = (close: string, isObject: boolean) => {
    i++;
    skipSpace();
    if (text[i] === close) return void i++;
    for (;;) {
      if (isObject) {
        skipSpace();
        if (text[i] !== '"') fail('Expected a property name in double quotes');
        string();
        expect(':', "':' after the property name");
      }
      value();
      skipSpace();
      if (text[i] === close) return void i++;
      expect(',', `',' or '${close}'`);
      skipSpace();
      if (text[i] === close) fail(`Trailing comma before '${close}'`);
    }
  };
  try {
    value();
    skipSpace();
    if (i < text.length) fail('Unexpected text after the JSON value');
    return undefined;
  } catch (error) {
    if (error instanceof JsonSyntaxError) return error;
    throw error;
  }
}

function lineAndColumn(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** Params must be a JSON object: the job API takes `params` as a dict, like an entity's params. */
export function parseParamsJson(text: string): ParamsParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const located = locateSyntaxError(text);
    if (!located) return { ok: false, message: error instanceof Error ? error.message : 'Not valid JSON' };
    return { ok: false, message: located.message, ...lineAndColumn(text, located.offset) };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, message: 'Params must be a JSON object, like {"key": "value"}' };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

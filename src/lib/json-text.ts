import { parseJson, stringifyJson } from './exact-json';

export type JsonTextResult = { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

/** What the JSON mode shows for the text: the parsed object, or one sentence saying where it breaks. */
export function parseParamsText(text: string): JsonTextResult {
  let value: unknown;
  try {
    value = parseJson(text);
  } catch (error) {
    return { ok: false, message: describeSyntaxError(text, error instanceof Error ? error.message : '') };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'Parameters must be a JSON object, like { "length": 12 }' };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

/** Integers beyond 2^53 (bigint) are written with all their digits, and parse back the same. */
export function prettyJson(value: unknown): string {
  return stringifyJson(value, 2);
}

/**
 * "Invalid JSON at line 3, column 14: Expected ',' or '}'". The engine's position wins when its message
 * has one (V8: "at position N", newer V8 "(line L column C)", Firefox "at line L column C"); Safari and
 * some V8 messages ("Unexpected token 'x', "…" is not valid JSON") give none, so a scanner finds it.
 * The reason comes from the scanner too: engine messages quote the text and differ per browser.
 */
export function describeSyntaxError(text: string, engineMessage: string): string {
  const scanned = scanForError(text);
  const position = positionFromMessage(engineMessage, text) ?? lineAndColumn(text, scanned?.offset ?? 0);
  const reason = scanned?.reason ?? (engineMessage || 'Not valid JSON');
  return `Invalid JSON at line ${position.line}, column ${position.column}: ${reason}`;
}

type Position = { line: number; column: number };

export function positionFromMessage(message: string, text: string): Position | undefined {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const offset = /at position (\d+)/.exec(message);
  return offset ? lineAndColumn(text, Number(offset[1])) : undefined;
}

export function lineAndColumn(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line++;
  return { line, column: offset - lineStart + 1 };
}

type Found = { offset: number; reason: string };

/** Walks the JSON grammar just far enough to name the first problem and where it is. */
export function scanForError(text: string): Found | undefined {
  let at = 0;
  const fail = (reason: string): never => {
    throw { offset: at, reason } satisfies Found;
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at] as string)) at++;
  };
  const unexpected = () =>
    fail(at >= text.length ? 'Unexpected end of the text' : `Unexpected '${text[at]}'`);
  const string = () => {
    for (at++; text[at] !== '"'; at++) {
      if (at >= text.length) fail('Unterminated string');
      if ((text[at] as string) < ' ') fail('Line break or control character inside a string');
      if (text[at] === '\\') {
        at++;
        if (text[at] === 'u' && /^[\da-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) at += 4;
        else if (!'"\\/bfnrt'.includes(text[at] ?? 'x')) fail('Invalid escape in a string');
      }
    }
    at++;
  };
  const container = (close: '}' | ']') => {
    at++;
    space();
    if (text[at] === close) return void at++;
    for (;;) {
      space();
      if (close === '}') {
        if (text[at] !== '"') fail('Expected a property name in double quotes');
        string();
        space();
        if (text[at] !== ':') fail("Expected ':' after the property name");
        at++;
      }
      value();
      space();
      if (text[at] === close) return void at++;
      if (text[at] !== ',') fail(`Expected ',' or '${close}'`);
      at++;
      space();
      if (text[at] === close) fail(`Trailing comma before '${close}'`);
    }
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === '{') container('}');
    else if (char === '[') container(']');
    else if (char === '"') string();
    else literalValue();
  };
  const literalValue = () => {
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(at, at + 400),
    );
    if (!literal) unexpected();
    at += literal?.[0].length ?? 0;
  };
  try {
    value();
    space();
    if (at < text.length) fail('Unexpected text after the end of the object');
    return undefined;
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'reason' in error) return error as Found;
    throw error;
  }
}

import { describe, expect, it } from 'vitest';
import {
  describeSyntaxError,
  lineAndColumn,
  parseParamsText,
  positionFromMessage,
  prettyJson,
  scanForError,
} from './json-text';

const broken = '{\n  "name": "P-12",\n  "length": 12,,\n  "ok": true\n}';

describe('parseParamsText', () => {
  it('returns the object for valid JSON', () => {
    expect(parseParamsText('{ "a": [1, 1.250, 1e-3] }')).toEqual({
      ok: true,
      value: { a: [1, 1.25, 0.001] },
    });
  });

  it('reads integers beyond 2^53 exactly, and prettyJson writes them back the same', () => {
    const text = '{\n  "ext_id": 12345678901234567890,\n  "width": 1.5\n}';
    const result = parseParamsText(text);
    expect(result).toEqual({ ok: true, value: { ext_id: 12345678901234567890n, width: 1.5 } });
    expect(result.ok && prettyJson(result.value)).toBe(text);
  });

  it('names the line and column of a syntax error', () => {
    expect(parseParamsText(broken)).toEqual({
      ok: false,
      message: 'Invalid JSON at line 3, column 16: Expected a property name in double quotes',
    });
  });

  it('requires an object at the root', () => {
    for (const text of ['[1, 2]', '12', 'null']) {
      expect(parseParamsText(text)).toMatchObject({
        ok: false,
        message: expect.stringMatching(/must be a JSON object/),
      });
    }
  });
});

describe('error positions', () => {
  it('reads the position from each engine’s wording', () => {
    expect(positionFromMessage('Unexpected token , in JSON at position 35', broken)).toEqual({
      line: 3,
      column: 16,
    });
    expect(
      positionFromMessage(
        "Expected ',' or '}' after property value in JSON at position 9 (line 2 column 3)",
        '',
      ),
    ).toEqual({ line: 2, column: 3 });
    expect(
      positionFromMessage('JSON.parse: unexpected character at line 3 column 14 of the JSON data', ''),
    ).toEqual({
      line: 3,
      column: 14,
    });
    expect(positionFromMessage('JSON Parse error: Unexpected identifier "x"', '')).toBeUndefined();
  });

  it('scans for the position when the message has none (Safari)', () => {
    const text = '{\n  "a": 1,\n  "b": x\n}';
    expect(describeSyntaxError(text, 'JSON Parse error: Unexpected identifier "x"')).toBe(
      "Invalid JSON at line 3, column 8: Unexpected 'x'",
    );
  });

  it('names common mistakes', () => {
    expect(scanForError('{"a": 1,}')).toEqual({ offset: 8, reason: "Trailing comma before '}'" });
    expect(scanForError('{"a": "open')).toEqual({ offset: 11, reason: 'Unterminated string' });
    expect(scanForError('{"a": 1')).toEqual({ offset: 7, reason: "Expected ',' or '}'" });
    expect(scanForError('{"a": 1} x')).toMatchObject({
      reason: 'Unexpected text after the end of the object',
    });
    expect(scanForError('{"a": [1, 2]}')).toBeUndefined();
  });

  it('counts lines and columns from one', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

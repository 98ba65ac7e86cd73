import { describe, expect, it } from 'vitest';
import { parseParamsJson } from './parse-params-json';

describe('parseParamsJson', () => {
  it('accepts an object', () => {
    expect(parseParamsJson('{"soil": {"layers": [{"phi": 30}]}}')).toEqual({
      ok: true,
      value: { soil: { layers: [{ phi: 30 }] } },
    });
  });

  it.each([
    ['{"a": 1,}', 'Trailing comma', 1, 9],
    ['{\n  "a": 1\n  "b": 2\n}', "Expected ',' or '}'", 3, 3],
    ["{'a': 1}", 'property name in double quotes', 1, 2],
    ['{"a": tru}', "Unexpected 't'", 1, 7],
    ['{"a": "b', 'Unterminated string', 1, 9],
    ['{"a": 1} x', 'Unexpected text after', 1, 10],
    ['', 'Unexpected end', 1, 1],
  ])('places the first error in %j', (text, message, line, column) => {
    const result = parseParamsJson(text);
    expect(result).toMatchObject({ ok: false, line, column });
    expect(result.ok || result.message).toContain(message);
  });

  it('refuses JSON that is not an object', () => {
    expect(parseParamsJson('[1, 2]')).toMatchObject({
      ok: false,
      message: expect.stringContaining('object'),
    });
    expect(parseParamsJson('null').ok).toBe(false);
  });
});

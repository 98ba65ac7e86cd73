import { describe, expect, it, vi } from 'vitest';
import { parseJson, stringifyJson } from './exact-json';

const SAMPLE = '{"a": 12345678901234567890, "b": 1.5, "c": 9007199254740993}';

describe('parseJson and stringifyJson', () => {
  it('reads integers beyond 2^53 as exact bigints and writes them back digit for digit', () => {
    const value = parseJson(SAMPLE);
    expect(value).toEqual({ a: 12345678901234567890n, b: 1.5, c: 9007199254740993n });
    expect(stringifyJson(value)).toBe('{"a":12345678901234567890,"b":1.5,"c":9007199254740993}');
    expect(stringifyJson(value, 2)).toBe(
      '{\n  "a": 12345678901234567890,\n  "b": 1.5,\n  "c": 9007199254740993\n}',
    );
    expect(parseJson(stringifyJson(value, 2))).toEqual(value);
  });

  it('keeps safe integers, decimals and exponents as numbers', () => {
    expect(parseJson('[9007199254740991, -9007199254740991, 0.30000000000000004, 1e21, 1.5e300]')).toEqual([
      9007199254740991, -9007199254740991, 0.30000000000000004, 1e21, 1.5e300,
    ]);
    // Written with a fraction or an exponent, a number is a double, as the author of the text chose.
    expect(parseJson('[12345678901234567890.5, 1.2345678901234567890e5]')).toEqual([
      Number('12345678901234567890.5'),
      Number('1.2345678901234567890e5'),
    ]);
  });

  it('finds them anywhere a value goes: negative, nested, in arrays, at the top, among whitespace', () => {
    expect(
      parseJson(
        '{ "ids": [ -98765432109876543210 ,\n\t18446744073709551615 ], "x": { "y": [[ 10000000000000000001 ]] } }',
      ),
    ).toEqual({ ids: [-98765432109876543210n, 18446744073709551615n], x: { y: [[10000000000000000001n]] } });
    expect(parseJson(' 12345678901234567890 ')).toBe(12345678901234567890n);
  });

  it('leaves digits inside strings and keys alone, escaped quotes included', () => {
    const text =
      '{"12345678901234567890": "id: 12345678901234567890,", "q": "say \\"[12345678901234567890]\\"", "n": 12345678901234567891}';
    expect(parseJson(text)).toEqual({
      '12345678901234567890': 'id: 12345678901234567890,',
      q: 'say "[12345678901234567890]"',
      n: 12345678901234567891n,
    });
    // A string that looks like the internal mark of a bigint is still a string on the way out.
    expect(stringifyJson({ s: '\u0000exact-int:123', n: 1n })).toBe('{"s":"\\u0000exact-int:123","n":1}');
  });

  it('uses plain JSON.parse, once, on text without a long integer', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const floats =
      '{"x": 0.30000000000000004, "y": 1234567890123.5, "id": 42, "s": "2024-05-01T10:20:30.123456Z"}';
    expect(parseJson(floats)).toEqual({
      x: 0.30000000000000004,
      y: 1234567890123.5,
      id: 42,
      s: '2024-05-01T10:20:30.123456Z',
    });
    expect(parse.mock.calls).toEqual([[floats]]);

    // Long digits only inside a string, or a 16-digit integer that is still safe: still one plain parse.
    parse.mockClear();
    const safe = '{"s": "12345678901234567890", "n": 1234567890123456}';
    expect(parseJson(safe)).toEqual({ s: '12345678901234567890', n: 1234567890123456 });
    expect(parse.mock.calls).toEqual([[safe]]);
  });

  it('throws the engine error for the text as written, so positions stay right', () => {
    const broken = '{"a": 12345678901234567890,, "b": 1}';
    let expected: unknown;
    try {
      JSON.parse(broken);
    } catch (error) {
      expected = error;
    }
    expect(() => parseJson(broken)).toThrow(expected as Error);
    // A long integer where a key goes is an error, never turned into a key.
    expect(() => parseJson('{12345678901234567890: 1}')).toThrow(SyntaxError);
  });

  it('writes undefined as null and still refuses a cycle', () => {
    expect(stringifyJson(undefined)).toBe('null');
    const cycle: Record<string, unknown> = { n: 1n };
    cycle.self = cycle;
    expect(() => stringifyJson(cycle)).toThrow(TypeError);
  });
});

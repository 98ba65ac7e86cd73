// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { JsonNumber, parseExactly, parseJson, stringifyJson } from '../../server/http/exact-json';

/** The reshaping layer must not change a value while it moves keys around. */
describe('lossless JSON for reshaped replies', () => {
  const tricky = '{"b":12345678901234567890,"10":[1.5e300,-0.0,"x\\"y"],"2":{},"a":[{"z":null,"y":true}]}';

  it('keeps the digits of integers beyond 2^53 and the order of integer-like keys', () => {
    const parsed = parseJson(tricky);
    expect(stringifyJson(parsed)).toBe(tricky);
    expect((parsed as Map<string, unknown>).get('b')).toEqual(new JsonNumber('12345678901234567890'));
    expect([...(parsed as Map<string, unknown>).keys()]).toEqual(['b', '10', '2', 'a']);
    expect(parseExactly('["\\u00e9\\n"]')).toEqual(['é\n']);
  });

  it('reads ordinary JSON the fast way to the same tree', () => {
    const ordinary = '{"id":7,"name":"Pile \\"P-1\\"","depth":-12.5,"tags":["a","b"],"locked_by":null}';
    expect(parseJson(ordinary)).toEqual(parseExactly(ordinary));
    expect(stringifyJson(parseJson(ordinary))).toBe(ordinary);
    expect(stringifyJson(parseJson(' [ 1 , { "a" : 2 } ] '))).toBe('[1,{"a":2}]');
  });

  it('refuses malformed input', () => {
    for (const bad of ['{"a":1', '[1,]', '{"a" 1}', '12345678901234567890 x']) {
      expect(() => parseExactly(bad)).toThrow(SyntaxError);
    }
  });
});

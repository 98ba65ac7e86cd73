import { describe, expect, it } from 'vitest';
import { csvField, csvRecord } from './csv';

describe('csvField: RFC 4180 quoting', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvField('Quay wall')).toBe('Quay wall');
    expect(csvField('Dijkvak 12 (km 3.4)')).toBe('Dijkvak 12 (km 3.4)');
    expect(csvField(42)).toBe('42');
    expect(csvField(18.5)).toBe('18.5');
    expect(csvField('')).toBe('');
  });

  it.each([
    ['a comma', 'Pile, group A', '"Pile, group A"'],
    ['a quote, doubled inside', 'The "old" wall', '"The ""old"" wall"'],
    ['a line feed', 'first\nsecond', '"first\nsecond"'],
    ['a carriage return', 'first\rsecond', '"first\rsecond"'],
    ['CRLF', 'first\r\nsecond', '"first\r\nsecond"'],
    ['only a quote', '"', '""""'],
  ])('quotes a field with %s', (_what, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('gives an empty cell for null and undefined (not sent), never the words', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });
});

describe('csvField: formulas are shown, never run', () => {
  it.each([
    ['=', '=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+', '+31 20 123 4567', "'+31 20 123 4567"],
    ['-', '-2.5', "'-2.5"],
    ['@', '@SUM(A1:A3)', "'@SUM(A1:A3)"],
    ['tab', '\tindent', "'\tindent"],
    ['CR', '\rhidden', `"'\rhidden"`],
  ])('prefixes a field starting with %s', (_start, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it.each([
    'Pile = 12 m',
    'A+B',
    'net-zero',
    'mail@example.com',
    ' =leading space',
    "'quoted already",
    '#1234',
    '12',
  ])('leaves %j alone (a formula sign not at the start, or another start)', (value) => {
    expect(csvField(value)).toBe(value);
  });
});

describe('csvRecord', () => {
  it('joins fields with commas and ends the record with CRLF', () => {
    expect(csvRecord(['id', 'name', 'count'])).toBe('id,name,count\r\n');
  });

  it('keeps the place of an absent field as an empty cell', () => {
    expect(csvRecord([7, undefined, 'Quay wall', null, 3])).toBe('7,,Quay wall,,3\r\n');
  });

  it('quotes within a record so the columns still line up', () => {
    expect(csvRecord([1, 'a,b', 'say "hi"', 'line\nbreak'])).toBe('1,"a,b","say ""hi""","line\nbreak"\r\n');
  });
});

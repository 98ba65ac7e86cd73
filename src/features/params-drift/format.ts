import type { Deviation } from '../../lib/params-drift/deviations';
import type { ExactNumber, JsonType } from '../../lib/params-drift/profile';

/** `0.98` → `98%`; a share that is not quite all or nothing never rounds to 100% or 0%. */
export function percent(share: number): string {
  const value = share * 100;
  if (value > 99 && value < 100) return '>99%';
  if (value > 0 && value < 1) return '<1%';
  return `${Math.round(value)}%`;
}

/** Exact: a bigint keeps every digit, a double is written as JavaScript reads it back. */
export const exact = (value: ExactNumber) => value.toString();

/** A fence is computed, not sent: four significant digits are enough to read it. */
export const approx = (value: number) => Number(value.toPrecision(4)).toString();

const ARTICLE: Record<JsonType, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean',
  null: 'null',
  object: 'an object',
  array: 'an array',
};

export const typeName = (type: JsonType) => ARTICLE[type];

/** One deviation in words, path first (the list is read path by path). */
export function describeDeviation(deviation: Deviation): { label: string; text: string } {
  switch (deviation.kind) {
    case 'missing':
      return { label: 'Missing', text: `most entities have it (${percent(deviation.presence)})` };
    case 'extra':
      return { label: 'Extra', text: `few entities have it (${percent(deviation.presence)})` };
    case 'type':
      return {
        label: 'Type',
        text: `${typeName(deviation.found)} where most have ${typeName(deviation.expected)}`,
      };
    case 'range':
      return {
        label: 'Out of range',
        text: `${exact(deviation.value)}, outside ${approx(deviation.low)} … ${approx(deviation.high)}`,
      };
  }
}

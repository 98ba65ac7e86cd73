import { z } from 'zod/mini';
import type { DiffOptions } from '../../lib/json-diff/diff-json';

/**
 * The diff's view options as they live in a URL (the revisions page and the comparison page share
 * them), so a link reproduces the exact view. Each field `.catch()`es: a bad value is dropped.
 */
export const diffOptionsSearchShape = {
  view: z.catch(z.optional(z.enum(['split', 'unified'])), undefined),
  scope: z.catch(z.optional(z.enum(['changed', 'full'])), undefined),
  /** Numeric changes at or below this are hidden (float noise). */
  tol: z.catch(z.optional(z.coerce.number().check(z.nonnegative())), undefined),
  /** How arrays of objects are matched: a key name, or `position`; unset = automatic. */
  key: z.catch(z.optional(z.string().check(z.maxLength(100))), undefined),
};
const diffOptionsSearchSchema = z.object(diffOptionsSearchShape);
export type DiffOptionsSearch = z.infer<typeof diffOptionsSearchSchema>;

/** What the diff engine is given for these URL options. */
export function diffOptionsFrom(search: DiffOptionsSearch): DiffOptions {
  return {
    tolerance: search.tol ?? 0,
    arrayKeys: search.key === 'position' ? 'position' : search.key ? [search.key] : undefined,
  };
}

import { z } from 'zod/mini';

/** The diff's state in the URL, so a link reproduces the exact view. */
export const diffSearchSchema = z.object({
  from: z.catch(z.optional(z.coerce.number().check(z.int(), z.positive())), undefined),
  to: z.catch(z.optional(z.coerce.number().check(z.int(), z.positive())), undefined),
  view: z.catch(z.optional(z.enum(['split', 'unified'])), undefined),
  scope: z.catch(z.optional(z.enum(['changed', 'full'])), undefined),
  /** Numeric changes at or below this are hidden (float noise). */
  tol: z.catch(z.optional(z.coerce.number().check(z.nonnegative())), undefined),
  /** How arrays of objects are matched: a key name, or `position`; unset = automatic. */
  key: z.catch(z.optional(z.string().check(z.maxLength(100))), undefined),
  /** Blame column in the full-document view. */
  blame: z.catch(z.optional(z.boolean()), undefined),
});
export type DiffSearch = z.infer<typeof diffSearchSchema>;

import { z } from 'zod/mini';
import { diffOptionsSearchShape } from '../../components/diff-view/diff-options';

/** The diff's state in the URL, so a link reproduces the exact view. */
export const diffSearchSchema = z.object({
  from: z.catch(z.optional(z.coerce.number().check(z.int(), z.positive())), undefined),
  to: z.catch(z.optional(z.coerce.number().check(z.int(), z.positive())), undefined),
  ...diffOptionsSearchShape,
  /** Blame column in the full-document view. */
  blame: z.catch(z.optional(z.boolean()), undefined),
});
export type DiffSearch = z.infer<typeof diffSearchSchema>;

import { z } from 'zod/mini';
import { diffOptionsSearchShape } from '../../components/diff-view/diff-options';
import { type EntityRef, parseEntityRef } from '../../lib/entity-ref';

const revisionId = z.catch(z.optional(z.coerce.number().check(z.int(), z.positive())), undefined);
// The refs stay as typed: a bad one is reported on its own side (what was wrong with it), not dropped.
const refText = z.catch(z.optional(z.string().check(z.maxLength(200))), undefined);

/** `/compare?a=<ws>:<entity>&b=<ws>:<entity>`, each side's revision (absent = current params) and the diff options. */
export const compareSearchSchema = z.object({
  a: refText,
  b: refText,
  arev: revisionId,
  brev: revisionId,
  ...diffOptionsSearchShape,
});
export type CompareSearch = z.infer<typeof compareSearchSchema>;

/** What a side of the URL names: nothing yet, something that is not a ref, or an entity. */
export type SideRef =
  | { kind: 'missing' }
  | { kind: 'invalid'; text: string }
  | { kind: 'entity'; ref: EntityRef };

export function sideRef(text: string | undefined): SideRef {
  if (text === undefined || text.trim() === '') return { kind: 'missing' };
  const ref = parseEntityRef(text);
  return ref ? { kind: 'entity', ref } : { kind: 'invalid', text };
}

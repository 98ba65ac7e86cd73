import { CONTRACT_VARIANTS, type ContractVariant } from '../../server/app';
import type { CallOptions, TestServer } from './demo-client';

/**
 * The demo's contract variants as a test matrix: `describe.each(VARIANT_MATRIX)` runs a block
 * against the defaults and then against each variant alone, each on its own server. Expectations
 * that legitimately differ ask `answersOf(variants)` instead of being copied per variant.
 */
export type VariantCase = { name: string; variants: ContractVariant[] };

export const VARIANT_MATRIX: VariantCase[] = [
  { name: 'default', variants: [] },
  ...CONTRACT_VARIANTS.map((variant) => ({ name: variant, variants: [variant] })),
];

/** How a server with these variants answers where the contract is silent. */
export function answersOf(variants: readonly ContractVariant[]) {
  const on = (variant: ContractVariant) => variants.includes(variant);
  return {
    revisionsNewestFirst: !on('revisions-oldest-first'),
    revisionsCarryParams: !on('revisions-without-params'),
    writeRepliesCarryParams: !on('put-without-params'),
    maxPage: on('halved-page-caps')
      ? { workspaces: 25, entities: 50, revisions: 12 }
      : { workspaces: 50, entities: 100, revisions: 25 },
    /** Records whose id is a multiple of 5 lack their inferred fields under `missing-inferred-fields`. */
    lacksInferredFields: (id: number) => on('missing-inferred-fields') && id % 5 === 0,
  };
}

export type Page<T> = { count: number; results: T[] };
export type EntityJson = {
  id: number;
  name: string;
  entity_type: number;
  entity_type_name?: string;
  path?: number[];
  parent_count: number;
  created_by?: number;
  updated_at: string;
  last_updated_by: number;
  locked: boolean;
  locked_by: { id: number; first_name: string; last_name: string } | null;
  properties?: Record<string, unknown>;
};
export type RevisionJson = {
  id: number;
  created_date?: string;
  created_by: number;
  message: string | null;
  properties?: Record<string, unknown>;
};

/**
 * Every revision of an entity, newest first by id, whatever order and page size the server uses:
 * what a client following the contract has to do.
 */
export async function revisionsNewestFirst(
  api: TestServer,
  revisionsPath: string,
  options: CallOptions & { query?: string } = {},
): Promise<{ count: number; revisions: RevisionJson[] }> {
  const revisions: RevisionJson[] = [];
  let count = Number.POSITIVE_INFINITY;
  while (revisions.length < count) {
    const query = `?offset=${revisions.length}&limit=100${options.query ? `&${options.query}` : ''}`;
    const { status, body } = await api.json<Page<RevisionJson>>(`${revisionsPath}${query}`, options);
    if (status !== 200) throw new Error(`${revisionsPath}: ${status} ${JSON.stringify(body)}`);
    if (body.results.length === 0) break;
    count = body.count;
    revisions.push(...body.results);
  }
  return { count, revisions: revisions.sort((a, b) => b.id - a.id) };
}

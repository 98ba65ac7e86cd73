import { idOf, isJsonObject, type JsonObject, type JsonValue } from '../http/exact-json';
import { MAX_PAGE } from '../http/query';
import type { ContractVariant } from './names';
import { type ResourceKind, recordsOf } from './resources';

/**
 * What each contract variant changes, all in one place. Order and page size decide which rows a
 * query returns, so they are knobs the stores read; everything else reshapes the finished JSON
 * reply (one middleware, `reshape-middleware.ts`), so routes stay unaware of variants.
 */
export type MaxPage = { [K in keyof typeof MAX_PAGE]: number };

export type ContractKnobs = {
  maxPage: MaxPage;
  /** Offset 0 is the first revision (the SDK's reading) instead of the newest. */
  revisionsOldestFirst: boolean;
  /** False: revision list items never carry `properties`, even when asked. */
  revisionParams: boolean;
};

export type Reply = { method: string; status: number; resource: ResourceKind | undefined; body: JsonValue };
/** Returns the new body (the old one may have been changed in place). */
export type Reshape = (reply: Reply) => JsonValue;

type Definition = {
  knobs?: (knobs: ContractKnobs) => ContractKnobs;
  reshape?: Reshape;
};

export const DEFAULT_KNOBS: ContractKnobs = {
  maxPage: { ...MAX_PAGE },
  revisionsOldestFirst: false,
  revisionParams: true,
};

/**
 * `missing-inferred-fields`: every record whose id is a multiple of 5 lacks the fields below.
 * Workspaces also get a partial `app_version` (only `id` and `tag`).
 */
export const LACKS_INFERRED_FIELDS = (id: number) => id % 5 === 0;
export const DROPPED_INFERRED_FIELDS: Record<ResourceKind, string[]> = {
  workspace: ['updated_at'],
  entity: ['path', 'entity_type_name', 'created_by'],
  'entity-type': ['child_entity_type_ids', 'class_name'],
  revision: ['created_date'],
};
const PARTIAL_APP_VERSION_KEYS = ['id', 'tag'];

function dropInferredFields({ status, resource, body }: Reply): JsonValue {
  if (!resource || status >= 300) return body;
  for (const record of recordsOf(body)) {
    const id = idOf(record);
    if (id === undefined || !LACKS_INFERRED_FIELDS(id)) continue;
    for (const field of DROPPED_INFERRED_FIELDS[resource]) record.delete(field);
    const version = resource === 'workspace' ? record.get('app_version') : undefined;
    if (isJsonObject(version)) {
      for (const key of [...version.keys()]) if (!PARTIAL_APP_VERSION_KEYS.includes(key)) version.delete(key);
    }
  }
  return body;
}

/** PUT of an entity and both POST creates answer without the params that were just saved. */
function dropWriteReplyParams({ method, status, resource, body }: Reply): JsonValue {
  if (resource !== 'entity' || method === 'GET' || status >= 300) return body;
  for (const record of recordsOf(body)) record.delete('properties');
  return body;
}

/** Reversed at every depth: deterministic, and different from the stored order for 2+ keys. */
function reverseKeys(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (!isJsonObject(value)) return value;
  const reversed: JsonObject = new Map();
  for (const [key, item] of [...value].reverse()) reversed.set(key, reverseKeys(item));
  return reversed;
}

/** Listed in the order they are applied: key order last, so it covers whatever the others left. */
const DEFINITIONS: [ContractVariant, Definition][] = [
  ['revisions-oldest-first', { knobs: (knobs) => ({ ...knobs, revisionsOldestFirst: true }) }],
  [
    'halved-page-caps',
    {
      knobs: (knobs) => ({
        ...knobs,
        maxPage: Object.fromEntries(
          Object.entries(knobs.maxPage).map(([name, max]) => [name, Math.floor(max / 2)]),
        ) as MaxPage,
      }),
    },
  ],
  ['revisions-without-params', { knobs: (knobs) => ({ ...knobs, revisionParams: false }) }],
  ['put-without-params', { reshape: dropWriteReplyParams }],
  ['missing-inferred-fields', { reshape: dropInferredFields }],
  ['reordered-keys', { reshape: (reply) => reverseKeys(reply.body) }],
];

export function knobsFor(variants: readonly ContractVariant[]): ContractKnobs {
  return DEFINITIONS.reduce(
    (knobs, [name, definition]) =>
      variants.includes(name) && definition.knobs ? definition.knobs(knobs) : knobs,
    DEFAULT_KNOBS,
  );
}

export function reshapersFor(variants: readonly ContractVariant[]): Reshape[] {
  return DEFINITIONS.flatMap(([name, { reshape }]) => (variants.includes(name) && reshape ? [reshape] : []));
}

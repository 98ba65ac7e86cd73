import type { ProfiledEntity, SchemaPath } from './infer-schema';
import { type ExactNumber, type JsonType, parentKindOf, parentPath, ROOT_PATH } from './profile';

/** "Most" entities: a key more than half have is expected; lacking it is a deviation. */
export const MISSING_ABOVE = 0.5;
/** "Few": a key fewer than one in five have is unexpected; having it is a deviation. */
export const EXTRA_BELOW = 0.2;

export type Deviation =
  | { kind: 'missing'; path: string; presence: number }
  | { kind: 'extra'; path: string; presence: number }
  | { kind: 'type'; path: string; found: JsonType; expected: JsonType }
  | { kind: 'range'; path: string; value: ExactNumber; low: number; high: number };

/**
 * Outliers are rare by definition: when more than this share of the entities with numbers at a path
 * fall outside its fence, the values come in several clusters (coordinates of structures apart, two
 * unit systems), and the fence says nothing about any one entity. Such a path is not range-checked.
 */
export const OUTLIERS_AT_MOST = 0.02;

export type DeviatingEntity = { id: number; name: string | undefined; deviations: Deviation[] };

/**
 * The type most entities with a value at the path have, when more than half of them agree on it.
 * `null` is "not set" rather than a type: an optional number that is null in most entities is still a
 * number where it is set, and a null where most have a number is a value left out, not a mistyping.
 */
function majorityType(row: SchemaPath): JsonType | undefined {
  const typed = row.types.filter((t) => t.type !== 'null');
  const [first] = typed;
  const withValue = typed.reduce((sum, t) => sum + t.entities, 0);
  return first && first.entities * 2 > withValue ? first.type : undefined;
}

const isItemPath = (path: string) => path.endsWith('[]');

/**
 * Each entity's params against the schema learnt from all of them. An empty list is a valid value, so
 * an `[]` path is never "missing" nor "extra" by itself; a key under a missing or unexpected parent is
 * not reported again (the parent says it).
 */
export function findDeviations(entities: readonly ProfiledEntity[], schema: readonly SchemaPath[]) {
  // Everything about a path that does not depend on the entity, worked out once per path: this runs
  // for thousands of entities every refresh.
  type PathRule = { row: SchemaPath; majority: JsonType | undefined; extra: boolean };
  const presenceOf = new Map(schema.map((row) => [row.path, row.presence]));
  const rules = new Map<string, PathRule>();
  for (const row of schema) {
    const parent = parentPath(row.path);
    const parentUnexpected = parent !== ROOT_PATH && (presenceOf.get(parent) ?? 1) < EXTRA_BELOW;
    const extra = !isItemPath(row.path) && row.presence < EXTRA_BELOW && !parentUnexpected;
    rules.set(row.path, { row, majority: majorityType(row), extra });
  }
  const expected = schema
    .filter((row) => !isItemPath(row.path) && row.presence > MISSING_ABOVE)
    .map((row) => ({ row, parent: parentPath(row.path), parentKind: parentKindOf(row.path) }));
  const outsideFence = countOutsideFences(entities, schema);
  const deviating: DeviatingEntity[] = [];

  for (const entity of entities) {
    const { profile } = entity;
    const deviations: Deviation[] = [];
    for (const { row, parent, parentKind } of expected) {
      if (profile.has(row.path)) continue;
      const parentThere = parent === ROOT_PATH || profile.get(parent)?.types.has(parentKind);
      if (parentThere) deviations.push({ kind: 'missing', path: row.path, presence: row.presence });
    }
    for (const [path, facts] of profile) {
      const rule = rules.get(path);
      if (!rule) continue;
      const { row, majority } = rule;
      if (rule.extra) {
        deviations.push({ kind: 'extra', path, presence: row.presence });
        continue;
      }
      if (majority) {
        for (const found of facts.types) {
          if (found !== majority && found !== 'null')
            deviations.push({ kind: 'type', path, found, expected: majority });
        }
      }
      const fence = outsideFence.get(path) === undefined ? undefined : row.fence;
      if (fence && facts.min !== undefined && facts.max !== undefined) {
        const outside = facts.min < fence.low ? facts.min : facts.max > fence.high ? facts.max : undefined;
        if (outside !== undefined)
          deviations.push({ kind: 'range', path, value: outside, low: fence.low, high: fence.high });
      }
    }
    if (deviations.length > 0) deviating.push({ id: entity.id, name: entity.name, deviations });
  }
  return deviating;
}

/** Per fenced path, how many entities fall outside, for the paths where outliers are rare enough to name. */
function countOutsideFences(entities: readonly ProfiledEntity[], schema: readonly SchemaPath[]) {
  const fenced = schema.filter((row) => row.fence !== undefined);
  const counts = new Map<string, number>();
  for (const entity of entities) {
    for (const row of fenced) {
      const facts = entity.profile.get(row.path);
      const fence = row.fence;
      if (!fence || facts?.min === undefined || facts.max === undefined) continue;
      if (facts.min < fence.low || facts.max > fence.high)
        counts.set(row.path, (counts.get(row.path) ?? 0) + 1);
    }
  }
  const rare = new Map<string, number>();
  for (const row of fenced) {
    const outside = counts.get(row.path) ?? 0;
    const numbered = row.types.find((t) => t.type === 'number')?.entities ?? row.entities;
    if (outside > 0 && outside <= Math.max(1, OUTLIERS_AT_MOST * numbered)) rare.set(row.path, outside);
  }
  return rare;
}

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

export type DeviatingEntity = { id: number; name: string | undefined; deviations: Deviation[] };

/** The type most entities with the path have, when more than half of them agree on it. */
function majorityType(row: SchemaPath): JsonType | undefined {
  const [first] = row.types;
  return first && first.entities * 2 > row.entities ? first.type : undefined;
}

const isItemPath = (path: string) => path.endsWith('[]');

/**
 * Each entity's params against the schema learnt from all of them. An empty list is a valid value, so
 * an `[]` path is never "missing" nor "extra" by itself; a key under a missing or unexpected parent is
 * not reported again (the parent says it).
 */
export function findDeviations(entities: readonly ProfiledEntity[], schema: readonly SchemaPath[]) {
  const byPath = new Map(schema.map((row) => [row.path, row]));
  const expected = schema.filter((row) => !isItemPath(row.path) && row.presence > MISSING_ABOVE);
  const deviating: DeviatingEntity[] = [];

  for (const entity of entities) {
    const { profile } = entity;
    const deviations: Deviation[] = [];
    for (const row of expected) {
      if (profile.has(row.path)) continue;
      const parent = parentPath(row.path);
      const parentThere = parent === ROOT_PATH || profile.get(parent)?.types.has(parentKindOf(row.path));
      if (parentThere) deviations.push({ kind: 'missing', path: row.path, presence: row.presence });
    }
    for (const [path, facts] of profile) {
      const row = byPath.get(path);
      if (!row) continue;
      const parent = parentPath(path);
      const parentRow = parent === ROOT_PATH ? undefined : byPath.get(parent);
      const parentUnexpected = parentRow !== undefined && parentRow.presence < EXTRA_BELOW;
      if (!isItemPath(path) && row.presence < EXTRA_BELOW && !parentUnexpected) {
        deviations.push({ kind: 'extra', path, presence: row.presence });
        continue;
      }
      const majority = majorityType(row);
      if (majority) {
        for (const found of facts.types) {
          if (found !== majority) deviations.push({ kind: 'type', path, found, expected: majority });
        }
      }
      const { fence } = row;
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

import { yieldToMain } from '../yield-to-main';
import {
  type DriftAccumulator,
  type PathLayout,
  type ProfiledEntity,
  type SchemaPath,
  TYPE_BIT,
  typesOfMask,
} from './infer-schema';
import type { ExactNumber, JsonType } from './profile';

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

/** Everything about a path that does not depend on the entity, worked out once per refresh. */
type PathRule = {
  row: SchemaPath;
  expected: boolean;
  extra: boolean;
  /** Type bits that deviate there: all but the majority's and null's. */
  wrongBits: number;
  majority: JsonType | undefined;
};

const extremes = (entity: ProfiledEntity, index: number) =>
  entity.exact?.get(index) ?? { min: entity.min[index] as number, max: entity.max[index] as number };

/** What one pass over the entities found, and how many entities it went over. */
export type DeviationResult = { deviating: DeviatingEntity[]; entities: number };

/** Entities between two points where a sliced pass may pause: about a millisecond of work. */
const STEP = 256;

/**
 * Each entity's params against the schema learnt from all of them. An empty list is a valid value, so
 * an `[]` path is never "missing" nor "extra" by itself; a key under a missing or unexpected parent is
 * not reported again (the parent says it). Runs over every entity on each refresh: typed arrays and
 * path indices, no strings.
 */
export function findDeviations(accumulator: DriftAccumulator, schema: readonly SchemaPath[]) {
  const steps = deviationSteps(accumulator, schema);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value.deviating;
  }
}

/**
 * The same, with a pause for the browser whenever a slice of work has taken `sliceMs`: with 100,000
 * entities the whole pass takes hundreds of ms, which in one piece would freeze the page. The
 * entities read while it pauses wait for the next pass (`entities` says how many this one covered).
 * `busyMs`: the main-thread time it took, pauses left out.
 */
export async function findDeviationsInSlices(
  accumulator: DriftAccumulator,
  schema: readonly SchemaPath[],
  {
    sliceMs = 8,
    pause = yieldToMain,
    signal,
  }: { sliceMs?: number; pause?: () => Promise<void>; signal?: AbortSignal } = {},
): Promise<DeviationResult & { busyMs: number }> {
  const steps = deviationSteps(accumulator, schema);
  let busyMs = 0;
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    const now = performance.now();
    if (step.done) return { ...step.value, busyMs: busyMs + (now - sliceStart) };
    if (now - sliceStart < sliceMs) continue;
    busyMs += now - sliceStart;
    await pause();
    signal?.throwIfAborted();
    sliceStart = performance.now();
  }
}

/** Both passes over the entities, yielding every {@link STEP} entities. */
function* deviationSteps(
  accumulator: DriftAccumulator,
  schema: readonly SchemaPath[],
): Generator<void, DeviationResult> {
  const layout = accumulator.layout();
  const entities = accumulator.entities();
  // The entities the schema was learnt from: any added while a sliced pass pauses are not in it.
  const count = entities.length;
  const rowAt: (SchemaPath | undefined)[] = new Array(layout.paths.length);
  for (const row of schema) rowAt[row.index] = row;
  const rules: (PathRule | undefined)[] = new Array(layout.paths.length);
  for (const row of schema) {
    const parentIndex = layout.parent[row.index] as number;
    const parentRow = parentIndex === -1 ? undefined : rowAt[parentIndex];
    const parentUnexpected = parentRow !== undefined && parentRow.presence < EXTRA_BELOW;
    const majority = majorityType(row);
    rules[row.index] = {
      row,
      expected: !isItemPath(row.path) && row.presence > MISSING_ABOVE,
      extra: !isItemPath(row.path) && row.presence < EXTRA_BELOW && !parentUnexpected,
      wrongBits: majority ? 0xff & ~TYPE_BIT[majority] & ~TYPE_BIT.null : 0,
      majority,
    };
  }
  const expected = schema.filter((row) => rules[row.index]?.expected).map((row) => row.index);

  const fencedRows = schema.filter((row) => row.fence !== undefined);
  const outside = new Map<number, number>();
  for (let at = 0; at < count; at++) {
    countOutside(entities[at] as ProfiledEntity, fencedRows, outside);
    if (at % STEP === STEP - 1) yield;
  }
  const fenced = rareOutliers(fencedRows, outside);

  const deviating: DeviatingEntity[] = [];
  for (let at = 0; at < count; at++) {
    const entity = entities[at] as ProfiledEntity;
    const deviations = deviationsOf(entity, layout, rules, expected, fenced);
    if (deviations.length > 0) deviating.push({ id: entity.id, name: entity.name, deviations });
    if (at % STEP === STEP - 1) yield;
  }
  return { deviating, entities: count };
}

function deviationsOf(
  entity: ProfiledEntity,
  layout: PathLayout,
  rules: readonly (PathRule | undefined)[],
  expected: readonly number[],
  fenced: ReadonlySet<number>,
): Deviation[] {
  const { types } = entity;
  const deviations: Deviation[] = [];
  for (const index of expected) {
    if (index < types.length && types[index] !== 0) continue;
    const parentIndex = layout.parent[index] as number;
    const parentThere =
      parentIndex === -1 || ((types[parentIndex] ?? 0) & (layout.parentKindBit[index] as number)) !== 0;
    const row = (rules[index] as PathRule).row;
    if (parentThere) deviations.push({ kind: 'missing', path: row.path, presence: row.presence });
  }
  for (let index = 0; index < types.length; index++) {
    const mask = types[index] as number;
    const rule = mask === 0 ? undefined : rules[index];
    if (!rule) continue;
    const { row } = rule;
    if (rule.extra) {
      deviations.push({ kind: 'extra', path: row.path, presence: row.presence });
      continue;
    }
    if (rule.majority && mask & rule.wrongBits) {
      for (const found of typesOfMask(mask & rule.wrongBits)) {
        deviations.push({ kind: 'type', path: row.path, found, expected: rule.majority });
      }
    }
    const fence = fenced.has(index) ? row.fence : undefined;
    if (fence && !Number.isNaN(entity.min[index])) {
      const { min, max } = extremes(entity, index);
      const value = min < fence.low ? min : max > fence.high ? max : undefined;
      if (value !== undefined)
        deviations.push({ kind: 'range', path: row.path, value, low: fence.low, high: fence.high });
    }
  }
  return deviations;
}

/** Counts, per fenced path index, the entities with a number outside its fence. */
function countOutside(
  entity: ProfiledEntity,
  fencedRows: readonly SchemaPath[],
  counts: Map<number, number>,
) {
  for (const row of fencedRows) {
    const fence = row.fence as NonNullable<SchemaPath['fence']>;
    if (row.index >= entity.min.length || Number.isNaN(entity.min[row.index])) continue;
    const { min, max } = extremes(entity, row.index);
    if (min < fence.low || max > fence.high) counts.set(row.index, (counts.get(row.index) ?? 0) + 1);
  }
}

/** The fenced path indices where few enough entities fall outside for each of them to be named. */
function rareOutliers(fencedRows: readonly SchemaPath[], counts: ReadonlyMap<number, number>): Set<number> {
  const rare = new Set<number>();
  for (const row of fencedRows) {
    const outside = counts.get(row.index) ?? 0;
    const numbered = row.types.find((t) => t.type === 'number')?.entities ?? row.entities;
    if (outside > 0 && outside <= Math.max(1, OUTLIERS_AT_MOST * numbered)) rare.add(row.index);
  }
  return rare;
}

import {
  addToSample,
  createSample,
  type Fence,
  fenceOf,
  type NumericSample,
  seededRandom,
} from './numeric-sample';
import {
  type ExactNumber,
  type JsonType,
  parentKindOf,
  parentPath,
  profileParams,
  ROOT_PATH,
} from './profile';

/** JSON types as bits: an entity's kinds at one path fit in one byte. */
export const TYPE_BIT: Record<JsonType, number> = {
  string: 1,
  number: 2,
  boolean: 4,
  null: 8,
  object: 16,
  array: 32,
};
const TYPES = Object.keys(TYPE_BIT) as JsonType[];
export const typesOfMask = (mask: number) => TYPES.filter((type) => mask & TYPE_BIT[type]);

/**
 * One entity as the drift keeps it, compact (a 100,000-entity type must fit in a tab): per path index
 * of the accumulator, the bits of the types seen there (0: absent; paths learnt after this entity are
 * past the array's end, so absent too) and the numeric extremes (NaN: none). `exact` holds the extremes
 * that are integers beyond 2^53, digit for digit.
 */
export type ProfiledEntity = {
  id: number;
  name: string | undefined;
  types: Uint8Array;
  min: Float64Array;
  max: Float64Array;
  exact?: Map<number, { min: ExactNumber; max: ExactNumber }>;
};

type PathStats = { entities: number; byType: Map<JsonType, number>; sample: NumericSample };

/** Where each path index sits: its parent's index (-1: the root) and the type bit that parent needs. */
export type PathLayout = { paths: readonly string[]; parent: Int32Array; parentKindBit: Uint8Array };

/**
 * The schema of one entity type's params, learnt one entity at a time as the crawl reads them: add
 * each entity's params once (`add`), read the schema whenever the screen wants to show it
 * (`schema`). Adding costs one walk of that document; reading costs the number of distinct paths.
 */
export type DriftAccumulator = {
  add(id: number, name: string | undefined, params: Record<string, unknown>): void;
  readonly size: number;
  entities(): readonly ProfiledEntity[];
  layout(): PathLayout;
  schema(): SchemaPath[];
};

export type SchemaPath = {
  /** Its index in the accumulator's layout. */
  index: number;
  path: string;
  /** Entities that have the path. */
  entities: number;
  /** Entities where it could be: their parent path is there, as an object (or an array for `[]`). */
  possible: number;
  /** `entities / possible`, 0…1. */
  presence: number;
  /** Entities per JSON type seen at the path (one entity may count under several), most first. */
  types: { type: JsonType; entities: number }[];
  min?: ExactNumber;
  max?: ExactNumber;
  fence?: Fence;
};

export function createDriftAccumulator(): DriftAccumulator {
  const paths: string[] = [];
  const indexOf = new Map<string, number>();
  const stats: PathStats[] = [];
  const parents: number[] = [];
  const parentKinds: number[] = [];
  const profiled: ProfiledEntity[] = [];
  const random = seededRandom();

  const register = (path: string): number => {
    const known = indexOf.get(path);
    if (known !== undefined) return known;
    const parent = parentPath(path);
    // Parents are walked before their children, so a parent already has its index.
    const parentIndex = parent === ROOT_PATH ? -1 : register(parent);
    const index = paths.length;
    paths.push(path);
    indexOf.set(path, index);
    stats.push({ entities: 0, byType: new Map(), sample: createSample() });
    parents.push(parentIndex);
    parentKinds.push(TYPE_BIT[parentKindOf(path)]);
    return index;
  };

  return {
    add(id, name, params) {
      const profile = profileParams(params, (path, value) =>
        addToSample((stats[register(path)] as PathStats).sample, value, random),
      );
      const indices: number[] = [];
      for (const path of profile.keys()) indices.push(register(path));
      const size = paths.length;
      const entity: ProfiledEntity = {
        id,
        name,
        types: new Uint8Array(size),
        min: new Float64Array(size).fill(Number.NaN),
        max: new Float64Array(size).fill(Number.NaN),
      };
      let at = 0;
      for (const facts of profile.values()) {
        const index = indices[at++] as number;
        const pathStats = stats[index] as PathStats;
        pathStats.entities++;
        let mask = 0;
        for (const type of facts.types) {
          mask |= TYPE_BIT[type];
          pathStats.byType.set(type, (pathStats.byType.get(type) ?? 0) + 1);
        }
        entity.types[index] = mask;
        if (facts.min !== undefined && facts.max !== undefined) {
          entity.min[index] = Number(facts.min);
          entity.max[index] = Number(facts.max);
          if (typeof facts.min === 'bigint' || typeof facts.max === 'bigint') {
            entity.exact ??= new Map();
            entity.exact.set(index, { min: facts.min, max: facts.max });
          }
        }
      }
      profiled.push(entity);
    },
    get size() {
      return profiled.length;
    },
    entities: () => profiled,
    layout() {
      return { paths, parent: Int32Array.from(parents), parentKindBit: Uint8Array.from(parentKinds) };
    },
    schema() {
      const rows: SchemaPath[] = [];
      paths.forEach((path, index) => {
        const pathStats = stats[index] as PathStats;
        if (pathStats.entities === 0) return;
        const parentIndex = parents[index] as number;
        const parentKind = parentKindOf(path);
        const possible =
          parentIndex === -1
            ? profiled.length
            : ((stats[parentIndex] as PathStats).byType.get(parentKind) ?? pathStats.entities);
        const { sample } = pathStats;
        const fence = fenceOf(sample);
        rows.push({
          index,
          path,
          entities: pathStats.entities,
          possible,
          presence: possible > 0 ? pathStats.entities / possible : 0,
          types: [...pathStats.byType]
            .map(([type, entities]) => ({ type, entities }))
            .sort((a, b) => b.entities - a.entities || a.type.localeCompare(b.type)),
          ...(sample.min === undefined ? {} : { min: sample.min, max: sample.max }),
          ...(fence ? { fence } : {}),
        });
      });
      // Paths in reading order: a parent right before its children.
      return rows.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

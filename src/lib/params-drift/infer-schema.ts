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
  type ParamsProfile,
  parentKindOf,
  parentPath,
  profileParams,
  ROOT_PATH,
} from './profile';

type PathStats = { entities: number; byType: Map<JsonType, number>; sample: NumericSample };

export type ProfiledEntity = { id: number; name: string | undefined; profile: ParamsProfile };

/**
 * The schema of one entity type's params, learnt one entity at a time as the crawl reads them: add
 * each entity's params once (`add`), read the schema whenever the screen wants to show it
 * (`schema`). Adding costs one walk of that document; reading costs the number of distinct paths.
 */
export type DriftAccumulator = {
  add(id: number, name: string | undefined, params: Record<string, unknown>): void;
  readonly size: number;
  entities(): readonly ProfiledEntity[];
  schema(): SchemaPath[];
};

export type SchemaPath = {
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
  const stats = new Map<string, PathStats>();
  const profiled: ProfiledEntity[] = [];
  const random = seededRandom();

  const statsOf = (path: string) => {
    let found = stats.get(path);
    if (!found) {
      found = { entities: 0, byType: new Map(), sample: createSample() };
      stats.set(path, found);
    }
    return found;
  };

  return {
    add(id, name, params) {
      const profile = profileParams(params, (path, value) =>
        addToSample(statsOf(path).sample, value, random),
      );
      for (const [path, facts] of profile) {
        const pathStats = statsOf(path);
        pathStats.entities++;
        for (const type of facts.types) pathStats.byType.set(type, (pathStats.byType.get(type) ?? 0) + 1);
      }
      profiled.push({ id, name, profile });
    },
    get size() {
      return profiled.length;
    },
    entities: () => profiled,
    schema() {
      const rows: SchemaPath[] = [];
      for (const [path, pathStats] of stats) {
        if (pathStats.entities === 0) continue;
        const parent = parentPath(path);
        const possible =
          parent === ROOT_PATH
            ? profiled.length
            : (stats.get(parent)?.byType.get(parentKindOf(path)) ?? pathStats.entities);
        const { sample } = pathStats;
        const fence = fenceOf(sample);
        rows.push({
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
      }
      // Paths in reading order: a parent right before its children.
      return rows.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

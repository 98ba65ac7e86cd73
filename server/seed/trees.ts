import { entityName } from './entity-names';
import type { Rng } from './prng';
import { DAY_MS, SEED_END } from './timestamps';
import type { EntityNode, SeedWriter } from './writer';

/**
 * Generic entity trees for ordinary workspaces, built from per-type fan-out rules. A budget caps
 * the size so workspaces range from a handful of entities to a few hundred.
 */
type FanOut = [childTypeId: number, min: number, max: number];

const SHAPES: Record<number, FanOut[]> = {
  1: [
    [2, 1, 4],
    [5, 0, 1],
  ],
  2: [[3, 1, 4]],
  3: [[4, 2, 14]],
  5: [[6, 1, 6]],
  11: [[12, 1, 3]],
  12: [
    [13, 1, 5],
    [16, 1, 2],
  ],
  13: [
    [14, 2, 6],
    [15, 2, 2],
  ],
  21: [[22, 2, 6]],
  22: [[23, 1, 3]],
  23: [[24, 3, 6]],
};

/** Root type and how many roots, per app id. */
export const ROOTS: Record<number, FanOut> = {
  1: [1, 1, 2],
  2: [11, 1, 2],
  3: [21, 1, 2],
  4: [31, 3, 25],
  5: [41, 1, 1],
};

export type TreeOptions = {
  writer: SeedWriter;
  rng: Rng;
  workspaceId: number;
  startMs: number;
  budget: number;
};

export function buildChildren(
  options: TreeOptions,
  parent: EntityNode | null,
  shape: FanOut[],
  firstIndex = 0,
): number {
  const { writer, rng, workspaceId } = options;
  let created = 0;
  for (const [typeId, min, max] of shape) {
    const count = rng.int(min, max);
    for (let index = firstIndex; index < firstIndex + count && options.budget > 0; index++) {
      options.budget--;
      const base = parent ? parent.createdMs : options.startMs;
      const startMs = Math.min(
        SEED_END - 30 * DAY_MS,
        base + rng.int(0, 20) * DAY_MS + rng.int(0, 8) * 3_600_000,
      );
      const node = writer.addEntity({
        workspaceId,
        parent,
        typeId,
        name: entityName(typeId, index, rng),
        index,
        startMs,
        bulk: typeId === 4 || typeId === 24,
      });
      created += 1 + buildChildren(options, node, SHAPES[typeId] ?? []);
    }
  }
  return created;
}

export function buildTree(options: TreeOptions, appId: number): number {
  const root = ROOTS[appId];
  return root ? buildChildren(options, null, [root]) : 0;
}

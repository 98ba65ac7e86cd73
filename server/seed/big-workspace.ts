import { entityName } from './entity-names';
import { FIXTURE_ENTITY_IDS as E, SCALE_SETTINGS, type Scale } from './fixtures';
import { createRng, deriveSeed } from './prng';
import { DAY_MS } from './timestamps';
import type { EntityNode, SeedWriter } from './writer';

/** The big workspace: thousands of piles, one pile group with hundreds (or thousands) of them. */
const STRUCTURE_NAMES = [
  'Relieving platform',
  'Crane track landside',
  'Crane track waterside',
  'Mooring dolphins',
  'Fender piles',
  'Reefer racks',
  'Lighting masts',
  'Container stack foundation',
  'Access bridge',
  'Stormwater outfall',
];

export function buildBigWorkspace(
  writer: SeedWriter,
  workspaceId: number,
  startMs: number,
  scale: Scale,
): void {
  const settings = SCALE_SETTINGS[scale];
  const rng = createRng(deriveSeed(101, workspaceId));
  let remaining = settings.bigWorkspaceEntities;
  const add = (options: Parameters<SeedWriter['addEntity']>[0]): EntityNode => {
    remaining--;
    return writer.addEntity(options);
  };
  const at = (days: number) => startMs + days * DAY_MS;
  const pad = (value: number) => String(value).padStart(4, '0');

  const root = add({
    id: E.bigRoot,
    workspaceId,
    parent: null,
    typeId: 1,
    name: 'Quay Wall 4 – main works',
    index: 0,
    startMs: at(1),
    revisions: 7,
  });
  const wall = add({
    id: E.bigStructure,
    workspaceId,
    parent: root,
    typeId: 2,
    name: 'Combi-wall',
    index: 0,
    startMs: at(3),
  });
  const bigParent = add({
    id: E.bigParent,
    workspaceId,
    parent: wall,
    typeId: 3,
    name: 'Combi-wall piles – section A',
    index: 0,
    startMs: at(4),
    revisions: 12,
  });
  for (let index = 0; index < settings.bigParentChildren; index++) {
    add({
      workspaceId,
      parent: bigParent,
      typeId: 4,
      name: `P-${pad(index + 1)}`,
      index,
      startMs: at(5 + (index % 40)),
      bulk: true,
    });
  }
  const soil = add({
    workspaceId,
    parent: root,
    typeId: 5,
    name: 'Site investigation 2025',
    index: 0,
    startMs: at(2),
  });
  const cptCount = scale === 'large' ? 150 : 40;
  for (let index = 0; index < cptCount; index++) {
    add({
      workspaceId,
      parent: soil,
      typeId: 6,
      name: `CPT-${pad(index + 1)}.gef`,
      index,
      startMs: at(2 + index / 10),
    });
  }

  // Fill up to the exact target with further structures, pile groups and piles.
  let groupIndex = 1;
  for (let s = 0; remaining > 0; s++) {
    const sector = Math.floor(s / STRUCTURE_NAMES.length) + 1;
    const name = `${STRUCTURE_NAMES[s % STRUCTURE_NAMES.length]}${sector > 1 ? ` – sector ${sector}` : ''}`;
    const structure = add({
      workspaceId,
      parent: root,
      typeId: 2,
      name,
      index: s + 1,
      startMs: at(6 + (s % 90)),
    });
    for (let g = 0; g < 12 && remaining > 1; g++, groupIndex++) {
      const group = add({
        workspaceId,
        parent: structure,
        typeId: 3,
        name: entityName(3, g, rng),
        index: groupIndex,
        startMs: at(8 + (s % 90)),
      });
      const piles = Math.min(remaining, scale === 'large' ? rng.int(120, 400) : rng.int(30, 160));
      for (let index = 0; index < piles; index++) {
        add({
          workspaceId,
          parent: group,
          typeId: 4,
          name: `P-${pad(index + 1)}`,
          index,
          startMs: at(9 + (s % 90)),
          bulk: true,
        });
      }
    }
  }
}

import { bigStructureFactory } from './big-document';
import { entityName } from './entity-names';
import { FIXTURE_ENTITY_IDS as E, SCALE_SETTINGS, type Scale } from './fixtures';
import { soilLayers } from './params/tables';
import { createRng, deriveSeed } from './prng';
import { DAY_MS } from './timestamps';
import { buildChildren } from './trees';
import { DEMO_USER_IDS } from './users';
import type { SeedWriter } from './writer';

/** The hand-placed workspaces tests rely on: locked, file and many-revisions entities; a simple app. */
export function buildFixtureWorkspace(
  writer: SeedWriter,
  workspaceId: number,
  startMs: number,
  scale: Scale,
): void {
  const settings = SCALE_SETTINGS[scale];
  const rng = createRng(deriveSeed(102, workspaceId));
  const options = { writer, rng, workspaceId, startMs, budget: 400 };
  const at = (days: number) => startMs + days * DAY_MS;

  const root = writer.addEntity({
    id: E.fixturesRoot,
    workspaceId,
    parent: null,
    typeId: 1,
    name: 'A12 Gouda–Utrecht',
    index: 0,
    startMs: at(1),
    revisions: 5,
  });
  const locked = writer.addEntity({
    id: E.locked,
    workspaceId,
    parent: root,
    typeId: 2,
    name: 'Viaduct Reeuwijk',
    index: 0,
    startMs: at(2),
    revisions: 9,
    owner: DEMO_USER_IDS.engineer,
    lockedBy: DEMO_USER_IDS.engineer,
  });
  buildChildren(options, locked, [[3, 3, 3]]);
  const soil = writer.addEntity({
    id: E.soilInvestigation,
    workspaceId,
    parent: root,
    typeId: 5,
    name: 'Site investigation 2024',
    index: 0,
    startMs: at(2),
    revisions: 6,
  });
  writer.addEntity({
    id: E.file,
    workspaceId,
    parent: soil,
    typeId: 6,
    name: 'CPT-01.gef',
    index: 0,
    startMs: at(3),
    revisions: 2,
  });
  for (let index = 1; index < 8; index++) {
    writer.addEntity({
      workspaceId,
      parent: soil,
      typeId: 6,
      name: entityName(6, index, rng),
      index,
      startMs: at(3 + index),
    });
  }
  const factory = bigStructureFactory(settings.manyRevisionsPiles);
  const doc = factory.create(rng, { name: 'Ramp B abutment', index: 0 });
  (doc.soil as { layers: unknown }).layers = soilLayers(rng, 6, 0.4);
  const ramp = writer.addEntity({
    id: E.manyRevisions,
    workspaceId,
    parent: root,
    typeId: 2,
    name: 'Ramp B abutment',
    index: 1,
    startMs: at(4),
    revisions: settings.manyRevisions,
    factory,
    doc,
  });
  buildChildren(options, ramp, [[3, 2, 2]]);
  buildChildren(options, root, [[2, 2, 2]], 1);
  buildChildren(options, null, [[1, 1, 1]]);
}

export function buildSimpleWorkspace(writer: SeedWriter, workspaceId: number, startMs: number): void {
  const rng = createRng(deriveSeed(103, workspaceId));
  writer.addEntity({
    id: E.simpleRoot,
    workspaceId,
    parent: null,
    typeId: 31,
    name: 'C-00 Main truss node',
    index: 99,
    startMs,
    revisions: 14,
  });
  buildChildren({ writer, rng, workspaceId, startMs, budget: 30 }, null, [[31, 12, 20]]);
}

/**
 * Stable ids of the notable records, for e2e tests and benchmarks. The seeder creates these records
 * with exactly these ids (generated entities are numbered from 1000 upwards), so the ids hold for
 * every seed of a given scale; `tests/server` checks that they do.
 */
import { AFSLUITDIJK, SECTIONS_MIGRATED } from './archived-layout';

export type Scale = 'small' | 'large';

export const FIXTURE_WORKSPACE_IDS = {
  /** Foundation Design workspace with thousands of entities. */
  big: 1,
  /** Holds the locked, file and many-revisions entities. */
  fixtures: 2,
  /**
   * Archived Afsluitdijk assessment: a deep tree of thousands of entities (large: 100,000+), saves
   * spread over 21 months, `updated_at` the archive date and a few entities saved after it.
   */
  archived: 3,
  development: 4,
  /** Steel Connections (app_type simple): the only kind where root entities can be created. */
  simpleApp: 5,
  /** Wind Load Calculator (app_type editor). */
  editorApp: 6,
  bridge: 7,
  dike: 8,
} as const;

export const FIXTURE_ENTITY_IDS = {
  /** Root project of the big workspace. */
  bigRoot: 1,
  bigStructure: 2,
  /** Pile group with the most children (640 small, 5,000 large). */
  bigParent: 3,
  fixturesRoot: 20,
  /** Structure locked by the engineer (Karl Terzaghi): the admin gets 403 on writes. */
  locked: 21,
  soilInvestigation: 22,
  /** CPT file entity (`is_file` type): has a download URL. */
  file: 23,
  /** Structure with a long revision history (60 small, 500 x ~1 MB large). */
  manyRevisions: 24,
  /** A root of the simple-app workspace. */
  simpleRoot: 50,
} as const;

export const SCALE_SETTINGS = {
  small: {
    workspaces: 64,
    bigWorkspaceEntities: 3200,
    bigParentChildren: 640,
    manyRevisions: 60,
    manyRevisionsPiles: 150,
    otherTreeBudget: [8, 90] as [number, number],
    archivedWorkspaceEntities: 3300,
    /** Share of the archived workspace's profiles with soil layers and calculations under them. */
    archivedSchematisedShare: 0.17,
  },
  large: {
    workspaces: 10_000,
    bigWorkspaceEntities: 100_000,
    bigParentChildren: 5000,
    manyRevisions: 500,
    manyRevisionsPiles: 5200,
    otherTreeBudget: [0, 6] as [number, number],
    archivedWorkspaceEntities: 100_500,
    archivedSchematisedShare: 0.8,
  },
} as const;

/** The migration after archiving saved each root of the assessment and four of its sections. */
const ARCHIVED_CHANGED_AFTER_ARCHIVE = AFSLUITDIJK.length + SECTIONS_MIGRATED.length;

export type DemoFixtures = ReturnType<typeof demoFixtures>;

export function demoFixtures(scale: Scale) {
  const settings = SCALE_SETTINGS[scale];
  return {
    scale,
    workspaces: FIXTURE_WORKSPACE_IDS,
    entities: FIXTURE_ENTITY_IDS,
    counts: {
      workspaces: settings.workspaces,
      bigWorkspaceEntities: settings.bigWorkspaceEntities,
      bigParentChildren: settings.bigParentChildren,
      manyRevisions: settings.manyRevisions,
      archivedWorkspaceEntities: settings.archivedWorkspaceEntities,
      /** Entities of the archived workspace saved after its `updated_at` (the archive date). */
      archivedChangedAfterArchive: ARCHIVED_CHANGED_AFTER_ARCHIVE,
    },
  };
}

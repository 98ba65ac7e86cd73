import {
  AFSLUITDIJK,
  ARCHIVED_DATES,
  profileCount,
  roundName,
  SECTIONS_MIGRATED,
  type SectionLayout,
  sectionName,
} from './archived-layout';
import { SCALE_SETTINGS, type Scale } from './fixtures';
import type { Doc } from './params/common';
import { crossSectionParams, sectionParams, soilLayerParams, trajectoryParams } from './params/dike';
import { createRng, deriveSeed, type Rng } from './prng';
import { DAY_MS, formatTimestamp } from './timestamps';
import { DEMO_USER_IDS } from './users';
import type { AddEntity, EntityNode, SeedWriter } from './writer';

/**
 * The archived fixture (workspace 3): the Afsluitdijk assessment, a deep tree of exactly
 * `archivedWorkspaceEntities` entities for the audit of archived workspaces to crawl. Every save
 * lies before the archive date except the migration of a handful of entities a year later, which
 * the audit must report as changed after the workspace's own `updated_at`.
 */
const HOUR_MS = 3_600_000;
const TRAJECTORY = 21;
const SECTION = 22;
const CROSS_SECTION = 23;
const SOIL_LAYER = 24;
const STABILITY = 25;
const STAGE = 26;
const PIPING = 27;

const STAGES = [
  'Stage 1 – Daily conditions',
  'Stage 2 – Design high water',
  'Stage 3 – High water with traffic load',
];

type Placed = { node: EntityNode; doc: Doc };

export function buildArchivedWorkspace(writer: SeedWriter, workspaceId: number, scale: Scale): void {
  const settings = SCALE_SETTINGS[scale];
  const rng = createRng(deriveSeed(104, workspaceId));
  let remaining = settings.archivedWorkspaceEntities;
  // Entities start well before the archive date, and their histories end before it.
  const latestStart = ARCHIVED_DATES.archivedMs - 45 * DAY_MS;
  const endMs = ARCHIVED_DATES.archivedMs - 5 * DAY_MS;
  const migrated: Placed[] = [];

  function add(
    entity: Pick<AddEntity, 'parent' | 'typeId' | 'name' | 'index' | 'startMs' | 'revisions' | 'doc'>,
  ) {
    remaining--;
    const startMs = Math.min(latestStart, entity.startMs);
    return writer.addEntity({ ...entity, workspaceId, startMs, endMs });
  }
  const after = (node: EntityNode, minDays: number, maxDays: number) =>
    node.createdMs + rng.int(minDays, maxDays) * DAY_MS + rng.int(0, 7) * HOUR_MS;

  function schematise(profile: EntityNode): void {
    const layers = rng.int(3, 8);
    for (let index = 0; index < layers && remaining > 0; index++) {
      const doc = soilLayerParams.create(rng, { name: '', index });
      add({
        parent: profile,
        typeId: SOIL_LAYER,
        name: `Layer ${index + 1} – ${doc.name}`,
        index,
        startMs: after(profile, 5, 120),
        revisions: rng.chance(0.8) ? 1 : rng.int(2, 4),
        doc,
      });
    }
    const inward = rng.chance(0.7);
    const outward = rng.chance(0.2);
    if (inward) calculation(profile, 'Macro-stability inward (Uplift-Van)', 0);
    if (outward) calculation(profile, 'Macro-stability outward (Bishop)', 1);
    if (rng.chance(0.5) && remaining > 0) {
      add({
        parent: profile,
        typeId: PIPING,
        name: 'Piping (Sellmeijer 2011)',
        index: 0,
        startMs: after(profile, 20, 200),
        revisions: rng.chance(0.5) ? 1 : rng.int(2, 8),
      });
    }
  }

  function calculation(profile: EntityNode, name: string, index: number): void {
    if (remaining <= 0) return;
    const calc = add({
      parent: profile,
      typeId: STABILITY,
      name,
      index,
      startMs: after(profile, 30, 240),
      revisions: skewed(rng, 2),
    });
    const stages = rng.int(1, STAGES.length);
    for (let stage = 0; stage < stages && remaining > 0; stage++) {
      add({
        parent: calc,
        typeId: STAGE,
        name: STAGES[stage] as string,
        index: stage,
        startMs: after(calc, 0, 10),
        revisions: rng.chance(0.7) ? 1 : rng.int(2, 5),
      });
    }
  }

  function section(trajectory: EntityNode, layout: SectionLayout, index: number, round: number): void {
    const doc = sectionParams.create(rng, { name: layout.code, index });
    doc.chainage_start = Math.round(layout.kmStart * 1000);
    doc.chainage_end = Math.round(layout.kmEnd * 1000);
    const node = add({
      parent: trajectory,
      typeId: SECTION,
      name: sectionName(layout),
      index,
      startMs: after(trajectory, 1, 25),
      revisions: rng.int(4, 28),
      doc,
    });
    if (round === 0 && SECTIONS_MIGRATED.includes(layout.code)) migrated.push({ node, doc });
    const profiles = profileCount(layout);
    for (let p = 0; p < profiles && remaining > 0; p++) {
      const chainage = Math.round(layout.kmStart * 1000 + (p + 1) * layout.spacing);
      const profileDoc = crossSectionParams.create(rng, { name: '', index: p });
      profileDoc.chainage = chainage;
      profileDoc.chainage_unit = 'm';
      // Soil comes from the stochastic soil model here; schematised layers are child entities.
      profileDoc.soil = {
        model: 'WBI-SOS 2018',
        segment: `6-${1 + Math.floor(chainage / 4000)}`,
        scenario: rng.int(1, 4),
      };
      const schematised = rng.chance(settings.archivedSchematisedShare);
      const profile = add({
        parent: node,
        typeId: CROSS_SECTION,
        name: `Profile km ${(chainage / 1000).toFixed(3)}`,
        index: p,
        startMs: after(node, 0, 40),
        revisions: schematised ? skewed(rng, 2) : rng.chance(0.8) ? 1 : rng.int(2, 3),
        doc: profileDoc,
      });
      if (schematised) schematise(profile);
    }
  }

  for (let round = 0; remaining > 0; round++) {
    // Scenario and variant studies started after the assessment itself, all before the archive date.
    const roundStart =
      ARCHIVED_DATES.createdMs + DAY_MS + (round === 0 ? 0 : 40 + ((round * 53) % 380)) * DAY_MS;
    const suffix = roundName(round);
    AFSLUITDIJK.forEach((stretch, s) => {
      if (remaining <= 0) return;
      const doc = trajectoryParams.create(rng, { name: stretch.name, index: s });
      doc.water_board = 'Rijkswaterstaat';
      const sections = stretch.sections;
      doc.length = (sections.at(-1)?.kmEnd ?? 0) - (sections[0]?.kmStart ?? 0);
      const trajectory = add({
        parent: null,
        typeId: TRAJECTORY,
        name: suffix ? `${stretch.name} – ${suffix}` : stretch.name,
        index: round * AFSLUITDIJK.length + s,
        startMs: roundStart + s * DAY_MS + rng.int(0, 6) * HOUR_MS,
        revisions: rng.int(12, 40),
        doc,
      });
      if (round === 0) migrated.push({ node: trajectory, doc });
      sections.forEach((layout, index) => {
        if (remaining > 0) section(trajectory, layout, index, round);
      });
    });
  }

  migrate(writer, migrated);
}

/**
 * Revision counts of what goes through review rounds: mostly a few, some a dozen, the odd one up to
 * 40. (Laser-scan profiles and soil layers are saved once or twice.)
 */
function skewed(rng: Rng, min: number): number {
  const roll = rng.next();
  if (roll < 0.65) return rng.int(min, 5);
  if (roll < 0.94) return rng.int(6, 15);
  return rng.int(16, 40);
}

/** The app upgrade to v4.0.0, run by the organisation admin on the archived workspace. */
function migrate(writer: SeedWriter, placed: Placed[]): void {
  placed.forEach(({ node, doc }, index) => {
    doc.schema_version = 4;
    writer.appendRevision(node.id, {
      created_date: formatTimestamp(ARCHIVED_DATES.migrationMs + index * 97_000, 100 + index * 37),
      created_by: DEMO_USER_IDS.admin,
      message: 'Migrated to Dike Assessment v4.0.0 (params schema 4)',
      properties: JSON.stringify(doc),
    });
  });
}

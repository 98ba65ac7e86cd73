import { formatTimestamp } from './timestamps';

/**
 * The Afsluitdijk as the archived assessment (workspace 3) divides it: three stretches between the
 * landfalls, dike sections along each, and a cross-section ("profile") every `spacing` metres, from
 * the laser scan. The long homogeneous stretch between Breezanddijk and Kornwerderzand is one section
 * with over 600 profiles; the parents with hundreds of children come from that, not from padding.
 */
export type SectionLayout = { code: string; kmStart: number; kmEnd: number; spacing: number; label?: string };
export type StretchLayout = { name: string; sections: SectionLayout[] };

export const AFSLUITDIJK: StretchLayout[] = [
  {
    name: 'Den Oever – Breezanddijk',
    sections: [
      { code: 'DV-01', kmStart: 0, kmEnd: 0.8, spacing: 25, label: 'Den Oever harbour' },
      { code: 'DV-02', kmStart: 0.8, kmEnd: 2.5, spacing: 50 },
      { code: 'DV-03', kmStart: 2.5, kmEnd: 6, spacing: 25 },
      { code: 'DV-04', kmStart: 6, kmEnd: 9, spacing: 50 },
      { code: 'DV-05', kmStart: 9, kmEnd: 13.5, spacing: 25 },
    ],
  },
  {
    name: 'Breezanddijk – Kornwerderzand',
    sections: [
      { code: 'DV-06', kmStart: 13.5, kmEnd: 13.9, spacing: 25, label: 'Breezanddijk' },
      { code: 'DV-07', kmStart: 13.9, kmEnd: 30, spacing: 25 },
    ],
  },
  {
    name: 'Kornwerderzand – Zurich',
    sections: [
      { code: 'DV-08', kmStart: 30, kmEnd: 30.6, spacing: 25, label: 'Kornwerderzand lock complex' },
      { code: 'DV-09', kmStart: 30.6, kmEnd: 32, spacing: 10, label: 'transition to Frisian coast' },
    ],
  },
];

/**
 * The assessment itself, then (at the large scale) the scenario and variant studies that repeated it
 * over the same dike: each round is a set of root trajectories.
 */
export const ROUNDS = [
  '',
  'scenario 2050 (KNMI’23 Hd)',
  'scenario 2100 (KNMI’23 Hd)',
  'scenario 2050 (KNMI’23 Ln)',
  'scenario 2100 (KNMI’23 Ln)',
  'variant A – inner berm',
  'variant B – sheet pile wall',
  'variant C – crest raising',
  'second opinion',
  'sensitivity: groundwater +0.5 m',
  'sensitivity: strength −10 %',
  'as-built check',
];

export function roundName(round: number): string {
  const base = ROUNDS[round % ROUNDS.length] ?? '';
  const repeat = Math.floor(round / ROUNDS.length);
  return repeat === 0 ? base : `${base || 'assessment'} (rerun ${repeat + 1})`;
}

export const SECTIONS_MIGRATED = ['DV-03', 'DV-05', 'DV-07', 'DV-09'];

/** Created for the 2024 assessment, archived after hand-over, upgraded to app v4.0.0 a year later. */
export const ARCHIVED_DATES = {
  createdMs: Date.UTC(2024, 0, 22, 8, 41, 12, 305),
  archivedMs: Date.UTC(2025, 9, 17, 14, 32, 10, 418),
  /** A Tuesday after Dike Assessment v4.0.0 was released (2026-10-31): the params migration. */
  migrationMs: Date.UTC(2026, 10, 3, 9, 12, 0, 0),
};

/** The workspace row's own dates: `updated_at` is the archive date, not its newest entity's. */
export function archivedWorkspaceDates() {
  return {
    createdMs: ARCHIVED_DATES.createdMs,
    created_at: formatTimestamp(ARCHIVED_DATES.createdMs, 627),
    updated_at: formatTimestamp(ARCHIVED_DATES.archivedMs, 236),
  };
}

export function profileCount(section: SectionLayout): number {
  return Math.round(((section.kmEnd - section.kmStart) * 1000) / section.spacing);
}

export function sectionName(section: SectionLayout): string {
  const km = `km ${section.kmStart.toFixed(1)}–${section.kmEnd.toFixed(1)}`;
  return `${section.code} ${km}${section.label ? ` ${section.label}` : ''}`;
}

import { round } from '../prng';
import { appendNote, choose, notes, nudge, type ParamsFactory, toggle } from './common';
import { changeLoadFactor, loadCases } from './tables';

export const assetGroupParams: ParamsFactory = {
  create: (rng) => ({
    owner: rng.pick(['Rijkswaterstaat', 'Provincie Noord-Holland', 'Gemeente Rotterdam', 'ProRail']),
    region: rng.pick(['West-Nederland Zuid', 'Midden-Nederland', 'Oost-Nederland', 'Zee en Delta']),
    inspection_regime: {
      interval: 6,
      interval_unit: 'years',
      last_inspection: `202${rng.int(2, 5)}-0${rng.int(1, 9)}-15`,
    },
    notes: notes(rng, 1),
  }),
  edits: [
    nudge(['inspection_regime', 'interval'], 1, 0, (v) => `Inspection interval ${v} years`),
    appendNote,
  ],
};

export const bridgeParams: ParamsFactory = {
  create: (rng) => ({
    geometry: {
      total_length: rng.float(30, 420, 1),
      total_length_unit: 'm',
      deck_width: rng.float(9, 32, 2),
      deck_width_unit: 'm',
      skew_angle: rng.pick([0, 0, 5, 12.5, 20]),
      skew_angle_unit: 'deg',
    },
    materials: { concrete: rng.pick(['C35/45', 'C45/55', 'B45']), prestressing: 'Y1860S7', steel: 'S355' },
    year_of_construction: rng.int(1958, 1998),
    traffic: { load_model: 'LM1', class: rng.pick(['60', '45', '30']), lanes: rng.int(2, 6) },
    consequence_class: rng.pick(['CC2', 'CC3']),
    assessment_level: rng.pick(['Rebuild', 'Usage', 'Disapproval']),
    notes: notes(rng, 2),
  }),
  edits: [
    choose(
      ['assessment_level'],
      ['Rebuild', 'Usage', 'Disapproval'],
      (v) => `Assessment level set to ${v} (NEN 8700)`,
    ),
    nudge(['traffic', 'lanes'], 1, 0, (v) => `Number of notional lanes: ${v}`),
    appendNote,
  ],
};

export const spanParams: ParamsFactory = {
  create: (rng) => ({
    geometry: {
      length: rng.float(12, 65, 2),
      length_unit: 'm',
      support: rng.pick(['simply supported', 'continuous']),
    },
    girders: { count: rng.int(4, 14), spacing: rng.float(1, 2.4, 2), spacing_unit: 'm' },
    deck_slab: { thickness: rng.float(0.18, 0.3, 2), thickness_unit: 'm' },
  }),
  edits: [nudge(['deck_slab', 'thickness'], 0.01, 2, (v) => `Deck slab thickness ${v} m from core samples`)],
};

export const girderParams: ParamsFactory = {
  create: (rng) => ({
    section: {
      type: rng.pick(['HIP 1200', 'HNP 1050', 'ZIP 1400', 'Box girder']),
      height: rng.float(0.9, 2.1, 2),
      height_unit: 'm',
      area: rng.float(0.35, 0.9, 3),
      area_unit: 'm2',
    },
    material: {
      concrete_class: rng.pick(['C45/55', 'C53/65']),
      fck_measured: rng.float(48, 72, 1),
      fck_unit: 'MPa',
    },
    prestress: {
      strands: rng.int(16, 44),
      initial_force: rng.float(3000, 9000, 0),
      initial_force_unit: 'kN',
    },
    results: {
      uc_bending: rng.float(0.55, 1.08, 2),
      uc_shear: rng.float(0.4, 1.02, 2),
      crack_width_mm: rng.float(0.05, 0.3, 2),
    },
    reviewed: rng.chance(0.4),
  }),
  edits: [
    nudge(['material', 'fck_measured'], 1.5, 1, (v) => `Measured concrete strength ${v} MPa`),
    nudge(['results', 'uc_bending'], 0.02, 2, (v) => `Bending unity check recalculated: ${v}`),
    toggle(['reviewed'], 'Reviewed by second checker', 'Review reopened'),
  ],
  summarise: (doc) => {
    const results = doc.results as Record<string, number>;
    const governing = Math.max(results.uc_bending ?? 0, results.uc_shear ?? 0);
    return { governing_uc: { value: round(governing, 2), label: 'Governing unity check' } };
  },
};

export const bearingParams: ParamsFactory = {
  create: (rng) => ({
    type: rng.pick(['Elastomeric', 'Pot bearing', 'Sliding']),
    dimensions: { a: rng.int(200, 600), b: rng.int(200, 600), t: rng.int(40, 120), unit: 'mm' },
    capacity: { Fz_kN: rng.float(800, 6000, 0), Fx_kN: rng.float(50, 600, 0) },
    movement: rng.float(10, 80, 0),
    movement_unit: 'mm',
    replacement_needed: rng.chance(0.2),
  }),
  edits: [toggle(['replacement_needed'], 'Bearing flagged for replacement', 'Replacement no longer needed')],
};

export const loadModelParams: ParamsFactory = {
  create: (rng) => ({
    traffic: { model: 'LM1', alpha_q1: 1, alpha_q2: 1, alpha_qr: 1, fatigue_model: 'FLM4' },
    temperature: { T_min: -24, T_max: 37, unit: 'degC' },
    load_cases: loadCases(rng, 4, rng.int(500, 2500)),
    notes: notes(rng, 1),
  }),
  edits: [changeLoadFactor(['load_cases']), appendNote],
};

import { round } from '../prng';
import { appendNote, choose, type Doc, notes, nudge, type ParamsFactory, toggle } from './common';

/**
 * The calculations hung under a dike cross-section (WBI 2017): a macro-stability run in D-Stability
 * with its stages, and a piping check to Sellmeijer. Results are inputs here, as engineers paste them
 * from the calculation report; the edits are the re-runs and input changes a review round brings.
 */
export const stabilityCalculationParams: ParamsFactory = {
  create: (rng, { name }) => {
    const outward = name.includes('outward');
    const required = rng.pick([1.0, 1.05, 1.12]);
    const safetyFactor = rng.float(0.9, 1.45, 3);
    return {
      software: { name: 'D-Stability', version: rng.pick(['2023.02', '2024.01', '2024.02']) },
      direction: outward ? 'outward' : 'inward',
      method: outward ? 'Bishop' : 'Uplift-Van',
      model_factor: outward ? 1.0 : 1.06,
      search: {
        tangent_lines: rng.int(10, 30),
        grid_points: rng.pick([100, 225, 400]),
        minimum_slip_plane_depth: rng.float(1.5, 3, 1),
        minimum_slip_plane_depth_unit: 'm',
      },
      results: {
        safety_factor: safetyFactor,
        required_safety_factor: required,
        unity_check: round(required / safetyFactor, 3),
      },
      notes: rng.chance(0.4) ? notes(rng, 1) : null,
    };
  },
  edits: [
    nudge(['results', 'safety_factor'], 0.01, 3, (v) => `Recalculated: safety factor ${v}`),
    nudge(['search', 'tangent_lines'], 2, 0, (v) => `Search grid refined to ${v} tangent lines`),
    choose(['software', 'version'], ['2023.02', '2024.01', '2024.02'], (v) => `Re-run in D-Stability ${v}`),
    appendNote,
  ],
  summarise: (doc) => {
    const results = doc.results as Doc;
    return {
      safety_factor: { value: results.safety_factor as number, label: 'Safety factor' },
      unity_check: { value: results.unity_check as number, label: 'Unity check' },
    };
  },
};

const PHREATIC_LINES = ['Schematisation handbook (2019)', 'Monitoring wells PB-01…PB-12'];

export const calculationStageParams: ParamsFactory = {
  create: (rng, { name }) => {
    const highWater = !name.includes('Daily');
    return {
      stage: name,
      water_levels: {
        outer: highWater ? rng.float(3.2, 5.6, 2) : rng.float(-0.4, 0.4, 2),
        polder: rng.float(-1.6, -0.2, 2),
        unit: 'm NAP',
      },
      traffic_load: name.includes('traffic')
        ? { magnitude: 13.3, magnitude_unit: 'kPa', width: 2.5, width_unit: 'm' }
        : null,
      degree_of_consolidation: rng.pick([50, 75, 100]),
      degree_of_consolidation_unit: '%',
      phreatic_line: rng.pick(PHREATIC_LINES),
    };
  },
  edits: [
    nudge(['water_levels', 'outer'], 0.05, 2, (v) => `Outer water level ${v} m NAP (Hydra-NL update)`),
    nudge(['water_levels', 'polder'], 0.1, 2, (v) => `Polder level ${v} m NAP (peilbesluit)`),
    choose(['phreatic_line'], PHREATIC_LINES, (v) => `Phreatic line from ${v}`),
  ],
};

export const pipingCheckParams: ParamsFactory = {
  create: (rng) => ({
    model: 'Sellmeijer (2011)',
    aquifer: {
      d70: rng.float(150, 320, 0),
      d70_unit: 'µm',
      permeability: rng.float(5, 40, 1),
      permeability_unit: 'm/day',
      thickness: rng.float(8, 30, 1),
      thickness_unit: 'm',
    },
    blanket_thickness: rng.float(0.8, 4.5, 2),
    blanket_thickness_unit: 'm',
    seepage_length: rng.float(30, 140, 1),
    seepage_length_unit: 'm',
    head_difference: rng.float(2.5, 5.5, 2),
    head_difference_unit: 'm',
    uplift_governs: rng.chance(0.3),
    results: { critical_head_difference: rng.float(3, 9, 2), unity_check: rng.float(0.4, 1.2, 2) },
  }),
  edits: [
    nudge(['seepage_length'], 2.5, 1, (v) => `Seepage length ${v} m (berm included)`),
    nudge(['aquifer', 'd70'], 10, 0, (v) => `d70 ${v} µm from sieve analysis`),
    toggle(['uplift_governs'], 'Uplift governs: blanket too thin', 'Uplift no longer governs'),
  ],
};

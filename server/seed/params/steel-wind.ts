import { round } from '../prng';
import { appendNote, choose, notes, nudge, type ParamsFactory } from './common';

export const connectionParams: ParamsFactory = {
  create: (rng) => ({
    type: rng.pick(['End plate', 'Fin plate', 'Base plate', 'Splice']),
    members: {
      beam: rng.pick(['IPE 300', 'IPE 400', 'HEA 260', 'HEB 300']),
      column: rng.pick(['HEB 300', 'HEM 320']),
    },
    material: rng.pick(['S235', 'S355']),
    bolts: {
      grade: rng.pick(['8.8', '10.9']),
      size: rng.pick(['M16', 'M20', 'M24']),
      rows: rng.int(2, 6),
      columns: 2,
    },
    welds: { throat: rng.int(4, 10), throat_unit: 'mm' },
    loads: { N_kN: rng.float(-400, 400, 0), V_kN: rng.float(20, 450, 0), M_kNm: rng.float(0, 320, 0) },
    preloaded: rng.chance(0.3),
    notes: rng.chance(0.5) ? notes(rng, 1) : null,
  }),
  edits: [
    choose(['bolts', 'size'], ['M16', 'M20', 'M24', 'M27'], (v) => `Bolt size changed to ${v}`),
    nudge(['loads', 'M_kNm'], 10, 0, (v) => `Design moment ${v} kNm`),
    nudge(['bolts', 'rows'], 1, 0, (v) => `Bolt rows: ${v}`),
    appendNote,
  ],
  summarise: (doc) => {
    const loads = doc.loads as Record<string, number>;
    const bolts = doc.bolts as Record<string, number>;
    const uc = round(
      ((loads.M_kNm ?? 0) / 60 + (loads.V_kN ?? 0) / 300) / Math.max(1, (bolts.rows ?? 2) / 2),
      2,
    );
    return { unity_check: { value: uc, label: 'Governing unity check' } };
  },
};

export const windParams: ParamsFactory = {
  create: (rng) => ({
    site: {
      wind_area: rng.pick(['I', 'II', 'III']),
      terrain: rng.pick(['coastal', 'rural', 'urban']),
      altitude: 0,
    },
    structure: {
      height: rng.float(20, 180, 1),
      height_unit: 'm',
      width: rng.float(8, 60, 1),
      width_unit: 'm',
      depth: rng.float(8, 40, 1),
      depth_unit: 'm',
    },
    code: 'NEN-EN 1991-1-4+NB:2011',
    reference_period: 50,
    reference_period_unit: 'years',
    results: { q_p: rng.float(0.9, 2.1, 2), q_p_unit: 'kN/m2', c_s_c_d: rng.float(0.85, 1.05, 2) },
  }),
  edits: [
    nudge(['structure', 'height'], 2.5, 1, (v) => `Building height ${v} m (architect update)`),
    choose(['site', 'terrain'], ['coastal', 'rural', 'urban'], (v) => `Terrain category: ${v}`),
  ],
};

import { round } from '../prng';
import { appendNote, choose, type Doc, notes, nudge, type ParamsFactory, toggle } from './common';
import { changeLoadFactor, loadCases, scaleLoads } from './tables';

const CLIENTS = [
  'Rijkswaterstaat',
  'Port of Rotterdam',
  'ProRail',
  'Gemeente Amsterdam',
  'Provincie Utrecht',
];

export const projectParams: ParamsFactory = {
  create: (rng, { index }) => ({
    project: {
      number: `P-${2024 + (index % 3)}-${String(rng.int(1, 399)).padStart(3, '0')}`,
      client: rng.pick(CLIENTS),
      phase: rng.pick(['Preliminary design', 'Detailed design', 'Construction']),
      design_life: rng.pick([50, 100]),
      design_life_unit: 'years',
      consequence_class: rng.pick(['CC1', 'CC2', 'CC3']),
    },
    codes: { geotechnical: 'NEN 9997-1+C2:2017', structural: 'NEN-EN 1992-1-1+C2:2011' },
    coordinate_system: 'RD New (EPSG:28992)',
    reference_level: 'NAP',
    notes: notes(rng, 2),
  }),
  edits: [
    choose(
      ['project', 'phase'],
      ['Preliminary design', 'Detailed design', 'Construction'],
      (v) => `Phase set to ${v}`,
    ),
    choose(
      ['project', 'consequence_class'],
      ['CC1', 'CC2', 'CC3'],
      (v) => `Consequence class changed to ${v}`,
    ),
    appendNote,
  ],
};

export const structureParams: ParamsFactory = {
  create: (rng) => ({
    geometry: {
      length: rng.float(12, 180, 1),
      length_unit: 'm',
      width: rng.float(6, 40, 1),
      width_unit: 'm',
      top_level: rng.float(-1, 5, 2),
      top_level_unit: 'm NAP',
    },
    materials: { concrete: rng.pick(['C30/37', 'C35/45', 'C45/55']), reinforcement: 'B500B', steel: 'S355' },
    loads: {
      self_weight: rng.float(2000, 40000, 0),
      self_weight_unit: 'kN',
      load_cases: loadCases(rng, rng.int(3, 6), rng.int(800, 6000)),
      combination: 'STR/GEO set B',
    },
    settlement_limit: 25,
    settlement_limit_unit: 'mm',
    include_negative_skin_friction: rng.chance(0.6),
    notes: notes(rng, rng.int(1, 3)),
  }),
  edits: [
    changeLoadFactor(['loads', 'load_cases']),
    scaleLoads(['loads', 'load_cases']),
    choose(
      ['materials', 'concrete'],
      ['C30/37', 'C35/45', 'C45/55'],
      (v) => `Concrete class changed to ${v}`,
    ),
    nudge(['geometry', 'top_level'], 0.05, 2, (v) => `Top level adjusted to ${v} m NAP`),
    toggle(
      ['include_negative_skin_friction'],
      'Negative skin friction included',
      'Negative skin friction excluded',
    ),
    appendNote,
  ],
};

export const pileGroupParams: ParamsFactory = {
  create: (rng) => ({
    layout: {
      rows: rng.int(1, 6),
      columns: rng.int(2, 12),
      spacing_x: rng.float(1.2, 3.5, 2),
      spacing_x_unit: 'm',
      spacing_y: rng.float(1.2, 3.5, 2),
      spacing_y_unit: 'm',
    },
    pile_type: rng.pick(['Prefab concrete', 'Vibro', 'Steel tube', 'CFA']),
    cap: { thickness: rng.float(0.8, 2.5, 2), thickness_unit: 'm', concrete_class: 'C30/37' },
    design: { xi3: 1.39, xi4: 1.39, group_effect_factor: rng.float(0.8, 1, 2) },
    notes: rng.chance(0.3) ? notes(rng, 1) : null,
  }),
  edits: [
    nudge(['layout', 'spacing_x'], 0.1, 2, (v) => `Pile spacing (x) changed to ${v} m`),
    choose(
      ['pile_type'],
      ['Prefab concrete', 'Vibro', 'Steel tube', 'CFA'],
      (v) => `Pile type changed to ${v}`,
    ),
    nudge(['cap', 'thickness'], 0.1, 2, (v) => `Pile cap thickness ${v} m`),
    appendNote,
  ],
  summarise: (doc) => {
    const layout = doc.layout as Doc;
    return {
      pile_count: { value: (layout.rows as number) * (layout.columns as number), label: 'Piles in layout' },
    };
  },
};

export const pileParams: ParamsFactory = {
  create: (rng, { index }) => {
    const width = rng.pick([0.32, 0.35, 0.4, 0.45]);
    const length = rng.float(14, 32, 1);
    return {
      geometry: {
        pile_type: 'Prefab concrete',
        cross_section: 'square',
        width,
        width_unit: 'm',
        length,
        length_unit: 'm',
        tip_level: round(-length + rng.float(-1.5, 1.5, 2), 2),
        tip_level_unit: 'm NAP',
      },
      location: {
        x: round(61200 + index * 1.8 + rng.float(0, 0.5), 2),
        y: round(443500 + rng.float(0, 40), 2),
        unit: 'm',
      },
      material: {
        concrete_class: rng.pick(['C45/55', 'C50/60']),
        self_weight: round(25 * width * width * length, 1),
        self_weight_unit: 'kN',
      },
      loads: { Fz_kN: rng.float(400, 2400, 0), Fx_kN: rng.float(0, 120, 0) },
      installation: { method: rng.pick(['driven', 'vibrated']), predrilled: rng.chance(0.2) },
      verified: rng.chance(0.5),
      remarks: rng.chance(0.15) ? 'Check for obstacles near existing sheet pile wall.' : null,
    };
  },
  edits: [
    nudge(['geometry', 'tip_level'], 0.25, 2, (v) => `Pile tip level set to ${v} m NAP after CPT review`),
    nudge(['geometry', 'length'], 0.5, 1, (v) => `Pile length changed to ${v} m`),
    nudge(['loads', 'Fz_kN'], 50, 0, (v) => `Design load updated to ${v} kN`),
    toggle(['verified'], 'Marked as verified', 'Verification withdrawn: input changed'),
  ],
  summarise: (doc) => {
    const geometry = doc.geometry as Doc;
    const loads = doc.loads as Doc;
    const capacity = round((geometry.length as number) * (geometry.width as number) * 310, 0);
    return {
      bearing_capacity: { value: capacity, label: 'Design bearing capacity', unit: 'kN' },
      unity_check: { value: round((loads.Fz_kN as number) / capacity, 2), label: 'Unity check' },
    };
  },
};

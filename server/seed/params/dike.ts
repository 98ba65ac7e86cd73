import { round } from '../prng';
import { appendNote, choose, notes, nudge, type ParamsFactory } from './common';
import { addSoilLayer, changeLayerPhi, soilLayers } from './tables';

export const trajectoryParams: ParamsFactory = {
  create: (rng) => ({
    trajectory_id: `${rng.int(1, 53)}-${rng.int(1, 4)}`,
    water_board: rng.pick([
      'Waterschap Rivierenland',
      'Hoogheemraadschap HHNK',
      'Waterschap Vallei en Veluwe',
    ]),
    norm: {
      signalling: rng.pick(['1/10000', '1/30000', '1/3000']),
      lower_limit: rng.pick(['1/3000', '1/10000']),
    },
    length: rng.float(4, 38, 1),
    length_unit: 'km',
    notes: notes(rng, 2),
  }),
  edits: [appendNote],
};

export const sectionParams: ParamsFactory = {
  create: (rng, { index }) => ({
    chainage_start: index * 500,
    chainage_end: index * 500 + 500,
    chainage_unit: 'm',
    mechanisms: { macro_stability: true, piping: rng.chance(0.7), overtopping: rng.chance(0.4) },
    required_safety_factor: rng.pick([1.0, 1.05, 1.12]),
    verdict: rng.pick(['pending', 'meets norm', 'does not meet norm']),
  }),
  edits: [
    choose(['verdict'], ['pending', 'meets norm', 'does not meet norm'], (v) => `Section verdict: ${v}`),
  ],
};

export const crossSectionParams: ParamsFactory = {
  create: (rng) => ({
    geometry: {
      crest_level: rng.float(4, 9, 2),
      polder_level: rng.float(-2, 0.5, 2),
      slope_inner: rng.pick(['1:2.5', '1:3', '1:4']),
      slope_outer: rng.pick(['1:3', '1:4']),
      unit: 'm NAP',
    },
    water_levels: { design: rng.float(3, 6, 2), daily: rng.float(0, 1.5, 2), unit: 'm NAP' },
    soil: { layers: soilLayers(rng, rng.int(3, 6), rng.float(-1, 1, 2)) },
    results: { safety_factor: rng.float(0.92, 1.4, 3), method: 'Uplift-Van' },
  }),
  edits: [
    addSoilLayer(['soil', 'layers']),
    changeLayerPhi(['soil', 'layers']),
    nudge(['water_levels', 'design'], 0.05, 2, (v) => `Design water level ${v} m NAP (Hydra-NL update)`),
    nudge(['results', 'safety_factor'], 0.01, 3, (v) => `Recalculated safety factor: ${v}`),
  ],
  summarise: (doc) => {
    const results = doc.results as Record<string, number>;
    return { safety_factor: { value: round(results.safety_factor ?? 0, 3), label: 'Macro-stability SF' } };
  },
};

export const soilLayerParams: ParamsFactory = {
  create: (rng, { index }) => {
    const [layer] = soilLayers(rng, 1, round(-index * 2.3, 2));
    return {
      ...layer,
      model: rng.pick(['Mohr-Coulomb', 'SHANSEP']),
      shansep: { S: rng.float(0.22, 0.35, 2), m: 0.9, POP: rng.float(10, 35, 0), POP_unit: 'kPa' },
      source: rng.pick(['Lab test B-12', 'Correlation CPT', 'Schematisation handbook']),
    };
  },
  edits: [
    choose(['model'], ['Mohr-Coulomb', 'SHANSEP'], (v) => `Strength model set to ${v}`),
    nudge(['shansep', 'POP'], 2, 0, (v) => `POP ${v} kPa after field vane tests`),
    nudge(['phi'], 0.5, 1, (v) => `Friction angle ${v}°`),
  ],
};

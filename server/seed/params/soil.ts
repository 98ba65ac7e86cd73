import { appendNote, choose, notes, nudge, type ParamsFactory } from './common';
import { addSoilLayer, changeLayerPhi, soilLayers } from './tables';

export const soilInvestigationParams: ParamsFactory = {
  create: (rng) => ({
    campaign: {
      contractor: rng.pick(['Fugro', 'Wiertsema & Partners', 'Inpijn-Blokpoel', 'BAM Infra Geotechniek']),
      standard: 'NEN-EN-ISO 22476-1',
      date: `20${rng.int(23, 26)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`,
    },
    groundwater_level: rng.float(-2.5, 0.5, 2),
    groundwater_level_unit: 'm NAP',
    soil: { layers: soilLayers(rng, rng.int(4, 7), rng.float(-1, 2, 2)) },
    notes: notes(rng, 1),
  }),
  edits: [
    addSoilLayer(['soil', 'layers']),
    changeLayerPhi(['soil', 'layers']),
    nudge(['groundwater_level'], 0.1, 2, (v) => `Groundwater level ${v} m NAP (monitoring well data)`),
    appendNote,
  ],
};

export const cptParams: ParamsFactory = {
  create: (rng, { name, index }) => ({
    file: { filename: name, format: 'GEF', size: 18000 + index * 97 },
    location: { x: rng.float(60000, 160000, 2), y: rng.float(380000, 480000, 2), unit: 'm' },
    surface_level: rng.float(-1.5, 3, 2),
    surface_level_unit: 'm NAP',
    cone: { type: rng.pick(['F7.5CKE2/V', 'S15CFII']), area: 1000, area_unit: 'mm2' },
    max_depth: rng.float(25, 45, 1),
    max_depth_unit: 'm',
    interpretation: { method: 'Robertson (1990)', layers: soilLayers(rng, rng.int(4, 6), 0) },
  }),
  edits: [
    changeLayerPhi(['interpretation', 'layers']),
    choose(
      ['interpretation', 'method'],
      ['Robertson (1990)', 'NEN 9997-1 table 2.b'],
      (v) => `Interpretation: ${v}`,
    ),
  ],
};

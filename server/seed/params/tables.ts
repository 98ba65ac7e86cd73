import { type Rng, round } from '../prng';
import { at, type Doc, type Edit } from './common';

/** Tables engineers keep in params (soil layers, load cases) and the edits they typically make to them. */
const SOIL_TYPES: [string, number, number, number][] = [
  // name, gamma (kN/m3), phi (deg), c (kPa)
  ['Clay, silty', 17, 22.5, 5],
  ['Peat', 11, 15, 2.5],
  ['Sand, loose', 18, 30, 0],
  ['Sand, medium dense', 19, 32.5, 0],
  ['Sand, dense', 20, 35, 0],
  ['Clay, stiff', 19.5, 25, 10],
  ['Loam', 18.5, 27.5, 3],
];

export function soilLayers(rng: Rng, count: number, surfaceLevel: number): Doc[] {
  const layers: Doc[] = [];
  let top = surfaceLevel;
  for (let i = 0; i < count; i++) {
    const [name, gamma, phi, c] =
      i === count - 1 ? (SOIL_TYPES[4] as (typeof SOIL_TYPES)[0]) : rng.pick(SOIL_TYPES);
    layers.push({
      name,
      top_level: round(top, 2),
      top_level_unit: 'm NAP',
      gamma,
      gamma_sat: round(gamma + 1.5, 1),
      gamma_unit: 'kN/m3',
      phi,
      phi_unit: 'deg',
      c,
      c_unit: 'kPa',
    });
    top -= rng.float(0.8, 5.5, 2);
  }
  return layers;
}

export function addSoilLayer(path: string[]): Edit {
  return (doc, rng) => {
    const layers = at(doc, path);
    if (!Array.isArray(layers) || layers.length < 2) return null;
    const index = rng.int(1, layers.length - 1);
    const above = layers[index - 1] as Doc;
    const below = layers[index] as Doc;
    const top = round(((above.top_level as number) + (below.top_level as number)) / 2, 2);
    layers.splice(index, 0, {
      ...(above as Doc),
      name: 'Peat',
      top_level: top,
      gamma: 11,
      gamma_sat: 11.5,
      phi: 15,
      c: 2.5,
    });
    return `Added peat layer at ${top} m NAP (from additional CPT)`;
  };
}

export function changeLayerPhi(path: string[]): Edit {
  return (doc, rng) => {
    const layers = at(doc, path);
    if (!Array.isArray(layers) || layers.length === 0) return null;
    const layer = rng.pick(layers) as Doc;
    if (typeof layer.phi !== 'number') return null;
    layer.phi = round(layer.phi + rng.pick([-2.5, -1, 1, 2.5]), 1);
    return `Friction angle of ${layer.name} set to ${layer.phi}° after lab tests`;
  };
}

const LOAD_CASES: [string, string, number][] = [
  ['LC1', 'Permanent', 1.35],
  ['LC2', 'Traffic', 1.5],
  ['LC3', 'Wind', 1.5],
  ['LC4', 'Temperature', 1.5],
  ['LC5', 'Mooring', 1.5],
  ['LC6', 'Accidental impact', 1.0],
];

export function loadCases(rng: Rng, count: number, scale: number): Doc[] {
  return LOAD_CASES.slice(0, count).map(([id, name, factor]) => ({
    id,
    name,
    Fz_kN: round(scale * rng.float(0.2, 1), 1),
    Fx_kN: round(scale * rng.float(0, 0.15), 1),
    My_kNm: round(scale * rng.float(0, 0.3), 1),
    factor,
  }));
}

export function changeLoadFactor(path: string[]): Edit {
  return (doc, rng) => {
    const cases = at(doc, path);
    if (!Array.isArray(cases) || cases.length === 0) return null;
    const loadCase = rng.pick(cases) as Doc;
    const before = loadCase.factor;
    loadCase.factor = rng.pick([1.0, 1.2, 1.35, 1.5, 1.65].filter((value) => value !== before));
    return `Load factor ${loadCase.id} (${loadCase.name}) changed from ${before} to ${loadCase.factor}`;
  };
}

export function scaleLoads(path: string[]): Edit {
  return (doc, rng) => {
    const cases = at(doc, path);
    if (!Array.isArray(cases) || cases.length === 0) return null;
    const factor = rng.float(0.9, 1.15, 2);
    for (const loadCase of cases as Doc[]) loadCase.Fz_kN = round((loadCase.Fz_kN as number) * factor, 1);
    return `Loads updated from structural model rev. ${rng.pick(['B', 'C', 'D', 'E'])}`;
  };
}

import type { Rng } from './prng';

/**
 * Entity names as engineers type them. Index-based picks keep siblings unique without bookkeeping.
 */
const STRUCTURES = [
  'Viaduct Reeuwijk',
  'Abutment north',
  'Abutment south',
  'Pier 3',
  'Quay wall',
  'Pumping station',
  'Noise barrier',
  'Culvert K12',
  'Retaining wall',
  'Jetty',
  'Mooring dolphin MD-2',
  'Crane track',
  'Fly-over ramp',
  'Cycle bridge',
  'Lock head',
];
const DIRECTIONS = ['north', 'south', 'east', 'west', 'axis A', 'axis B', 'axis C', 'centre'];
const BRIDGES = [
  'Moerdijkbrug',
  'Zeelandbrug',
  'Van Brienenoordbrug',
  'Haringvlietbrug',
  'Hollandse Brug',
  'Ketelbrug',
  'Galecopperbrug',
  'Merwedebrug',
  'Kreekrakbrug',
  'Brug bij Ravenstein',
];
const ASSET_GROUPS = [
  'Main road structures',
  'Municipal bridges batch 3',
  'Rijksweg A15 structures',
  'Rail crossings',
];
const LOAD_MODELS = ['Traffic LM1', 'Fatigue FLM4', 'Special transport'];
const TRAJECTORIES = [
  '16-3 Lekdijk',
  '43-6 Waaldijk',
  '13-5 Markermeerdijk',
  '38-1 Maasdijk',
  '53-2 IJsseldijk',
];
const CONNECTIONS = [
  'Beam–column',
  'Base plate',
  'Roof truss node',
  'Bracing gusset',
  'Beam splice',
  'Purlin cleat',
];

function nth<T>(list: readonly T[], index: number): string {
  const base = String(list[index % list.length]);
  return index < list.length ? base : `${base} ${Math.floor(index / list.length) + 1}`;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

export function entityName(typeId: number, index: number, rng: Rng): string {
  switch (typeId) {
    case 1:
      return nth(['Main works', 'Temporary works', 'Variant study', 'Tender design'], index);
    case 2:
      return nth(STRUCTURES, index + rng.int(0, 2) * 5);
    case 3:
      return `PG-${pad(index + 1, 2)} ${DIRECTIONS[index % DIRECTIONS.length]}`;
    case 4:
      return `P-${pad(index + 1, 3)}`;
    case 5:
      return nth(['Site investigation', 'Additional CPTs', 'Desk study'], index);
    case 6:
      return `CPT-${pad(index + 1, 2)}.gef`;
    case 11:
      return nth(ASSET_GROUPS, index);
    case 12:
      return nth(BRIDGES, index + rng.int(0, 3) * 2);
    case 13:
      return `Span ${index + 1}`;
    case 14:
      return `Girder G${pad(index + 1, 2)}`;
    case 15:
      return `Bearing ${index % 2 === 0 ? 'left' : 'right'} ${Math.floor(index / 2) + 1}`;
    case 16:
      return nth(LOAD_MODELS, index);
    case 21:
      return nth(TRAJECTORIES, index + rng.int(0, 4));
    case 22:
      return `Section DP ${index * 5}–DP ${index * 5 + 5}`;
    case 23:
      return `Profile km ${(index * 0.175 + 1.2).toFixed(3)}`;
    case 24:
      return `Layer ${index + 1}`;
    case 31:
      return `C-${pad(index + 1, 2)} ${CONNECTIONS[index % CONNECTIONS.length]}`;
    case 41:
      return 'Wind load calculation';
    default:
      return `Entity ${index + 1}`;
  }
}

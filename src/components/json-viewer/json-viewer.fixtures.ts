/** Params shaped like the demo environment's (see server/seed/params), small enough to read in a test. */
export function pileParams() {
  return {
    geometry: {
      width: 0.4,
      width_unit: 'm',
      length: 21.5,
      length_unit: 'm',
      tip_level: -22.1,
      tip_level_unit: 'm NAP',
    },
    location: { x: 61201.8, y: 443512.25, unit: 'm' },
    loads: { Fz_kN: 1450, Fx_kN: 35, 'Fz (kN)': 12 },
    installation: { method: 'driven', predrilled: false },
    verified: true,
    remarks: null,
    tags: [],
    extra: {},
    soil: {
      layers: [
        { name: 'Clay', top_level: 0.5, top_level_unit: 'm NAP', gamma: 17, phi: 22.5, phi_unit: 'deg' },
        { name: 'Peat', top_level: -1.2, top_level_unit: 'm NAP', gamma: 11, phi: 15, phi_unit: 'deg' },
        { name: 'Sand', top_level: -4.8, top_level_unit: 'm NAP', gamma: 19, phi: 32.5, phi_unit: 'deg' },
      ],
    },
  };
}

/**
 * About 1 MB of JSON: a structure carrying a pile plan of 5,000 piles (like the demo's many-revisions
 * fixture), plus a nested survey so the tree part is large as well.
 */
export function bigParams() {
  const piles = Array.from({ length: 5000 }, (_, i) => ({
    id: `P-${String(i + 1).padStart(4, '0')}`,
    group: `PG-${String(Math.floor(i / 48) + 1).padStart(2, '0')}`,
    x: round(84210 + (i % 48) * 1.85),
    y: round(447120 + Math.floor(i / 48) * 2.4),
    type: 'Prefab concrete 400x400',
    length: round(18 + (i % 140) / 10),
    tip_level: round(-18.6 - (i % 140) / 10),
    Fz_kN: 600 + (i % 1600),
    Fx_kN: i % 90,
    cpt: `CPT-${String(1 + (i % 14)).padStart(2, '0')}`,
    verified: i % 3 !== 0,
    remarks: i % 20 === 0 ? 'Obstacle expected: existing foundation' : null,
  }));
  const survey = Object.fromEntries(
    Array.from({ length: 600 }, (_, i) => [
      `cpt_${i}`,
      { depth: 30 + (i % 10), depth_unit: 'm', readings: { qc: i % 17, fs: i % 5, u2: null } },
    ]),
  );
  return { project: { number: 'P-2025-042', client: 'Port of Rotterdam' }, pile_plan: { piles }, survey };
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Every node (object member or array item) below the root. */
export function countNodes(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return children.reduce<number>((sum, child) => sum + 1 + countNodes(child), 0);
}

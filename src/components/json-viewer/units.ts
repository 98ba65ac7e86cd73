/**
 * Which unit a number is in, read from the object that holds it. Params documents spell units in a few
 * ways; the rules, first match wins:
 *
 * 1. A sibling named after the key: `length: 12` with `length_unit: "m"` (or `length_units`).
 * 2. A sibling `units` (or `unit`) object mapping keys to units: `{ units: { length: "m" } }`.
 * 3. A unit suffix on the key itself: `Fz_kN`, `My_kNm`, `crack_width_mm`, `area_m2`. Only the suffixes
 *    in SUFFIX_UNITS count, case-sensitively, so `layer_N` (a count) or `slope_s` stay plain numbers.
 * 4. A sibling unit for a shared prefix: `chainage_unit: "m"` covers `chainage_start` and `chainage_end`,
 *    `gamma_unit` covers `gamma_sat` (the longest prefix wins).
 * 5. A sibling `unit` (or `units`) string covers every number in the object: `{ x, y, unit: "m" }`,
 *    `{ value, label, unit: "kN" }`.
 *
 * Array items take the unit their array would have: `levels: [1, 2]` with `levels_unit: "m"`.
 */
const SUFFIX_UNITS: Record<string, string> = {
  kN: 'kN',
  MN: 'MN',
  kNm: 'kNm',
  MNm: 'MNm',
  Pa: 'Pa',
  kPa: 'kPa',
  MPa: 'MPa',
  GPa: 'GPa',
  mm: 'mm',
  cm: 'cm',
  m: 'm',
  km: 'km',
  mm2: 'mm²',
  m2: 'm²',
  m3: 'm³',
  deg: '°',
  rad: 'rad',
  kg: 'kg',
  pct: '%',
};

type Container = Record<string, unknown>;

function unitString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= 24 ? value : undefined;
}

function isPlainObject(value: unknown): value is Container {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function namedSibling(parent: Container, name: string): string | undefined {
  return unitString(parent[`${name}_unit`]) ?? unitString(parent[`${name}_units`]);
}

export function unitFor(parent: Container, key: string): string | undefined {
  const own = namedSibling(parent, key);
  if (own) return own;

  for (const mapKey of ['units', 'unit']) {
    const map = parent[mapKey];
    if (isPlainObject(map)) {
      const mapped = unitString(map[key]);
      if (mapped) return mapped;
    }
  }

  const lastUnderscore = key.lastIndexOf('_');
  if (lastUnderscore > 0) {
    const suffix = SUFFIX_UNITS[key.slice(lastUnderscore + 1)];
    if (suffix) return suffix;
  }

  for (let cut = lastUnderscore; cut > 0; cut = key.lastIndexOf('_', cut - 1)) {
    const shared = namedSibling(parent, key.slice(0, cut));
    if (shared) return shared;
  }

  return unitString(parent.unit) ?? unitString(parent.units);
}

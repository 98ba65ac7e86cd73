/**
 * Test support for the merge property test: seeded random parameter documents and random edit sets.
 * Every key's name fixes its kind of value, so that an array at one path is, in every version, either
 * named items (merged by identity), points (by position) or numbers: the test can then name each node
 * the way the merge does, from one document alone. Scalars and objects may still swap kinds.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };
export type Random = () => number;

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SCALAR_KEYS = ['length', 'width', 'höhe', 'Fz (kN)', 'title'];
const OBJECT_KEYS = ['soil', 'geometry', 'meta'];
const LAYER_KEYS = ['layers', 'piles'];
const POINT_KEYS = ['points'];
const NUMBER_LIST_KEYS = ['levels'];
const ALL_KEYS = [...SCALAR_KEYS, ...OBJECT_KEYS, ...LAYER_KEYS, ...POINT_KEYS, ...NUMBER_LIST_KEYS];
const NAMES = ['Clay', 'Sand', 'Peat', 'Fill', 'Löss', '粘土', 'Silt', 'Loam', 'Gravel', 'Zand'];
const STRINGS = ['', 'a', 'Ω', 'naïve', '杭', 'e\u0301', '😀'];

const int = (r: Random, n: number) => Math.floor(r() * n);
const pick = <T>(r: Random, items: readonly T[]): T => items[int(r, items.length)] as T;

function scalar(r: Random): Json {
  const kind = int(r, 5);
  if (kind === 0) return null;
  if (kind === 1) return r() < 0.5;
  if (kind === 2) return pick(r, STRINGS);
  return Math.round(r() * 400 - 200) / 4;
}

function valueFor(r: Random, key: string, depth: number): Json {
  if (OBJECT_KEYS.includes(key)) return object(r, depth + 1);
  if (LAYER_KEYS.includes(key)) {
    const names = NAMES.filter(() => r() < 0.3).slice(0, 4);
    return names.map((name) => layer(r, name));
  }
  if (POINT_KEYS.includes(key))
    return Array.from({ length: int(r, 3) }, () => ({ x: scalar(r), y: scalar(r) }));
  if (NUMBER_LIST_KEYS.includes(key)) return Array.from({ length: int(r, 4) }, () => int(r, 10));
  return scalar(r);
}

function layer(r: Random, name: string): Obj {
  const item: Obj = { name, phi: int(r, 40), top: -int(r, 20) };
  if (r() < 0.3) item.props = { c: int(r, 10) };
  return item;
}

export function object(r: Random, depth = 0): Obj {
  const out: Obj = {};
  for (const key of ALL_KEYS) {
    if (r() < 0.4 && (depth < 3 || !OBJECT_KEYS.includes(key))) out[key] = valueFor(r, key, depth);
  }
  return out;
}

type Path = (string | number)[];
type Site = { path: Path; value: Json; inLayers: boolean };

/** Every container, and whether it is a named item (whose `name` edits must not touch). */
function containers(doc: Json): Site[] {
  const out: Site[] = [];
  const walk = (value: Json, path: Path, inLayers: boolean) => {
    if (typeof value !== 'object' || value === null) return;
    out.push({ path, value, inLayers });
    const named = LAYER_KEYS.includes(String(path[path.length - 1]));
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) walk(value[i] as Json, [...path, i], named);
    } else for (const [key, child] of Object.entries(value)) walk(child, [...path, key], false);
  };
  walk(doc, [], false);
  return out;
}

/** A copy of `doc` with the container at `path` replaced by `f(container)`; the rest stays shared. */
function update(doc: Json, path: Path, f: (node: Json) => Json): Json {
  if (path.length === 0) return f(doc);
  const [head, ...rest] = path as [string | number, ...Path];
  if (Array.isArray(doc)) return doc.map((item, i) => (i === head ? update(item, rest, f) : item));
  const copy = { ...(doc as Obj) };
  copy[head] = update(copy[head] as Json, rest, f);
  return copy;
}

function editOnce(r: Random, doc: Json): Json {
  const site = pick(r, containers(doc));
  const last = String(site.path[site.path.length - 1]);
  return update(doc, site.path, (node) => {
    if (Array.isArray(node)) {
      const items = node.slice();
      const at = int(r, items.length + 1);
      const op = int(r, 3);
      if (LAYER_KEYS.includes(last)) {
        const taken = new Set(items.map((item) => (item as Obj).name));
        const free = NAMES.filter((name) => !taken.has(name));
        if (op === 0 && free.length > 0) items.splice(at, 0, layer(r, pick(r, free)));
        else if (op === 1 && items.length > 0) items.splice(int(r, items.length), 1);
        else if (items.length > 1) items.splice(at, 0, ...items.splice(int(r, items.length), 1)); // a move
        return items;
      }
      const fresh = POINT_KEYS.includes(last) ? { x: scalar(r), y: scalar(r) } : int(r, 10);
      if (op === 0) items.splice(at, 0, fresh);
      else if (op === 1 && items.length > 0) items.splice(int(r, items.length), 1);
      else if (items.length > 0) items[int(r, items.length)] = fresh;
      return items;
    }
    const copy = { ...(node as Obj) };
    const keys = Object.keys(copy).filter((key) => !(site.inLayers && key === 'name'));
    const op = int(r, 4);
    const key =
      keys.length > 0 && op < 3 ? pick(r, keys) : pick(r, site.inLayers ? ['phi', 'top', 'c'] : ALL_KEYS);
    if (op === 0) delete copy[key];
    else if (
      op === 1 &&
      !LAYER_KEYS.includes(key) &&
      !POINT_KEYS.includes(key) &&
      !NUMBER_LIST_KEYS.includes(key)
    ) {
      copy[key] = r() < 0.5 ? object(r, 3) : scalar(r); // a type change, maybe
    } else copy[key] = site.inLayers ? scalar(r) : valueFor(r, key, 3);
    return copy;
  });
}

/** `count` random edits of `doc`, without touching `doc`. */
export function edit(r: Random, doc: Obj, count: number): Obj {
  let out: Json = doc;
  for (let i = 0; i < count; i++) out = editOnce(r, out);
  return out as Obj;
}

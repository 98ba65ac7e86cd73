import { type Rng, round } from '../prng';

/**
 * Building blocks for the params documents: realistic engineering JSON with unit keys beside the
 * values, soil layer tables and load cases, plus "edits" that mutate a document the way engineers do
 * over months (nudging a level, adding a layer, changing a factor) and describe it as a commit message.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Doc = { [key: string]: Json };

/** Mutates `doc` in place and returns a revision message, or null when it does not apply. */
export type Edit = (doc: Doc, rng: Rng) => string | null;

export type ParamsFactory = {
  create(rng: Rng, context: { name: string; index: number }): Doc;
  edits: Edit[];
  summarise?(doc: Doc): Doc;
};

export function at(doc: Doc, path: string[]): Json | undefined {
  let node: Json | undefined = doc;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
    node = node[key];
  }
  return node;
}

function parentOf(doc: Doc, path: string[]): Doc | undefined {
  const parent = at(doc, path.slice(0, -1));
  return parent && typeof parent === 'object' && !Array.isArray(parent) ? parent : undefined;
}

export function nudge(
  path: string[],
  step: number,
  decimals: number,
  describe: (value: number) => string,
): Edit {
  return (doc, rng) => {
    const parent = parentOf(doc, path);
    const key = path[path.length - 1] as string;
    const value = parent?.[key];
    if (!parent || typeof value !== 'number') return null;
    const delta = (rng.chance(0.5) ? 1 : -1) * step * rng.int(1, 3);
    parent[key] = round(value + delta, decimals);
    return describe(parent[key] as number);
  };
}

export function toggle(path: string[], whenTrue: string, whenFalse: string): Edit {
  return (doc) => {
    const parent = parentOf(doc, path);
    const key = path[path.length - 1] as string;
    if (!parent || typeof parent[key] !== 'boolean') return null;
    parent[key] = !parent[key];
    return parent[key] ? whenTrue : whenFalse;
  };
}

export function choose(path: string[], options: string[], describe: (value: string) => string): Edit {
  return (doc, rng) => {
    const parent = parentOf(doc, path);
    const key = path[path.length - 1] as string;
    if (!parent || typeof parent[key] !== 'string') return null;
    const next = rng.pick(options.filter((option) => option !== parent[key]));
    parent[key] = next;
    return describe(next);
  };
}

const NOTE_SENTENCES = [
  'Checked against the latest geotechnical report (rev. C).',
  'Client requested an additional check for the construction stage.',
  'Values from the structural model of the contractor, to be verified.',
  'Discussed in the design team meeting; no further action needed.',
  'Negative skin friction included over the peat and clay layers.',
  'Settlement criterion of 25 mm governs over the bearing capacity.',
  'Assumed groundwater level is conservative for the summer situation.',
  'Awaiting the results of the additional CPTs near the abutment.',
  'Load factors according to consequence class CC2 unless stated otherwise.',
  'Input reviewed by the second checker; comments processed.',
];

export function notes(rng: Rng, sentences: number): string {
  return rng.sample(NOTE_SENTENCES, sentences).join(' ');
}

export const appendNote: Edit = (doc, rng) => {
  const existing = typeof doc.notes === 'string' ? doc.notes : '';
  doc.notes = `${existing} ${rng.pick(NOTE_SENTENCES)}`.trim();
  return rng.pick(['Updated notes', 'Added remark after review', 'Notes: processed checker comments']);
};

import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { create } from 'jsondiffpatch';
import { mulberry32 } from '../../server/seed/prng';
import { diffJson } from '../../src/lib/json-diff/diff-json';
import { buildDiffRows } from '../../src/lib/json-diff/diff-rows';

export type BenchResult = { name: string; value: number; unit: string; note?: string };

type Rec = Record<string, unknown>;

/** mulberry32: the same documents on every run and machine, so numbers compare across commits. */
const random = mulberry32;

const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

function makePile(rand: () => number, i: number): Rec {
  const ground = round(-0.5 + rand());
  return {
    id: `P-${String(i).padStart(5, '0')}`,
    group: `G${i % 40}`,
    type: rand() < 0.7 ? 'CFA' : 'Vibro',
    x: round(rand() * 500),
    y: round(rand() * 300),
    levels: { ground, cutoff: round(ground - 1.2), tip: round(ground - 18 - rand() * 8) },
    diameter_mm: rand() < 0.5 ? 600 : 800,
    loads: {
      Fz_kN: round(800 + rand() * 900, 1),
      Fx_kN: round(rand() * 60, 1),
      Mx_kNm: round(rand() * 90, 1),
    },
    checked: rand() < 0.9,
  };
}

const WORDS = 'pile cap load settlement clay sand peat layer design check negative skin friction'.split(' ');

function makeNote(rand: () => number, words: number) {
  return Array.from({ length: words }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
}

/**
 * Two revisions of a ~1 MB params document with about 1% of its leaves touched, the way a real save
 * looks: a pile inserted mid-plan, loads re-run, a key dropped, a soil layer added on top, a note edited.
 */
export function makeParamsPair(seed = 7, pileCount = 5000): { before: Rec; after: Rec } {
  const rand = random(seed);
  const before: Rec = {
    project: { name: 'Harbour quay wall', code: 'HQ-2041', units: { length: 'm', force: 'kN' } },
    piles: Array.from({ length: pileCount }, (_, i) => makePile(rand, i)),
    soil: {
      layers: Array.from({ length: 30 }, (_, i) => ({
        name: `Layer ${i}`,
        top: round(-i * 1.5),
        phi: round(20 + rand() * 15, 1),
        gamma: round(16 + rand() * 4, 1),
        qc: Array.from({ length: 40 }, () => round(rand() * 20, 2)),
      })),
    },
    load_cases: Array.from({ length: 60 }, (_, i) => ({
      name: `LC${i}`,
      factor: round(1 + rand() * 0.5, 2),
    })),
    notes: Array.from({ length: 4 }, () => makeNote(rand, 600)),
  };

  const after = structuredClone(before);
  const piles = after.piles as Rec[];
  for (let i = 0; i < piles.length; i += 10) (piles[i]?.loads as Rec).Fz_kN = round(900 + rand() * 900, 1);
  for (let i = 5; i < piles.length; i += 50)
    (piles[i] as Rec).x = round(((piles[i] as Rec).x as number) + 0.25);
  for (let i = 7; i < piles.length; i += 100) delete piles[i]?.checked;
  piles.splice(Math.floor(pileCount / 2), 0, makePile(rand, pileCount));
  const layers = (after.soil as Rec).layers as Rec[];
  (layers[5] as Rec).phi = 31.5;
  layers.unshift({ name: 'Fill', top: 1, phi: 28, gamma: 18, qc: [1, 2, 3] });
  (after.load_cases as Rec[]).forEach((lc, i) => {
    if (i % 20 === 0) lc.factor = 1.35;
  });
  const notes = after.notes as string[];
  notes[1] = (notes[1] as string).replace('settlement', 'long-term settlement');
  after.revision_comment = 'Loads from analysis run 14';
  return { before, after };
}

function median(fn: () => unknown, runs = 5): number {
  fn(); // warm-up: let the JIT see the code before the clock runs
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return round(times[Math.floor(runs / 2)] as number, 1);
}

export async function runDiffBench(): Promise<BenchResult[]> {
  const { before, after } = makeParamsPair();
  const kb = (doc: unknown) => Math.round(JSON.stringify(doc).length / 1024);
  const sizes = `docs ${kb(before)} KB → ${kb(after)} KB`;
  const entries = diffJson(before, after);
  const patcher = create({
    objectHash: (item) => ((item as Rec).id ?? (item as Rec).name) as string | undefined,
  });
  return [
    {
      name: 'diffJson (ours)',
      value: median(() => diffJson(before, after)),
      unit: 'ms',
      note: `${sizes}, ${entries.length} entries`,
    },
    {
      name: 'jsondiffpatch diff (objectHash id/name)',
      value: median(() => patcher.diff(before, after)),
      unit: 'ms',
      note: sizes,
    },
    {
      name: 'buildDiffRows changed',
      value: median(() => buildDiffRows(before, after, entries, { mode: 'changed' })),
      unit: 'ms',
    },
    {
      name: 'buildDiffRows full',
      value: median(() => buildDiffRows(before, after, entries, { mode: 'full' })),
      unit: 'ms',
    },
    // What posting both revisions to the worker costs on top of the diff itself.
    {
      name: 'structuredClone of both docs',
      value: median(() => structuredClone([before, after])),
      unit: 'ms',
      note: 'worker hand-off estimate',
    },
  ];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // No top-level await: the lead's runner may load this file from a context that cannot await.
  runDiffBench().then((results) => console.table(results));
}

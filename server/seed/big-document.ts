import { appendNote, type Doc, type Edit, type ParamsFactory } from './params/common';
import { structureParams } from './params/foundation';
import { addSoilLayer, changeLayerPhi, changeLoadFactor } from './params/tables';
import { type Rng, round } from './prng';

/**
 * Params of the many-revisions fixture: a structure carrying its whole pile plan. With ~4,300 piles
 * a snapshot is about 1 MB, which is what the large-scale benchmarks need; each revision changes a
 * few values, like a real design iteration.
 */
function pilePlan(rng: Rng, count: number): Doc[] {
  const piles: Doc[] = [];
  for (let i = 0; i < count; i++) {
    const length = rng.float(18, 32, 1);
    piles.push({
      id: `P-${String(i + 1).padStart(4, '0')}`,
      group: `PG-${String(Math.floor(i / 48) + 1).padStart(2, '0')}`,
      x: round(84210 + (i % 48) * 1.85, 2),
      y: round(447120 + Math.floor(i / 48) * 2.4, 2),
      type: 'Prefab concrete 400x400',
      length,
      tip_level: round(-length - 0.6, 2),
      Fz_kN: rng.float(600, 2200, 0),
      Fx_kN: rng.float(0, 90, 0),
      cpt: `CPT-${String(1 + (i % 14)).padStart(2, '0')}`,
      verified: rng.chance(0.6),
      remarks: rng.chance(0.05) ? 'Obstacle expected: existing foundation' : null,
    });
  }
  return piles;
}

const nudgePileTips: Edit = (doc, rng) => {
  const plan = doc.pile_plan as Doc;
  const piles = plan.piles as Doc[];
  const start = rng.int(0, piles.length - 5);
  const count = rng.int(1, 4);
  const delta = rng.pick([-0.5, -0.25, 0.25]);
  for (const pile of piles.slice(start, start + count)) {
    pile.tip_level = round((pile.tip_level as number) + delta, 2);
    pile.length = round((pile.length as number) - delta, 2);
  }
  const last = piles[start + count - 1] as Doc;
  const range = count === 1 ? String(last.id) : `${(piles[start] as Doc).id}…${last.id}`;
  return `Tip level of ${range} ${delta < 0 ? 'lowered' : 'raised'} by ${Math.abs(delta)} m`;
};

const verifyGroup: Edit = (doc, rng) => {
  const piles = (doc.pile_plan as Doc).piles as Doc[];
  const group = (rng.pick(piles) as Doc).group;
  for (const pile of piles) if (pile.group === group) pile.verified = true;
  return `Verified all piles of ${group}`;
};

export function bigStructureFactory(pileCount: number): ParamsFactory {
  return {
    create: (rng, context) => {
      const base = structureParams.create(rng, context);
      return {
        ...base,
        soil: { layers: [] },
        pile_plan: { grid: 'RD New', count: pileCount, piles: pilePlan(rng, pileCount) },
      };
    },
    edits: [
      nudgePileTips,
      nudgePileTips,
      verifyGroup,
      changeLoadFactor(['loads', 'load_cases']),
      addSoilLayer(['soil', 'layers']),
      changeLayerPhi(['soil', 'layers']),
      appendNote,
    ],
  };
}

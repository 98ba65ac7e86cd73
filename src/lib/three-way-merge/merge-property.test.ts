import { describe, expect, it } from 'vitest';
import { appendPath } from '../format-path';
import { matchLabel } from '../json-diff/diff-path';
import { sharedArrayKey } from './array-identity';
import { deepEqual } from './deep-equal';
import { applyResolutions, type MergeResult, threeWayMerge } from './merge';
import { edit, object, seededRandom } from './random-docs';

type Rec = Record<string, unknown>;
const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** Every node of a document by the pathText the merge gives it (named items by `[name=…]`). */
function nodes(doc: unknown): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (value: unknown, text: string) => {
    out.set(text, value);
    if (!isObject(value)) return;
    if (Array.isArray(value)) {
      const names = value.map((item) => (isObject(item) ? (item as Rec).name : undefined));
      const named =
        value.length > 0 && names.every((n) => typeof n === 'string') && new Set(names).size === names.length;
      for (let i = 0; i < value.length; i++) {
        const label = named ? matchLabel({ at: 0, key: 'name', value: names[i] as string }) : `[${i}]`;
        walk(value[i], `${text}${label}`);
      }
    } else for (const [key, child] of Object.entries(value)) walk(child, appendPath(text, key));
  };
  walk(doc, '');
  return out;
}

const leaves = (all: Map<string, unknown>) =>
  [...all].filter(([, value]) => !isObject(value) || Object.keys(value).length === 0).map(([text]) => text);

const covers = (conflict: string, text: string) =>
  conflict === '' || text === conflict || text.startsWith(`${conflict}.`) || text.startsWith(`${conflict}[`);

const freeze = <T>(value: T): T => {
  if (isObject(value) && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) freeze(child);
    Object.freeze(value);
  }
  return value;
};

const allTheirs = (result: MergeResult) =>
  applyResolutions(result, Object.fromEntries(result.conflicts.map((c) => [c.pathText, 'theirs' as const])));

describe('threeWayMerge on random documents (seeded): never silently overwrites', () => {
  const CASES = 200;
  const seen = {
    conflicts: 0,
    theirsApplied: 0,
    coveredByConflict: 0,
    appliedDirectly: 0,
    clean: 0,
    unkeyedBothChanged: 0,
  };

  for (let seed = 1; seed <= CASES; seed++) {
    it(`holds for seed ${seed}`, () => {
      const r = seededRandom(seed);
      const base = freeze(object(r));
      const variant = seed % 5;
      // Variant 3: many edits on both sides, so they often meet.
      const edits = () => (variant === 3 ? 4 + Math.floor(r() * 6) : 1 + Math.floor(r() * 4));
      const mine = freeze(variant === 0 ? base : edit(r, base, edits()));
      // Variant 2: they made some of my edits too (the same edits are then no conflict).
      const theirs = freeze(variant === 1 ? base : edit(r, variant === 2 ? mine : base, edits()));
      const result = threeWayMerge(base, mine, theirs);
      seen.conflicts += result.conflicts.length;
      seen.theirsApplied += result.theirsApplied.length;

      // (a) I changed nothing: theirs, untouched. (b) They changed nothing: mine.
      if (deepEqual(mine, base)) {
        expect(result.merged).toEqual(theirs);
        expect(result.conflicts).toEqual([]);
        expect(result.mineKept).toEqual([]);
      }
      if (deepEqual(theirs, base)) {
        expect(result.merged).toEqual(mine);
        expect(result.conflicts).toEqual([]);
        expect(result.theirsApplied).toEqual([]);
      }

      const [b, m, t, merged] = [nodes(base), nodes(mine), nodes(theirs), nodes(result.merged)];
      const resolved = nodes(allTheirs(result));

      // (d) Every conflict is at a node both sides changed, differently; it reports the three versions.
      for (const conflict of result.conflicts) {
        const [cb, cm, ct] = [b.get(conflict.pathText), m.get(conflict.pathText), t.get(conflict.pathText)];
        expect({ base: conflict.base, mine: conflict.mine, theirs: conflict.theirs }).toEqual({
          base: cb,
          mine: cm,
          theirs: ct,
        });
        expect(deepEqual(cm, cb) || deepEqual(ct, cb) || deepEqual(cm, ct)).toBe(false);
        // Mine holds the place until resolved.
        expect(merged.get(conflict.pathText)).toEqual(cm);
        // (e) Taking theirs everywhere puts theirs at every conflict.
        expect(resolved.get(conflict.pathText)).toEqual(ct);
      }

      // (c) A value only they changed is in the merge, or inside a conflict where taking theirs restores it.
      for (const text of new Set([...leaves(b), ...leaves(t)])) {
        if (deepEqual(t.get(text), b.get(text)) || !deepEqual(m.get(text), b.get(text))) continue;
        if (deepEqual(merged.get(text), t.get(text))) {
          seen.appliedDirectly++;
          continue;
        }
        expect(result.conflicts.some((c) => covers(c.pathText, text))).toBe(true);
        expect(resolved.get(text)).toEqual(t.get(text));
        seen.coveredByConflict++;
      }

      // (f) An array of objects without a key that both changed, differently, is never paired up by
      // position: one conflict covers it whole, and nothing inside it was merged or reported apart.
      for (const [text, cm] of m) {
        const [cb, ct] = [b.get(text), t.get(text)];
        if (!Array.isArray(cm) || !Array.isArray(ct)) continue;
        const versions = Array.isArray(cb) ? [cb, cm, ct] : [cm, ct];
        if (sharedArrayKey(versions) !== null || !versions.some((items) => items.some(isObject))) continue;
        if (deepEqual(cm, cb) || deepEqual(ct, cb) || deepEqual(cm, ct)) continue;
        expect(result.conflicts.some((c) => covers(c.pathText, text))).toBe(true);
        const inside = (path: string) => path !== text && covers(text, path);
        expect(
          [...result.conflicts.map((c) => c.pathText), ...result.theirsApplied, ...result.mineKept].filter(
            inside,
          ),
        ).toEqual([]);
        seen.unkeyedBothChanged++;
      }

      // Swapping the roles finds the same conflicts; without any, the same values at the same identities
      // (only the order of items both sides inserted at one place may differ).
      const swapped = threeWayMerge(base, theirs, mine);
      const texts = (r: MergeResult) => r.conflicts.map((c) => c.pathText).sort();
      expect(texts(swapped)).toEqual(texts(result));
      if (result.conflicts.length === 0) {
        const values = (doc: Rec) =>
          [...nodes(doc)].filter(([text]) => leaves(nodes(doc)).includes(text)).sort();
        expect(values(swapped.merged)).toEqual(values(result.merged));
        seen.clean++;
      }
    });
  }

  it('exercised every branch: conflicts, auto-merged changes, conflicts covering their changes, unkeyed arrays', () => {
    expect(seen.conflicts).toBeGreaterThan(50);
    expect(seen.theirsApplied).toBeGreaterThan(100);
    expect(seen.appliedDirectly).toBeGreaterThan(100);
    expect(seen.coveredByConflict).toBeGreaterThan(0);
    expect(seen.clean).toBeGreaterThan(50);
    expect(seen.unkeyedBothChanged).toBeGreaterThan(5);
  });
});

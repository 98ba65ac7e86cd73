import { describe, expect, it } from 'vitest';
import { attributeStep, type BlameSource, changedIdentities, identityOf, leafPaths } from './blame';
import { diffJson } from './diff-json';
import type { JsonPath } from './diff-types';

/** The walk the blame query does, without the network: newest first. */
function blame(revisions: { id: number; doc: unknown }[]) {
  const [target] = revisions;
  if (!target) throw new Error('no revisions');
  const pending = new Map<string, JsonPath>(leafPaths(target.doc).map((p) => [identityOf(target.doc, p), p]));
  const result = new Map<string, BlameSource>();
  for (let i = 0; i < revisions.length && pending.size > 0; i++) {
    const newer = revisions[i] as { id: number; doc: unknown };
    const older = revisions[i + 1];
    const changed = older
      ? changedIdentities(older.doc, newer.doc, diffJson(older.doc, newer.doc))
      : new Set([''] as string[]);
    attributeStep(pending, result, changed, { revisionId: newer.id });
  }
  return (path: JsonPath) => result.get(identityOf(target.doc, path))?.revisionId;
}

const clay = { name: 'Clay', phi: 22.5, top: -2 };
const sand = { name: 'Sand', phi: 32, top: 0 };

describe('blame', () => {
  const history = [
    { id: 4, doc: { length: 19, layers: [sand, { ...clay, phi: 21 }] } },
    { id: 3, doc: { length: 19, layers: [sand, clay] } },
    { id: 2, doc: { length: 19, layers: [clay] } },
    { id: 1, doc: { length: 18.5, layers: [clay] } },
  ];
  const who = blame(history);

  it('names the revision that last changed each leaf', () => {
    expect(who(['length'])).toBe(2);
    expect(who(['layers', 1, 'phi'])).toBe(4);
  });

  it('does not blame a layer on the revision that inserted another layer above it', () => {
    expect(who(['layers', 1, 'top'])).toBe(1);
    expect(who(['layers', 0, 'phi'])).toBe(3);
  });

  it('blames everything untouched since on the first revision', () => {
    const only = blame([{ id: 9, doc: { a: { b: [1, 2] } } }]);
    expect(only(['a', 'b', 1])).toBe(9);
  });

  it('lists leaves, empty containers included, in document order', () => {
    expect(leafPaths({ a: 1, b: { c: [], d: [true] } })).toEqual([['a'], ['b', 'c'], ['b', 'd', 0]]);
  });

  it('identifies array items by a unique key, else by position', () => {
    expect(identityOf({ l: [sand, clay] }, ['l', 1, 'phi'])).toBe('l\u0000[name=Clay]\u0000phi');
    expect(identityOf({ l: [1, 2] }, ['l', 1])).toBe('l\u0000[1]');
  });
});

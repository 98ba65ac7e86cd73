import { describe, expect, it } from 'vitest';
import { makeParamsPair } from '../../../tests/bench/diff-bench';
import { diffJson } from './diff-json';
import { buildDiffRows, type DiffRow } from './diff-rows';

const changeRows = (rows: DiffRow[]) => rows.filter((r) => r.entryIndex !== undefined);
const outline = (rows: DiffRow[]) =>
  rows.map(
    (r) => `${'  '.repeat(r.depth)}${r.kind === 'collapsed' ? `… ${r.hiddenCount}` : `${r.kind} ${r.label}`}`,
  );

function build(before: unknown, after: unknown, options: Parameters<typeof buildDiffRows>[3]) {
  const entries = diffJson(before, after);
  return { entries, rows: buildDiffRows(before, after, entries, options) };
}

const soil = (phi: number) => ({
  soil: {
    layers: [
      { name: 'Sand', phi: 32, gamma: 19 },
      { name: 'Clay', phi, gamma: 17 },
    ],
  },
  meta: { author: 'A' },
});

describe("buildDiffRows 'changed'", () => {
  it('lists each change under one header per ancestor, with keyed labels', () => {
    const before = soil(20);
    const after = { ...soil(22), meta: { author: 'B' } };
    const { rows } = build(before, after, { mode: 'changed' });
    expect(outline(rows)).toEqual([
      'same soil',
      '  same layers',
      '    same [name=Clay]',
      '      changed phi',
      'same meta',
      '  changed author',
    ]);
    expect(rows[0]).toMatchObject({ open: 'object', path: ['soil'] });
    expect(rows[1]).toMatchObject({ open: 'array' });
    expect(rows[3]).toMatchObject({ left: '20', right: '22', numeric: { delta: 2, percent: 10 } });
  });

  it('has one change row per entry, unique ids, and nothing for identical documents', () => {
    const { before, after } = makeParamsPair(3, 400);
    const { entries, rows } = build(before, after, { mode: 'changed' });
    expect(changeRows(rows).map((r) => r.entryIndex)).toEqual(entries.map((_, i) => i));
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(build(before, before, { mode: 'changed' }).rows).toEqual([]);
  });
});

describe("buildDiffRows 'full'", () => {
  const many = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]));

  it('collapses runs of unchanged rows but keeps context around the change', () => {
    const before = many(20);
    const { rows } = build(before, { ...before, k10: 99 }, { mode: 'full', contextLines: 2 });
    expect(outline(rows)).toEqual([
      '… 8',
      'same k8',
      'same k9',
      'changed k10',
      'same k11',
      'same k12',
      '… 7',
    ]);
    expect(rows[1]).toMatchObject({ left: '8', right: '8' });
  });

  it('follows contextLines, and never hides a single row behind a collapsed one', () => {
    const before = many(5);
    expect(outline(build(before, { ...before, k2: 9 }, { mode: 'full', contextLines: 0 }).rows)).toEqual([
      '… 2',
      'changed k2',
      '… 2',
    ]);
    expect(outline(build(before, { ...before, k1: 9 }, { mode: 'full', contextLines: 0 }).rows)).toEqual([
      'same k0',
      'changed k1',
      '… 3',
    ]);
  });

  it('shows an untouched subtree as one row and removed entries after their siblings', () => {
    const before = { keep: { deep: { x: 1 } }, list: [{ id: 'a' }, { id: 'b' }], gone: 1 };
    const after = { keep: { deep: { x: 1 } }, list: [{ id: 'b' }, { id: 'c' }] };
    const { rows, entries } = build(before, after, { mode: 'full' });
    expect(outline(rows)).toEqual([
      'same keep',
      'same list',
      '  same [0]',
      '  added [id=c]',
      '  removed [id=a]',
      'removed gone',
    ]);
    expect(rows[0]).toMatchObject({ left: '{"deep":{"x":1}}', right: '{"deep":{"x":1}}' });
    expect(rows[0]?.open).toBeUndefined();
    expect(changeRows(rows)).toHaveLength(entries.length);
  });

  it('reveals a collapsed run whose id is in expanded', () => {
    const before = many(10);
    const after = { ...before, k9: 0 };
    const { rows, entries } = build(before, after, { mode: 'full', contextLines: 1 });
    const collapsed = rows.find((r) => r.kind === 'collapsed') as DiffRow;
    expect(collapsed.hiddenCount).toBe(8);
    const opened = buildDiffRows(before, after, entries, {
      mode: 'full',
      contextLines: 1,
      expanded: new Set([collapsed.id]),
    });
    expect(opened).toHaveLength(10);
  });

  it('keeps one change row per entry and unique ids on a large pair', () => {
    const { before, after } = makeParamsPair(5, 600);
    const { entries, rows } = build(before, after, { mode: 'full' });
    expect(
      changeRows(rows)
        .map((r) => r.entryIndex)
        .sort((a, b) => (a ?? 0) - (b ?? 0)),
    ).toEqual(entries.map((_, i) => i));
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    const hidden = rows.reduce((sum, r) => sum + (r.hiddenCount ?? 0), 0);
    expect(hidden).toBeGreaterThan(rows.length);
  });

  it('cuts long values but keeps both full texts for the inline diff', () => {
    const text = 'Pile cap reinforcement checked against the updated load combinations. '.repeat(4);
    const { rows } = build({ note: text }, { note: `${text}Approved.` }, { mode: 'full' });
    expect(rows[0]?.left?.length).toBeLessThan(text.length);
    expect(rows[0]?.text).toEqual({ from: text, to: `${text}Approved.` });
    expect(build({ note: 'short' }, { note: 'shorter' }, { mode: 'full' }).rows[0]?.text).toBeUndefined();
  });

  it('handles primitive roots and a root type change', () => {
    expect(outline(build(1, 1, { mode: 'full' }).rows)).toEqual(['same ']);
    expect(outline(build([1], { a: 1 }, { mode: 'full' }).rows)).toEqual(['type-changed ']);
  });
});

describe('buildDiffRows on deep documents', () => {
  it('builds rows for a change 1,000 levels down in both modes', () => {
    let before: unknown = { leaf: 1, same: 0 };
    let after: unknown = { leaf: 2, same: 0 };
    for (let i = 0; i < 1_000; i++) {
      before = { a: before };
      after = { a: after };
    }
    const entries = diffJson(before, after);
    const changed = buildDiffRows(before, after, entries, { mode: 'changed' });
    const full = buildDiffRows(before, after, entries, { mode: 'full' });
    expect(changed).toHaveLength(1_001);
    expect(full).toHaveLength(1_002);
    expect(full.at(-2)).toMatchObject({ kind: 'changed', depth: 1_000 });
  });
});

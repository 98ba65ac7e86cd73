import { describe, expect, it } from 'vitest';
import { makeEntity } from '../../../tests/fixtures/builders';
import type { Entity } from '../../api/entities/schemas';
import type { ChildList } from '../../api/entities/tree-cache';
import type { Listed } from '../../lib/schema-helpers';
import { createTreeFlattener, flattenTree, type TreeRow } from './tree-model';

function list(entities: Listed<Entity>[], more: Partial<ChildList> = {}): ChildList {
  return {
    entities,
    total: entities.length,
    status: 'success',
    error: null,
    isFetching: false,
    hasMore: false,
    ...more,
  };
}

const everything = { mayHaveChildren: () => true, isShown: () => true };
const names = (rows: TreeRow[]) =>
  rows.map((row) => (row.kind === 'entity' ? `${row.level}:${row.entity.name}` : `${row.level}:${row.kind}`));

describe('flattening the tree again after a change', () => {
  const roots = list([1, 2, 3].map((id) => makeEntity({ id, name: `Root ${id}` })));
  const childrenOf1 = list([11, 12].map((id) => makeEntity({ id, name: `Child ${id}` })));
  const childrenOf2 = list(
    [21, 22].map((id) => makeEntity({ id, name: `Child ${id}` })),
    {
      hasMore: true,
      total: 5,
    },
  );

  it('gives what a fresh flattening gives, keeping the rows of the lists that did not change', () => {
    const flatten = createTreeFlattener();
    const lists = new Map<number, ChildList>([
      [1, childrenOf1],
      [2, childrenOf2],
    ]);
    const input = {
      roots,
      childrenOf: (id: number) => lists.get(id),
      expanded: new Set([1, 2]),
      ...everything,
    };
    const first = flatten(input).rows;
    expect(names(first)).toEqual([
      '1:Root 1',
      '2:Child 11',
      '2:Child 12',
      '1:Root 2',
      '2:Child 21',
      '2:Child 22',
      '2:more',
      '1:Root 3',
    ]);

    // Entity 2's list gets its next page: only its rows are new.
    const grown = list([...childrenOf2.entities, makeEntity({ id: 23, name: 'Child 23' })], {
      hasMore: true,
      total: 5,
    });
    lists.set(2, grown);
    const second = flatten({ ...input }).rows;
    expect(second).toEqual(flattenTree({ ...input }));
    expect(names(second)).toContain('2:Child 23');
    for (const index of [0, 1, 2, 3, 4, 5]) expect(second[index]).toBe(first[index]);

    // Closing entity 1 drops its children and leaves every other row object as it was.
    const collapsed = { ...input, expanded: new Set([2]) };
    const third = flatten(collapsed).rows;
    expect(third).toEqual(flattenTree(collapsed));
    expect(third[0]).not.toBe(second[0]);
    expect(third.slice(1)).toEqual(second.slice(3));
    for (const [index, row] of third.slice(1).entries()) expect(row).toBe(second[index + 3]);

    // Nothing changed: the very same rows.
    expect(flatten(collapsed).rows).toBe(third);
  });

  it('redoes the rows when the rules change (a type filter)', () => {
    const flatten = createTreeFlattener();
    const input = { roots, childrenOf: () => undefined, expanded: new Set<number>(), ...everything };
    flatten(input);
    const filtered = { ...input, isShown: (entity: Entity) => entity.id !== 2 };
    expect(names(flatten(filtered).rows)).toEqual(['1:Root 1', '1:Root 3']);
    expect(names(flatten(input).rows)).toEqual(['1:Root 1', '1:Root 2', '1:Root 3']);
  });

  it('says a list on screen is loading until its first page is there', () => {
    const flatten = createTreeFlattener();
    const input = { roots, childrenOf: () => undefined, expanded: new Set([3]), ...everything };
    const loading = flatten(input);
    expect(loading.isLoading).toBe(true);
    expect(names(loading.rows)).toEqual(['1:Root 1', '1:Root 2', '1:Root 3', '2:status']);
    const loaded = flatten({ ...input, childrenOf: () => list([]) });
    expect(loaded.isLoading).toBe(false);
    // A known leaf is not expandable, whatever the expanded set says.
    expect(loaded.rows.at(-1)).toMatchObject({ kind: 'entity', expandable: false, expanded: false });
  });
});

import type { Entity } from '../../api/entities/schemas';
import type { ChildList } from '../../api/entities/tree-cache';
import { isUnreadable, type Listed, type UnreadableItem } from '../../lib/schema-helpers';

export type EntityRow = {
  kind: 'entity';
  key: string;
  entity: Entity;
  level: number;
  parentId: number | null;
  expandable: boolean;
  expanded: boolean;
  /** Position among loaded siblings, for aria-posinset/setsize. */
  position: number;
  setSize: number;
};

/** The row inside the tree that stands for the rest of a long list: "Load more (100 of 5,000)". */
export type MoreRow = {
  kind: 'more';
  key: string;
  parentId: number | null;
  level: number;
  loaded: number;
  total: number;
  loading: boolean;
  error: unknown;
};

export type StatusRow = {
  kind: 'status';
  key: string;
  parentId: number | null;
  level: number;
  state: 'loading' | 'error';
  error: unknown;
};

/** An entity the server sent in a shape we cannot read: shown in its place, never expandable. */
export type UnreadableRow = {
  kind: 'unreadable';
  key: string;
  item: UnreadableItem;
  level: number;
  parentId: number | null;
  position: number;
  setSize: number;
};

export type TreeRow = EntityRow | MoreRow | StatusRow | UnreadableRow;

type FlattenInput = {
  roots: ChildList | undefined;
  childrenOf: (parentId: number) => ChildList | undefined;
  expanded: ReadonlySet<number>;
  /** May this entity have children at all (from its entity type's child rules)? */
  mayHaveChildren: (entity: Entity) => boolean;
  /** The entity-type filter: false hides the row and everything below it. */
  isShown: (entity: Entity) => boolean;
};

const listKey = (parentId: number | null) => (parentId === null ? 'roots' : String(parentId));

/** The row key of the item at `index` of a list (an unreadable one may have no id: its place names it). */
export function treeRowKey(parentId: number | null, index: number, item: Listed<Entity>): string {
  return isUnreadable(item) ? `unreadable:${listKey(parentId)}:${index}` : `entity:${item.id}`;
}

/**
 * The visible rows of the tree, in order: one flat list that the virtualizer renders a window of.
 * Linear in the number of loaded rows under expanded nodes; an explicit stack keeps deep trees safe.
 */
export function flattenTree({
  roots,
  childrenOf,
  expanded,
  mayHaveChildren,
  isShown,
}: FlattenInput): TreeRow[] {
  const rows: TreeRow[] = [];
  type Frame = { parentId: number | null; list: ChildList | undefined; level: number; index: number };
  const stack: Frame[] = [{ parentId: null, list: roots, level: 1, index: 0 }];

  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    const { list, parentId, level } = frame;
    if (!list || (list.status !== 'success' && list.entities.length === 0)) {
      stack.pop();
      const state = list?.status === 'error' ? 'error' : 'loading';
      rows.push({
        kind: 'status',
        key: `status:${listKey(parentId)}`,
        parentId,
        level,
        state,
        error: list?.error,
      });
      continue;
    }
    if (frame.index >= list.entities.length) {
      stack.pop();
      if (list.hasMore || (list.status === 'error' && list.entities.length > 0)) {
        rows.push({
          kind: 'more',
          key: `more:${listKey(parentId)}`,
          parentId,
          level,
          loaded: list.entities.length,
          total: list.total,
          loading: list.isFetching,
          error: list.status === 'error' ? list.error : null,
        });
      }
      continue;
    }
    const item = list.entities[frame.index] as Listed<Entity>;
    frame.index += 1;
    if (isUnreadable(item)) {
      // Its type is unknown, so no type filter can tell it away.
      const key = treeRowKey(parentId, frame.index - 1, item);
      rows.push({
        kind: 'unreadable',
        key,
        item,
        level,
        parentId,
        position: frame.index,
        setSize: list.total,
      });
      continue;
    }
    const entity = item;
    if (!isShown(entity)) continue;

    const children = childrenOf(entity.id);
    const knownLeaf = children?.status === 'success' && children.total === 0;
    const expandable = mayHaveChildren(entity) && !knownLeaf;
    const isExpanded = expandable && expanded.has(entity.id);
    rows.push({
      kind: 'entity',
      key: `entity:${entity.id}`,
      entity,
      level,
      parentId,
      expandable,
      expanded: isExpanded,
      position: frame.index,
      setSize: list.total,
    });
    if (isExpanded) stack.push({ parentId: entity.id, list: children, level: level + 1, index: 0 });
  }
  return rows;
}

/** Types that may appear somewhere below an entity of each type, following the child-type rules. */
export function typesThatCanContain(
  wanted: ReadonlySet<number>,
  childTypesOf: ReadonlyMap<number, readonly number[]>,
): Set<number> {
  const result = new Set(wanted);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [typeId, childTypes] of childTypesOf) {
      if (!result.has(typeId) && childTypes.some((child) => result.has(child))) {
        result.add(typeId);
        grew = true;
      }
    }
  }
  return result;
}

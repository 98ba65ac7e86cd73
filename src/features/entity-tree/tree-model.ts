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
  /** Asked only for expanded entities. The same list must come back as the same object. */
  childrenOf: (parentId: number) => ChildList | undefined;
  expanded: ReadonlySet<number>;
  /** May this entity have children at all (from its entity type's child rules)? */
  mayHaveChildren: (entity: Entity) => boolean;
  /** The entity-type filter: false hides the row and everything below it. */
  isShown: (entity: Entity) => boolean;
};

export type FlatTree = {
  rows: TreeRow[];
  /** Some list on screen is still loading its first page. */
  isLoading: boolean;
};

const listKey = (parentId: number | null) => (parentId === null ? 'roots' : String(parentId));

/** The row key of the item at `index` of a list (an unreadable one may have no id: its place names it). */
export function treeRowKey(parentId: number | null, index: number, item: Listed<Entity>): string {
  return isUnreadable(item) ? `unreadable:${listKey(parentId)}:${index}` : `entity:${item.id}`;
}

/**
 * The rows of one list and, in place, of its open entities' lists. Kept between flattenings: while
 * nothing it was made from changed, it is used as it is, rows and all.
 */
type Segment = {
  list: ChildList | undefined;
  level: number;
  mayHaveChildren: FlattenInput['mayHaveChildren'];
  isShown: FlattenInput['isShown'];
  /** The open entities of this list: the list each one had, and the rows placed below it. */
  open: Map<number, { list: ChildList | undefined; segment: Segment | null }>;
  /** This list's own rows by position in the list (hidden items have none), to reuse row objects. */
  own: (TreeRow | undefined)[];
  /** The status or load-more row at its end, if any. */
  tail: TreeRow | undefined;
  /** Ids of the entities of this list that could be opened; made when first asked. */
  openable: Set<number> | undefined;
  rows: TreeRow[];
  isLoading: boolean;
};

/** `previous` when it has exactly the fields of `next`: row components compare rows by identity. */
function reuse<T extends TreeRow>(previous: TreeRow | undefined, next: T): T {
  if (!previous || previous.kind !== next.kind) return next;
  const before = previous as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  for (const field in after) if (before[field] !== after[field]) return next;
  return previous as T;
}

function openableIds(segment: Segment): Set<number> {
  if (segment.openable) return segment.openable;
  const ids = new Set<number>();
  for (const item of segment.list?.entities ?? [])
    if (!isUnreadable(item) && segment.isShown(item) && segment.mayHaveChildren(item)) ids.add(item.id);
  segment.openable = ids;
  return ids;
}

/**
 * Flattens the tree again and again as it changes, redoing only the lists that changed: a list
 * whose data, open entities and rules are as before keeps its rows (the same objects), and an
 * ancestor of a changed list only copies its rows again. One flattener per tree.
 */
export function createTreeFlattener() {
  let segments = new Map<number | null, Segment>();
  let previousExpanded: ReadonlySet<number> = new Set();

  return function flatten(input: FlattenInput): FlatTree {
    const { childrenOf, expanded, mayHaveChildren, isShown } = input;
    // Entities opened or closed since last time: the segments holding them change.
    const toggled: number[] = [];
    for (const id of expanded) if (!previousExpanded.has(id)) toggled.push(id);
    for (const id of previousExpanded) if (!expanded.has(id)) toggled.push(id);
    const next = new Map<number | null, Segment>();

    const isCurrent = (segment: Segment, list: ChildList | undefined, level: number): boolean => {
      if (segment.list !== list || segment.level !== level) return false;
      if (segment.mayHaveChildren !== mayHaveChildren || segment.isShown !== isShown) return false;
      if (toggled.length > 0) {
        const openable = openableIds(segment);
        if (toggled.some((id) => openable.has(id))) return false;
      }
      // Every open entity's list (and so the rows below it) must be as before too.
      let current = true;
      for (const [id, open] of segment.open) {
        const childList = childrenOf(id);
        if (childList !== open.list) return false;
        if (open.segment && segmentOf(id, childList, level + 1) !== open.segment) current = false;
      }
      return current;
    };

    const segmentOf = (parentId: number | null, list: ChildList | undefined, level: number): Segment => {
      const built = next.get(parentId);
      if (built) return built;
      const previous = segments.get(parentId);
      if (previous && isCurrent(previous, list, level)) {
        next.set(parentId, previous);
        return previous;
      }
      const segment = buildSegment(parentId, list, level, previous);
      next.set(parentId, segment);
      return segment;
    };

    const buildSegment = (
      parentId: number | null,
      list: ChildList | undefined,
      level: number,
      previous: Segment | undefined,
    ): Segment => {
      const segment: Segment = {
        list,
        level,
        mayHaveChildren,
        isShown,
        open: new Map(),
        own: [],
        tail: undefined,
        openable: undefined,
        rows: [],
        isLoading: false,
      };
      const { rows, own } = segment;
      // Rows are reused only where they stood in the same list (a list's items keep their places).
      const before = previous && previous.level === level ? previous : undefined;
      if (!list || (list.status !== 'success' && list.entities.length === 0)) {
        const state = list?.status === 'error' ? 'error' : 'loading';
        segment.tail = reuse(before?.tail, {
          kind: 'status',
          key: `status:${listKey(parentId)}`,
          parentId,
          level,
          state,
          error: list?.error,
        });
        segment.isLoading = state === 'loading';
        rows.push(segment.tail);
        return segment;
      }
      const { entities, total } = list;
      for (let index = 0; index < entities.length; index++) {
        const item = entities[index] as Listed<Entity>;
        const position = index + 1;
        if (isUnreadable(item)) {
          // Its type is unknown, so no type filter can tell it away.
          const row = reuse(before?.own[index], {
            kind: 'unreadable',
            key: treeRowKey(parentId, index, item),
            item,
            level,
            parentId,
            position,
            setSize: total,
          });
          own[index] = row;
          rows.push(row);
          continue;
        }
        const entity = item;
        if (!isShown(entity)) continue;
        const maybe = mayHaveChildren(entity);
        const isOpen = maybe && expanded.has(entity.id);
        const children = isOpen ? childrenOf(entity.id) : undefined;
        const knownLeaf = children?.status === 'success' && children.total === 0;
        const expandable = maybe && !knownLeaf;
        const isExpanded = isOpen && !knownLeaf;
        const row = reuse(before?.own[index], {
          kind: 'entity',
          key: `entity:${entity.id}`,
          entity,
          level,
          parentId,
          expandable,
          expanded: isExpanded,
          position,
          setSize: total,
        });
        own[index] = row;
        rows.push(row);
        if (!isOpen) continue;
        if (!isExpanded) {
          segment.open.set(entity.id, { list: children, segment: null });
          continue;
        }
        const below = segmentOf(entity.id, children, level + 1);
        segment.open.set(entity.id, { list: children, segment: below });
        for (const childRow of below.rows) rows.push(childRow);
        if (below.isLoading) segment.isLoading = true;
      }
      if (list.hasMore || (list.status === 'error' && entities.length > 0)) {
        segment.tail = reuse(before?.tail, {
          kind: 'more',
          key: `more:${listKey(parentId)}`,
          parentId,
          level,
          loaded: entities.length,
          total: list.total,
          loading: list.isFetching,
          error: list.status === 'error' ? list.error : null,
        });
        rows.push(segment.tail);
      }
      return segment;
    };

    const top = segmentOf(null, input.roots, 1);
    segments = next;
    previousExpanded = expanded;
    return { rows: top.rows, isLoading: top.isLoading };
  };
}

/**
 * The visible rows of the tree, in order: one flat list that the virtualizer renders a window of.
 * Linear in the number of loaded rows under expanded nodes.
 */
export function flattenTree(input: FlattenInput): TreeRow[] {
  return createTreeFlattener()(input).rows;
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

import { appendPath, type JsonPath } from '../format-path';
import { diffJson } from '../json-diff/diff-json';
import { matchLabel } from '../json-diff/diff-path';
import type { MatchedSegment } from '../json-diff/diff-types';
import { itemsByKey, sharedArrayKey } from './array-identity';
import { deepEqual } from './deep-equal';
import { editsInPlace } from './edits-in-place';
import { Fingerprints } from './fingerprint';
import type { MergeConflict } from './merge';
import { isReordered, mergeOrder, sameRelativeOrder } from './merge-order';
import { setOwn } from './update-at';

/** Marks a side that does not have the node (`undefined` could be a value). */
const ABSENT = Symbol('absent');
/** `visit` opened a frame: the node's value comes when its children are done. */
const OPENED = Symbol('opened');

type Rec = Record<string, unknown>;
/** One node to merge: its three versions, its key in the parent (none in an array) and its pathText. */
type Child = { key?: string; text: string; b: unknown; m: unknown; t: unknown };
/** An open container being rebuilt; its children are merged one at a time, depth first. */
type Frame = { out: Rec | unknown[]; children: Child[]; i: number; current?: Child };

const isPlainObject = (value: unknown): value is Rec =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isContainer = (value: unknown) => typeof value === 'object' && value !== null;
const own = (object: unknown, key: string) =>
  object !== ABSENT && Object.hasOwn(object as Rec, key) ? (object as Rec)[key] : ABSENT;
const orAbsent = (value: unknown) => (value === ABSENT ? undefined : value);

/**
 * The three-way merge proper (rules on `threeWayMerge`). Walks the three documents together with an
 * explicit stack, like the structural diff, so no nesting depth overflows the call stack; conflicts
 * and the one-sided changes are collected in document order of the merged result.
 */
export class MergeWalker {
  readonly conflicts: MergeConflict[] = [];
  readonly theirsApplied: string[] = [];
  readonly mineKept: string[] = [];
  private readonly path: JsonPath = [];
  private readonly stack: Frame[] = [];
  private readonly hashes = new Fingerprints();

  run(base: unknown, mine: unknown, theirs: unknown): unknown {
    let result = this.visit({ text: '', b: base, m: mine, t: theirs });
    while (this.stack.length > 0) {
      const frame = this.stack[this.stack.length - 1] as Frame;
      const child = frame.children[frame.i++];
      if (child) {
        frame.current = child;
        this.path.push(child.key ?? (frame.out as unknown[]).length);
        const merged = this.visit(child);
        if (merged === OPENED) continue;
        this.path.pop();
        this.deliver(frame, merged);
        continue;
      }
      this.stack.pop();
      const parent = this.stack[this.stack.length - 1];
      if (!parent) result = frame.out;
      else {
        this.path.pop();
        this.deliver(parent, frame.out);
      }
    }
    return result;
  }

  private deliver(frame: Frame, merged: unknown) {
    if (merged === ABSENT) return;
    if (Array.isArray(frame.out)) frame.out.push(merged);
    else setOwn(frame.out, frame.current?.key as string, merged);
  }

  private same(a: unknown, b: unknown): boolean {
    if (a === b) return true;
    if (a === ABSENT || b === ABSENT || this.hashes.of(a) !== this.hashes.of(b)) return false;
    return deepEqual(a, b);
  }

  /** Decides a node: returns its merged value (maybe ABSENT), or OPENED when its children decide. */
  private visit({ text, b, m, t }: Child): unknown {
    if (this.same(m, t)) return m;
    if (this.same(b, m)) return this.taken(this.theirsApplied, b, t, text);
    if (this.same(b, t)) return this.taken(this.mineKept, b, m, text);
    // Both changed it. A base of another kind says nothing about the children: treat it as absent.
    let children: Child[] | null = null;
    if (isPlainObject(m) && isPlainObject(t))
      children = objectChildren(isPlainObject(b) ? b : ABSENT, m, t, text);
    else if (Array.isArray(m) && Array.isArray(t)) children = this.arrayChildren(b, m, t, text);
    if (children) {
      this.stack.push({ out: isPlainObject(m) ? {} : [], children, i: 0 });
      return OPENED;
    }
    this.conflicts.push({
      path: this.path.slice(),
      pathText: text,
      base: orAbsent(b),
      mine: orAbsent(m),
      theirs: orAbsent(t),
    });
    return m;
  }

  /** A one-sided change, taken whole; listed at the finest paths the structural diff sees in it. */
  private taken(list: string[], from: unknown, to: unknown, text: string): unknown {
    const entries = diffJson(orAbsent(from), orAbsent(to));
    // No entries: only keyed items moved, which the diff does not report.
    if (entries.length === 0) list.push(text);
    for (const entry of entries) list.push(extendPathText(text, entry.path, entry.matchedBy));
    return to;
  }

  /**
   * Arrays whose items all three versions identify by one key (`sharedArrayKey`) merge item by item
   * whatever their positions. Without a key, items that are objects or arrays have no identity: the
   * same index may hold another item on each side (one deleted a point, the other edited the next),
   * so pairing by position could write my edit into their item, silently. Such an array, changed by
   * both, is one conflict (null here) that the person resolves whole. Arrays of scalars merge index by
   * index (a position is all a scalar has: a vector, a row of levels) when each side only replaced
   * values where they stood (`editsInPlace`); after an insertion or a removal, or a shift that kept the
   * length, index i is not the same value on each side, and the whole array is one conflict.
   */
  private arrayChildren(b: unknown, m: unknown[], t: unknown[], text: string): Child[] | null {
    const base = Array.isArray(b) ? b : null;
    const key = sharedArrayKey(base ? [base, m, t] : [m, t]);
    if (key) return this.keyedChildren(base ?? [], m, t, key, text);
    if (m.length !== t.length || (base && base.length !== m.length)) return null;
    if ([base ?? [], m, t].some((items) => items.some(isContainer))) return null;
    if (base && !(editsInPlace(base, m) && editsInPlace(base, t))) return null;
    return m.map((item, i) => ({ text: appendPath(text, i), b: base ? base[i] : ABSENT, m: item, t: t[i] }));
  }

  /**
   * Items pair up by key value, so their changes merge like object keys do (an item deleted on one side
   * and changed on the other is a conflict at that item). Order: theirs, with items only I have placed
   * after their predecessor in mine (`mergeOrder`); but when only I moved items, mine, with theirs
   * placed the same way. Moves on both sides that disagree make the whole array one conflict.
   */
  private keyedChildren(base: unknown[], m: unknown[], t: unknown[], key: string, text: string) {
    const ids = (items: unknown[]) => items.map((item) => (item as Rec)[key]);
    const [baseIds, mineIds, theirIds] = [ids(base), ids(m), ids(t)];
    const mineMoved = isReordered(baseIds, mineIds);
    const theirsMoved = isReordered(baseIds, theirIds);
    if (mineMoved && theirsMoved && !sameRelativeOrder(mineIds, theirIds)) return null;
    if (mineMoved !== theirsMoved) (mineMoved ? this.mineKept : this.theirsApplied).push(text);
    const order = mineMoved && !theirsMoved ? mergeOrder(mineIds, theirIds) : mergeOrder(theirIds, mineIds);
    const [byB, byM, byT] = [itemsByKey(base, key), itemsByKey(m, key), itemsByKey(t, key)];
    const pick = (items: Map<unknown, unknown>, id: unknown) => (items.has(id) ? items.get(id) : ABSENT);
    return order.map((id) => ({
      text: `${text}${matchLabel({ at: 0, key, value: id as string | number })}`,
      b: pick(byB, id),
      m: pick(byM, id),
      t: pick(byT, id),
    }));
  }
}

/** Keys in theirs' order, with keys only I have placed after their predecessor in mine. */
function objectChildren(b: Rec | typeof ABSENT, m: Rec, t: Rec, text: string): Child[] {
  return mergeOrder(Object.keys(t), Object.keys(m)).map((key) => ({
    key,
    text: appendPath(text, key),
    b: own(b, key),
    m: own(m, key),
    t: own(t, key),
  }));
}

/** `prefix` followed by a diff entry's path, keyed items by identity as the revision diff shows them. */
function extendPathText(prefix: string, path: JsonPath, matchedBy?: MatchedSegment[]): string {
  let text = prefix;
  for (let i = 0; i < path.length; i++) {
    const match = matchedBy?.find((m) => m.at === i);
    text = match ? `${text}${matchLabel(match)}` : appendPath(text, path[i] as string | number);
  }
  return text;
}

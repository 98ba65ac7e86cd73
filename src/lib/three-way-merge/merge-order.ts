/**
 * The order of a merged list of identities (object keys, or the key values of array items).
 *
 * The `skeleton` side's order is kept as it is; every identity only the `other` side has is placed
 * right after its nearest predecessor in `other` (the previous identity there that the skeleton also
 * has), or at the front when it has none. So a layer I inserted below Clay stays below Clay, even when
 * they inserted layers above it, and several items I inserted in a row stay together in my order.
 * Identities in neither list (deleted on both sides) do not appear.
 */
export function mergeOrder<T>(skeleton: readonly T[], other: readonly T[]): T[] {
  const inSkeleton = new Set(skeleton);
  const front: T[] = [];
  const after = new Map<T, T[]>();
  let anchor: T | undefined;
  let anchored = false;
  for (const id of other) {
    if (inSkeleton.has(id)) {
      anchor = id;
      anchored = true;
    } else if (!anchored) {
      front.push(id);
    } else {
      const bucket = after.get(anchor as T);
      if (bucket) bucket.push(id);
      else after.set(anchor as T, [id]);
    }
  }
  const order = front;
  for (const id of skeleton) {
    order.push(id);
    const bucket = after.get(id);
    if (bucket) order.push(...bucket);
  }
  return order;
}

/** Did `side` move any of the identities it shares with `base` relative to each other? */
export function isReordered<T>(base: readonly T[], side: readonly T[]): boolean {
  return !sameRelativeOrder(base, side);
}

/** Do the identities the two lists share come in the same order in both? */
export function sameRelativeOrder<T>(a: readonly T[], b: readonly T[]): boolean {
  const inA = new Set(a);
  const inB = new Set(b);
  const sharedA = a.filter((id) => inB.has(id));
  const sharedB = b.filter((id) => inA.has(id));
  return sharedA.every((id, i) => id === sharedB[i]);
}

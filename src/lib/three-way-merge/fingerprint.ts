type Rec = Record<string, unknown>;

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

function hashString(text: string, seed: number): number {
  let h = seed ^ 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const mix = (h: number, value: number) => Math.imul(h ^ value, 0x9e3779b1) >>> 0;

function primitiveHash(value: unknown): number {
  // Tagged by type so 1 and "1" differ; String(-0) is "0" and NaN hashes as itself, as deepEqual has it.
  return hashString(`${typeof value}:${String(value)}`, 7);
}

/**
 * 32-bit structural hashes of JSON values, consistent with `deepEqual` (object key order does not
 * count). Different hashes prove two values differ in constant time; equal ones still need deepEqual.
 * Without this, asking "did this side change this subtree?" at every level of a deep document would
 * compare the same leaves once per level. Cached per object for one merge only: a caller may mutate its
 * documents between merges.
 */
export class Fingerprints {
  private readonly cache = new WeakMap<object, number>();

  of(value: unknown): number {
    if (!isObject(value)) return primitiveHash(value);
    const known = this.cache.get(value);
    if (known !== undefined) return known;
    // Post-order with an explicit stack: children first, any depth.
    const stack: [object, boolean][] = [[value, false]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as [object, boolean];
      const [node, expanded] = top;
      if (this.cache.has(node)) {
        stack.pop();
      } else if (!expanded) {
        top[1] = true;
        for (const child of Object.values(node)) {
          if (isObject(child) && !this.cache.has(child)) stack.push([child, false]);
        }
      } else {
        stack.pop();
        this.cache.set(node, this.combine(node));
      }
    }
    return this.cache.get(value) as number;
  }

  private combine(node: object): number {
    if (Array.isArray(node)) {
      let h = hashString('array', node.length);
      for (const item of node) h = mix(h, this.of(item));
      return h;
    }
    // A sum is blind to key order.
    let sum = 0;
    for (const [key, child] of Object.entries(node as Rec))
      sum = (sum + mix(hashString(key, 3), this.of(child))) >>> 0;
    return mix(hashString('object', Object.keys(node).length), sum);
  }
}

type Rec = Record<string, unknown>;

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/**
 * JSON equality: arrays in order, objects by their own keys whatever the key order (the server may
 * return keys in another order than the editor wrote them, and that is not a change). Walks with an
 * explicit stack so a deeply nested document cannot overflow the call stack.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  const stack: [unknown, unknown][] = [[a, b]];
  while (stack.length > 0) {
    const [x, y] = stack.pop() as [unknown, unknown];
    if (x === y || (Number.isNaN(x) && Number.isNaN(y))) continue;
    if (!isObject(x) || !isObject(y)) return false;
    if (Array.isArray(x)) {
      if (!Array.isArray(y) || x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) stack.push([x[i], y[i]]);
      continue;
    }
    if (Array.isArray(y)) return false;
    const keys = Object.keys(x);
    if (keys.length !== Object.keys(y).length) return false;
    for (const key of keys) {
      if (!Object.hasOwn(y, key)) return false;
      stack.push([(x as Rec)[key], (y as Rec)[key]]);
    }
  }
  return true;
}

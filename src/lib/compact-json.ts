/**
 * JSON text of a value, cut after `max` characters. Table cells preview nested objects with it; a plain
 * JSON.stringify would serialise a whole subtree (possibly megabytes) only to show 40 characters.
 */
export function compactJson(value: unknown, max = 200): string {
  const parts: string[] = [];
  let length = 0;
  const push = (text: string) => {
    parts.push(text);
    length += text.length;
    return length <= max;
  };

  const write = (node: unknown): boolean => {
    if (node === null || typeof node !== 'object') return push(primitiveJson(node, max));
    if (Array.isArray(node)) {
      if (!push('[')) return false;
      for (let i = 0; i < node.length; i++) {
        if (i > 0 && !push(',')) return false;
        if (!write(node[i])) return false;
      }
      return push(']');
    }
    if (!push('{')) return false;
    let first = true;
    for (const key in node) {
      if (!Object.hasOwn(node, key)) continue;
      if (!first && !push(',')) return false;
      first = false;
      if (!push(`${JSON.stringify(key)}:`)) return false;
      if (!write((node as Record<string, unknown>)[key])) return false;
    }
    return push('}');
  };

  write(value);
  // Writing stops as soon as the text passes `max`, so a longer text is always a cut one.
  const text = parts.join('');
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

function primitiveJson(value: unknown, max: number): string {
  // A long string is quoted only as far as it can show; the cut keeps it over `max`, so it reads as cut.
  if (typeof value === 'string') return JSON.stringify(value.length > max ? value.slice(0, max + 1) : value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return String(value);
  return 'null';
}

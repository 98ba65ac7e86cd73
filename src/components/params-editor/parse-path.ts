import type { JsonPath } from '../../lib/format-path';

const IDENTIFIER = /[A-Za-z_$][\w$]*/y;
const INDEX = /\[(0|[1-9]\d*)\]/y;
const QUOTED = /\[("(?:[^"\\]|\\.)*")\]/y;

/**
 * The inverse of `formatPath`: `soil.layers[2].phi` → ['soil', 'layers', 2, 'phi'], `loads["Fz (kN)"]`
 * → ['loads', 'Fz (kN)']. Server errors arrive keyed by these strings; the segments tell whether the
 * field exists in the document and which sections hold it. Null for anything formatPath never makes.
 */
export function parsePath(text: string): JsonPath | null {
  const path: JsonPath = [];
  let at = 0;
  while (at < text.length) {
    if (text[at] === '[') {
      const index = match(INDEX, text, at);
      const quoted = index ? null : match(QUOTED, text, at);
      if (index) path.push(Number(index[1]));
      else if (quoted) path.push(JSON.parse(quoted[1] as string) as string);
      else return null;
      at += (index ?? quoted)?.[0].length ?? 0;
      continue;
    }
    if (path.length > 0) {
      if (text[at] !== '.') return null;
      at++;
    }
    const name = match(IDENTIFIER, text, at);
    if (!name) return null;
    path.push(name[0]);
    at += name[0].length;
  }
  return path.length > 0 ? path : null;
}

function match(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

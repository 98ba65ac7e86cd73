export type JsonPath = (string | number)[];

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** One segment appended to an already formatted path, so a walk never re-formats the whole path. */
export function appendPath(formatted: string, segment: string | number): string {
  if (typeof segment === 'number') return `${formatted}[${segment}]`;
  if (IDENTIFIER.test(segment)) return formatted ? `${formatted}.${segment}` : segment;
  // JSON quoting keeps the string unambiguous: `["2"]` (a key) never reads as `[2]` (an index).
  return `${formatted}[${JSON.stringify(segment)}]`;
}

/**
 * `soil.layers[2].phi`; keys that are not identifiers are quoted: `loads["Fz (kN)"]`.
 * The same string identifies a node in the expanded set and in `highlightPaths`.
 */
export function formatPath(path: JsonPath): string {
  let formatted = '';
  for (const segment of path) formatted = appendPath(formatted, segment);
  return formatted;
}

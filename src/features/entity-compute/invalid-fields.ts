import { formatPath, type JsonPath } from '../../components/json-viewer/json-viewer';

export type InvalidField = { path: string; highlightPath: string; message: string };

function messageText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(messageText).join(' ');
  return JSON.stringify(value);
}

/**
 * VIKTOR names fields `soil.layers[1].phi`, but dotted indexes (`soil.layers.1.phi`) occur too. The
 * viewer names nodes its own way (brackets for indexes, quotes for odd keys), so the path is split
 * into segments, a numeric one counting as an index wherever the params hold an array there.
 */
export function toHighlightPath(params: unknown, path: string): string {
  const segments: JsonPath = [];
  let value = params;
  for (const part of path.split('.')) {
    const [, name = part, indexes = ''] = /^([^[]*)((?:\[\d+\])*)$/.exec(part) ?? [];
    const isIndex = Array.isArray(value) && /^\d+$/.test(name);
    segments.push(isIndex ? Number(name) : name);
    value =
      value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined;
    for (const [, index] of indexes.matchAll(/\[(\d+)\]/g)) {
      segments.push(Number(index));
      value = Array.isArray(value) ? value[Number(index)] : undefined;
    }
  }
  return formatPath(segments);
}

/** `invalid_fields` maps a param path to a message (or, tolerated, a list of them). */
export function listInvalidFields(invalidFields: object | null | undefined, params: unknown): InvalidField[] {
  return Object.entries(invalidFields ?? {}).map(([path, message]) => ({
    path,
    highlightPath: toHighlightPath(params, path),
    message: messageText(message),
  }));
}

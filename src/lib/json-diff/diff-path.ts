import { appendPath, type JsonPath } from '../format-path';
import type { MatchedSegment } from './diff-types';

// One path formatter for the viewer and the diff: the same string identifies a node in both.
export { appendPath, formatPath } from '../format-path';

/** `layers[name=Clay]`: a keyed item by what identifies it, not by an index that may have moved. */
export function matchLabel(match: MatchedSegment): string {
  const value =
    typeof match.value === 'string' && /^[^\]\s=]+$/.test(match.value)
      ? match.value
      : JSON.stringify(match.value);
  return `[${match.key}=${value}]`;
}

/** The label of a path's last segment in a row: a key, `[3]`, or `[name=Clay]`. */
export function segmentLabel(segment: string | number, match?: MatchedSegment): string {
  if (typeof segment === 'string') return segment;
  return match ? matchLabel(match) : `[${segment}]`;
}

/** `soil.layers[name=Clay].phi`; without matches it equals `formatPath(path)`. */
export function formatDiffPath(path: JsonPath, matchedBy?: MatchedSegment[]): string {
  let formatted = '';
  for (let i = 0; i < path.length; i++) {
    const segment = path[i] as string | number;
    const match = matchedBy?.find((m) => m.at === i);
    formatted = match ? `${formatted}${matchLabel(match)}` : appendPath(formatted, segment);
  }
  return formatted;
}

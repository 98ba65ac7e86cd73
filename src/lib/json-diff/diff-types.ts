import type { JsonPath } from '../format-path';

export type { JsonPath };

export type DiffOptions = {
  /** Numbers whose |new-old| <= tolerance are treated as equal (e.g. 1e-9 float noise). Default 0. */
  tolerance?: number;
  /**
   * How to match array items that are objects: by the first of these keys present on all items of both
   * arrays with unique values (default ['id', 'name', 'key', 'uid']); a user may pick one explicitly.
   * 'position' = by index.
   */
  arrayKeys?: string[] | 'position';
};

/**
 * An array item matched by key: `path[at]` is its index (in `after`, or in `before` for a removed item)
 * and `item[key] === value`. Lets a UI write `layers[name=Clay].phi` instead of an index that moved.
 */
export type MatchedSegment = { at: number; key: string; value: string | number };

type Located = { path: JsonPath; matchedBy?: MatchedSegment[] };

/** `delta` is a bigint when the values are (integers beyond 2^53): exact, however large. */
export type NumericChange = { delta: number | bigint; percent: number | null };

export type DiffEntry = Located &
  (
    | { kind: 'added'; value: unknown }
    | { kind: 'removed'; value: unknown }
    | { kind: 'changed'; from: unknown; to: unknown; numeric?: NumericChange }
    | { kind: 'type-changed'; from: unknown; to: unknown; fromType: string; toType: string }
  );

export type DiffKind = DiffEntry['kind'];

export type DiffCounts = { added: number; removed: number; changed: number; typeChanged: number };

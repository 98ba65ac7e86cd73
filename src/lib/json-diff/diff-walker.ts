import type { JsonPath } from '../format-path';
import { pickArrayKey } from './array-match';
import { bigintChange } from './bigint-change';
import type { DiffEntry, MatchedSegment } from './diff-types';

type Rec = Record<string, unknown>;

/**
 * An open container pair and how far its children have been compared. Walking with an explicit stack of
 * these (instead of recursion) keeps document order and survives any nesting depth.
 */
type Frame =
  | { kind: 'object'; a: Rec; b: Rec; aKeys: string[]; bKeys: string[]; i: number; popMatch: boolean }
  | { kind: 'array'; a: unknown[]; b: unknown[]; i: number; popMatch: boolean }
  | {
      kind: 'keyed';
      a: Rec[];
      b: Rec[];
      key: string;
      beforeIndex: Map<unknown, number>;
      matched: Uint8Array;
      i: number;
      popMatch: boolean;
    };

export function valueType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  // An integer beyond 2^53 is read as a bigint: still a number to whoever reads the diff.
  return typeof value === 'bigint' ? 'number' : typeof value;
}

export class DiffWalker {
  readonly out: DiffEntry[] = [];
  // Shared, mutated in place: entries copy them, so a walk allocates paths only for what it reports.
  private readonly path: JsonPath = [];
  private readonly matches: MatchedSegment[] = [];
  private readonly stack: Frame[] = [];

  constructor(
    private readonly tolerance: number,
    private readonly arrayKeys: readonly string[] | null,
  ) {}

  run(before: unknown, after: unknown): DiffEntry[] {
    if (!this.open(before, after, false)) this.compareLeaf(before, after);
    while (this.stack.length > 0) {
      const frame = this.stack[this.stack.length - 1] as Frame;
      const opened =
        frame.kind === 'object'
          ? this.stepObject(frame)
          : frame.kind === 'array'
            ? this.stepArray(frame)
            : this.stepKeyed(frame);
      if (opened) continue;
      this.stack.pop();
      // The root frame has no segment of its own; every other frame owns the last one.
      if (this.stack.length > 0) this.path.pop();
      if (frame.popMatch) this.matches.pop();
    }
    return this.out;
  }

  /** Compares the pair under `segment`; returns true when it opened a frame (which then owns the segment). */
  private visit(a: unknown, b: unknown, segment: string | number, match?: MatchedSegment): boolean {
    if (a === b) return false;
    this.path.push(segment);
    if (match) this.matches.push(match);
    if (this.open(a, b, match !== undefined)) return true;
    this.compareLeaf(a, b);
    this.path.pop();
    if (match) this.matches.pop();
    return false;
  }

  private open(a: unknown, b: unknown, popMatch: boolean): boolean {
    if (a === b || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    const aIsArray = Array.isArray(a);
    if (aIsArray !== Array.isArray(b)) return false;
    if (!aIsArray) {
      this.stack.push({
        kind: 'object',
        a: a as Rec,
        b: b as Rec,
        aKeys: Object.keys(a),
        bKeys: Object.keys(b),
        i: 0,
        popMatch,
      });
      return true;
    }
    const [before, after] = [a as unknown[], b as unknown[]];
    const picked = this.arrayKeys ? pickArrayKey(before, after, this.arrayKeys) : null;
    if (!picked) {
      this.stack.push({ kind: 'array', a: before, b: after, i: 0, popMatch });
      return true;
    }
    const matched = new Uint8Array(before.length);
    this.stack.push({
      kind: 'keyed',
      a: before as Rec[],
      b: after as Rec[],
      ...picked,
      matched,
      i: 0,
      popMatch,
    });
    return true;
  }

  private stepObject(f: Extract<Frame, { kind: 'object' }>): boolean {
    const nb = f.bKeys.length;
    const total = nb + f.aKeys.length;
    while (f.i < total) {
      const i = f.i++;
      if (i < nb) {
        const key = f.bKeys[i] as string;
        if (!Object.hasOwn(f.a, key)) this.emitAt(key, { kind: 'added', value: f.b[key] });
        else if (this.visit(f.a[key], f.b[key], key)) return true;
      } else {
        const key = f.aKeys[i - nb] as string;
        if (!Object.hasOwn(f.b, key)) this.emitAt(key, { kind: 'removed', value: f.a[key] });
      }
    }
    return false;
  }

  private stepArray(f: Extract<Frame, { kind: 'array' }>): boolean {
    const total = Math.max(f.a.length, f.b.length);
    while (f.i < total) {
      const i = f.i++;
      if (i >= f.a.length) this.emitAt(i, { kind: 'added', value: f.b[i] });
      else if (i >= f.b.length) this.emitAt(i, { kind: 'removed', value: f.a[i] });
      else if (this.visit(f.a[i], f.b[i], i)) return true;
    }
    return false;
  }

  /** `after` items in order (added or compared with their partner), then the `before` items left unpaired. */
  private stepKeyed(f: Extract<Frame, { kind: 'keyed' }>): boolean {
    const nb = f.b.length;
    const total = nb + f.a.length;
    while (f.i < total) {
      const i = f.i++;
      const index = i < nb ? i : i - nb;
      if (i >= nb && f.matched[index]) continue;
      const item = i < nb ? (f.b[i] as Rec) : (f.a[index] as Rec);
      const match = { at: this.path.length, key: f.key, value: item[f.key] as string | number };
      if (i >= nb) {
        this.emitAt(index, { kind: 'removed', value: item }, match);
        continue;
      }
      const partner = f.beforeIndex.get(match.value);
      if (partner === undefined) {
        this.emitAt(index, { kind: 'added', value: item }, match);
        continue;
      }
      f.matched[partner] = 1;
      if (this.visit(f.a[partner], item, index, match)) return true;
    }
    return false;
  }

  private compareLeaf(a: unknown, b: unknown) {
    if (a === b) return;
    const fromType = valueType(a);
    const toType = valueType(b);
    if (fromType !== toType) {
      this.emit({ kind: 'type-changed', from: a, to: b, fromType, toType });
    } else if (typeof a === 'bigint' || typeof b === 'bigint') {
      const change = bigintChange(a as number | bigint, b as number | bigint, this.tolerance);
      if (change) this.emit(change);
    } else if (typeof a === 'number' && typeof b === 'number') {
      if (Number.isNaN(a) && Number.isNaN(b)) return;
      const delta = b - a;
      if (Math.abs(delta) <= this.tolerance) return;
      // Infinity or NaN on either side: no arithmetic to show, only the two values.
      if (!Number.isFinite(delta)) return this.emit({ kind: 'changed', from: a, to: b });
      const percent = a === 0 ? null : (delta / Math.abs(a)) * 100;
      this.emit({ kind: 'changed', from: a, to: b, numeric: { delta, percent } });
    } else {
      this.emit({ kind: 'changed', from: a, to: b });
    }
  }

  private emitAt(segment: string | number, body: DistributiveOmit, match?: MatchedSegment) {
    this.path.push(segment);
    if (match) this.matches.push(match);
    this.emit(body);
    this.path.pop();
    if (match) this.matches.pop();
  }

  private emit(body: DistributiveOmit) {
    const entry = { ...body, path: this.path.slice() } as DiffEntry;
    if (this.matches.length > 0) entry.matchedBy = this.matches.slice();
    this.out.push(entry);
  }
}

type DistributiveOmit = DiffEntry extends infer E
  ? E extends DiffEntry
    ? Omit<E, 'path' | 'matchedBy'>
    : never
  : never;

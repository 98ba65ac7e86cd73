import { diffWordsWithSpace } from 'diff';

export type TextPart = { kind: 'same' | 'added' | 'removed'; text: string };

/** Below this, showing old and new side by side reads better than marking words inside them. */
export const INLINE_TEXT_MIN_LENGTH = 40;

// Word diffs are O(N·D): two long, unrelated texts could stall the page, so give up and show them whole.
const TIMEOUT_MS = 150;

export function wantsInlineDiff(from: unknown, to: unknown): from is string {
  return (
    typeof from === 'string' &&
    typeof to === 'string' &&
    from.length > INLINE_TEXT_MIN_LENGTH &&
    to.length > INLINE_TEXT_MIN_LENGTH
  );
}

/** Word-level parts of a long string change (whitespace kept, so joining a side's parts restores it). */
export function inlineTextDiff(a: string, b: string): TextPart[] {
  if (a === b) return a ? [{ kind: 'same', text: a }] : [];
  const changes = diffWordsWithSpace(a, b, { timeout: TIMEOUT_MS });
  if (!changes) {
    const whole: TextPart[] = [];
    if (a) whole.push({ kind: 'removed', text: a });
    if (b) whole.push({ kind: 'added', text: b });
    return whole;
  }
  return changes.map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

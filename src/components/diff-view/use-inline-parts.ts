import { useEffect, useState } from 'react';
import { inlineDiffInWorker, type TextPart } from '../../lib/json-diff/diff-client';

type RowText = { from: string; to: string };

// By the row's text object (one per diff result): a row scrolled out and back in shows its parts at
// once, and a diff that is dropped takes its parts with it.
const done = new WeakMap<RowText, TextPart[]>();
const asked = new WeakMap<RowText, Promise<TextPart[]>>();

function partsOf(text: RowText): Promise<TextPart[]> {
  let promise = asked.get(text);
  if (!promise) {
    promise = inlineDiffInWorker(text).then((parts) => {
      done.set(text, parts);
      return parts;
    });
    // A failed worker is asked again next time; meanwhile the row keeps showing old and new whole.
    promise.catch(() => asked.delete(text));
    asked.set(text, promise);
  }
  return promise;
}

/**
 * The word-level parts of a row's long text change, computed in the diff worker once the row is
 * rendered (so only for rows on screen); `undefined` until they arrive.
 */
export function useInlineParts(text: RowText | undefined): TextPart[] | undefined {
  const [arrived, setArrived] = useState<{ text: RowText; parts: TextPart[] } | null>(null);
  const known = text ? done.get(text) : undefined;
  useEffect(() => {
    if (!text || known) return;
    let mounted = true;
    partsOf(text).then(
      (parts) => {
        if (mounted) setArrived({ text, parts });
      },
      () => {},
    );
    return () => {
      mounted = false;
    };
  }, [text, known]);
  if (!text) return undefined;
  return known ?? (arrived?.text === text ? arrived.parts : undefined);
}

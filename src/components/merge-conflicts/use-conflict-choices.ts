import { useState } from 'react';
import { parseJson, stringifyJson } from '../../lib/exact-json';
import type { MergeConflict, MergeResult, Resolution } from '../../lib/three-way-merge/merge';

export type Choice = 'mine' | 'theirs' | 'custom';

type State = {
  result: MergeResult;
  /** By pathText; a conflict without an entry has no choice yet (none is preselected). */
  choices: Record<string, Choice>;
  /** The JSON text of each custom value, kept when the user switches away and back. */
  drafts: Record<string, string>;
};

export type CustomCheck = { value: unknown } | { error: string };

/** A custom value is JSON text; anything else is refused with a reason the engineer can act on. */
export function parseCustom(text: string): CustomCheck {
  if (text.trim() === '')
    return { error: 'Enter a value as JSON, e.g. 12.5, "Clay", true, null or {"a": 1}.' };
  try {
    return { value: parseJson(text) };
  } catch {
    return { error: 'Not valid JSON: text needs "double quotes", objects {"key": value}, lists [1, 2].' };
  }
}

/** What the editor starts from: my value, or theirs when I deleted it. */
function initialDraft(conflict: MergeConflict): string {
  const start = conflict.mine ?? conflict.theirs ?? conflict.base ?? null;
  return stringifyJson(start, 2);
}

const fresh = (result: MergeResult): State => ({ result, choices: {}, drafts: {} });

/**
 * The user's choice per conflict and the resolutions they add up to (null until every conflict has a
 * valid choice). A new merge result (they saved again meanwhile) starts over: earlier choices were made
 * against other values.
 */
export function useConflictChoices(result: MergeResult) {
  const [stored, setState] = useState(() => fresh(result));
  const state = stored.result === result ? stored : fresh(result);
  if (state !== stored) setState(state);

  const draftOf = (conflict: MergeConflict) => state.drafts[conflict.pathText] ?? initialDraft(conflict);
  const checks = new Map<string, CustomCheck>();
  for (const conflict of result.conflicts) {
    if (state.choices[conflict.pathText] === 'custom')
      checks.set(conflict.pathText, parseCustom(draftOf(conflict)));
  }

  let resolutions: Record<string, Resolution> | null = {};
  let unresolved = 0;
  for (const { pathText } of result.conflicts) {
    const choice = state.choices[pathText];
    const check = checks.get(pathText);
    if (!choice || (check && 'error' in check)) unresolved++;
    else if (resolutions)
      resolutions[pathText] = check ? { custom: check.value } : (choice as 'mine' | 'theirs');
  }
  if (unresolved > 0) resolutions = null;

  const update = (change: (current: State) => State) =>
    setState((current) => change(current.result === result ? current : fresh(result)));

  return {
    choiceOf: (pathText: string): Choice | undefined => state.choices[pathText],
    draftOf,
    checkOf: (pathText: string) => checks.get(pathText),
    unresolved,
    resolutions,
    choose: (pathText: string, choice: Choice) =>
      update((s) => ({ ...s, choices: { ...s.choices, [pathText]: choice } })),
    chooseAll: (choice: 'mine' | 'theirs') =>
      update((s) => ({
        ...s,
        choices: Object.fromEntries(result.conflicts.map((c) => [c.pathText, choice])),
      })),
    editDraft: (pathText: string, text: string) =>
      update((s) => ({ ...s, drafts: { ...s.drafts, [pathText]: text } })),
  };
}

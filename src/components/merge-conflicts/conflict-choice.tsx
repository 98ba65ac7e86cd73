import { useId } from 'react';
import type { MergeConflict } from '../../lib/three-way-merge/merge';
import type { Choice, CustomCheck } from './use-conflict-choices';
import { ValuePreview } from './value-preview';

type Props = {
  conflict: MergeConflict;
  choice: Choice | undefined;
  draft: string;
  check: CustomCheck | undefined;
  onChoose: (choice: Choice) => void;
  onDraftChange: (text: string) => void;
};

const OPTIONS: [Choice, string][] = [
  ['mine', 'Keep mine'],
  ['theirs', 'Take theirs'],
  ['custom', 'Edit…'],
];

/** One conflict: the three versions side by side, and a radio group named by its path. */
export function ConflictChoice({ conflict, choice, draft, check, onChoose, onDraftChange }: Props) {
  const id = useId();
  const gone = conflict.base === undefined ? '(not present)' : '(deleted)';
  const label = conflict.pathText || '(the whole document)';
  const error = check && 'error' in check ? check.error : undefined;
  // The merge stops at a list only when its items cannot be paired up: say so, or it reads as if the
  // whole list had been rewritten on both sides.
  const wholeList = Array.isArray(conflict.mine) && Array.isArray(conflict.theirs);
  return (
    <fieldset
      className="rounded-lg border border-amber-300 bg-amber-50/40 p-3"
      aria-describedby={wholeList ? `${id}-whole` : undefined}
    >
      <legend className="px-1 font-mono text-sm font-semibold">{label}</legend>
      {wholeList && (
        <p id={`${id}-whole`} className="mb-2 text-sm text-slate-700">
          You both changed this list, and its items cannot be matched one to one (they have no id or name, or
          were moved or inserted differently), so it is one choice: keep your list, take theirs, or edit it
          into one.
        </p>
      )}
      <dl className="grid grid-cols-1 gap-2 sm:grid-cols-3">
        <Version term="Base" value={conflict.base} absentLabel="(not present)" />
        <Version term="Mine" value={conflict.mine} absentLabel={gone} />
        <Version term="Theirs" value={conflict.theirs} absentLabel={gone} />
      </dl>
      <div className="mt-2 flex flex-wrap gap-4 text-sm">
        {OPTIONS.map(([value, text]) => (
          <label key={value} className="inline-flex items-center gap-1.5">
            <input
              type="radio"
              name={`${id}-choice`}
              value={value}
              checked={choice === value}
              onChange={() => onChoose(value)}
            />
            {text}
          </label>
        ))}
      </div>
      {choice === 'custom' && (
        <div className="mt-2 flex flex-col gap-1">
          <label htmlFor={`${id}-custom`} className="text-sm font-medium">
            Custom value for {label} (JSON)
          </label>
          <textarea
            id={`${id}-custom`}
            rows={Math.min(8, draft.split('\n').length + 1)}
            value={draft}
            onChange={(event) => onDraftChange(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            spellCheck={false}
            className="rounded-md border border-slate-300 p-2 font-mono text-sm aria-invalid:border-red-500"
          />
          {error && (
            <p id={`${id}-error`} className="text-sm text-red-700">
              {error}
            </p>
          )}
        </div>
      )}
    </fieldset>
  );
}

function Version({ term, value, absentLabel }: { term: string; value: unknown; absentLabel: string }) {
  return (
    <div className="min-w-0 rounded border border-slate-200 bg-white p-2">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">
        {term}
        {Array.isArray(value) && ` · ${value.length === 1 ? '1 item' : `${value.length} items`}`}
      </dt>
      <dd className="mt-0.5">
        <ValuePreview value={value} absentLabel={absentLabel} />
      </dd>
    </div>
  );
}

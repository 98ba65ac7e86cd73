import { useId } from 'react';
import { parseJson as parseExactJson, stringifyJson } from '../../lib/exact-json';
import type { JsonPath } from '../../lib/format-path';
import { useEditor } from './editor-context';
import { idList } from './field-status';
import { numberProblem, parseNumber, useRawText } from './raw-text';

export type ControlProps = {
  id: string;
  path: JsonPath;
  /** The formatted path: the control's accessible name. */
  name: string;
  describedBy: string[];
  invalid: boolean;
  /** In a table cell: narrower, no visible label. */
  compact?: boolean;
};

const inputClass =
  'rounded-md bg-white px-2 py-1 font-mono text-sm ring-1 ring-slate-300 read-only:bg-slate-50 ' +
  'read-only:text-slate-600 aria-invalid:ring-2 aria-invalid:ring-red-500';

export { inputClass };

export function NumberControl(props: ControlProps & { value: number | bigint; unit?: string }) {
  const { id, path, name, value, unit, compact } = props;
  const { set, readOnly } = useEditor();
  const { text, edit } = useRawText<number | bigint>(value, String, parseNumber);
  const problem = numberProblem(text);
  const ownId = useId();
  return (
    <span className="inline-flex flex-col gap-0.5">
      <span className="inline-flex items-center gap-1.5">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          aria-label={name}
          aria-invalid={props.invalid || problem !== undefined}
          aria-describedby={idList([
            problem && `${ownId}-problem`,
            unit && `${ownId}-unit`,
            ...props.describedBy,
          ])}
          readOnly={readOnly}
          value={text}
          onChange={(event) => {
            const parsed = edit(event.target.value);
            if (parsed !== undefined) set(path, parsed);
          }}
          className={`${inputClass} text-right tabular-nums ${compact ? 'w-24' : 'w-36'}`}
          // Grows with the text, so a 20-digit id shows every digit.
          style={{ minWidth: `calc(${text.length}ch + 1.25rem)` }}
        />
        {unit && (
          <span id={`${ownId}-unit`} className="text-sm text-slate-500">
            {unit}
          </span>
        )}
      </span>
      {problem && (
        <span id={`${ownId}-problem`} className="text-xs text-red-700">
          {problem}
        </span>
      )}
    </span>
  );
}

const formatJson = (value: unknown) => stringifyJson(value);

function parseJson(text: string): unknown {
  try {
    return parseExactJson(text);
  } catch {
    return undefined;
  }
}

/** A table cell holding an object or a list: edited as compact JSON, committed once it parses. */
export function JsonCellControl(props: ControlProps & { value: unknown }) {
  const { id, path, name, value } = props;
  const { set, readOnly } = useEditor();
  const { text, edit } = useRawText(value, formatJson, parseJson);
  const invalid = parseJson(text) === undefined;
  const ownId = useId();
  return (
    <span className="inline-flex flex-col gap-0.5">
      <input
        id={id}
        type="text"
        spellCheck={false}
        aria-label={name}
        aria-invalid={props.invalid || invalid}
        aria-describedby={idList([invalid && `${ownId}-problem`, ...props.describedBy])}
        readOnly={readOnly}
        value={text}
        onChange={(event) => {
          const parsed = edit(event.target.value);
          if (parsed !== undefined) set(path, parsed);
        }}
        className={`${inputClass} w-48`}
      />
      {invalid && (
        <span id={`${ownId}-problem`} className="text-xs text-red-700">
          Not valid JSON
        </span>
      )}
    </span>
  );
}

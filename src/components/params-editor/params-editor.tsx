import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { EditorContext, type EditorOps } from './editor-context';
import { ErrorSummary, errorEntries } from './error-summary';
import { JsonMode } from './json-mode';
import { ObjectFields } from './object-section';
import { parsePath } from './parse-path';
import { hasPath, moveInArray, removeAtPath, setAtPath } from './path-ops';
import { type FieldErrors, StatusContext, StatusStore } from './status-store';
import { type EditorMode, useJsonDraft } from './use-json-draft';

export type ParamsEditorProps = {
  /** The draft (controlled). */
  value: Record<string, unknown>;
  onChange: (next: Record<string, unknown>) => void;
  /** Server-side validation errors keyed by formatPath strings ('soil.layers[1].phi', 'non_field_errors'). */
  fieldErrors?: FieldErrors;
  /** formatPath strings of the values that differ from the saved version. */
  changedPaths?: ReadonlySet<string>;
  readOnly?: boolean;
  /** Accessible name of the editor, e.g. "Edit parameters of Pile P-12". */
  label: string;
};

const ROOT: [] = [];

export function ParamsEditor({
  value,
  onChange,
  fieldErrors,
  changedPaths,
  readOnly = false,
  label,
}: ParamsEditorProps) {
  const [store] = useState(() => {
    const initial = new StatusStore();
    initial.update(fieldErrors, changedPaths);
    return initial;
  });
  useLayoutEffect(() => store.update(fieldErrors, changedPaths), [store, fieldErrors, changedPaths]);

  // The ops read the latest value through a ref, so they stay the same object and memoized rows
  // do not re-render because the callbacks changed.
  const latest = useRef({ value, onChange });
  useLayoutEffect(() => {
    latest.current = { value, onChange };
  });
  const ops = useMemo<EditorOps>(() => {
    const apply = (edit: (root: Record<string, unknown>) => Record<string, unknown>) => {
      const { value: current, onChange: change } = latest.current;
      const next = edit(current);
      if (next !== current) change(next);
    };
    return {
      readOnly,
      set: (path, next) => apply((root) => setAtPath(root, path, next)),
      remove: (path) => apply((root) => removeAtPath(root, path)),
      move: (path, from, to) => apply((root) => moveInArray(root, path, from, to)),
    };
  }, [readOnly]);

  const json = useJsonDraft(value, onChange);
  const summary = useMemo(() => {
    const entries = errorEntries(fieldErrors);
    // In JSON mode no field is on screen, so every error is listed.
    return json.mode === 'json' ? entries : entries.filter(([name]) => !isShownAtField(value, name));
  }, [value, fieldErrors, json.mode]);

  return (
    <section
      aria-label={label}
      className="flex min-w-0 flex-col gap-3 rounded-lg border border-slate-200 bg-white p-3"
    >
      <ModeToggle mode={json.mode} onForm={json.showForm} onJson={json.showJson} />
      <ErrorSummary
        errors={summary}
        heading={json.mode === 'json' ? 'The server rejected these values:' : 'Problems not tied to a field:'}
      />
      {json.mode === 'form' ? (
        <EditorContext value={ops}>
          <StatusContext value={store}>
            <ObjectFields path={ROOT} name="" value={value} />
          </StatusContext>
        </EditorContext>
      ) : (
        <JsonMode
          text={json.text}
          error={json.error}
          blocked={json.blocked}
          readOnly={readOnly}
          onTextChange={json.editText}
          onDiscard={json.discardText}
        />
      )}
    </section>
  );
}

function isShownAtField(value: Record<string, unknown>, name: string): boolean {
  const path = parsePath(name);
  return path !== null && hasPath(value, path);
}

type ToggleProps = { mode: EditorMode; onForm: () => void; onJson: () => void };

const toggleClass =
  'px-3 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100 aria-pressed:bg-slate-800 aria-pressed:text-white';

function ModeToggle({ mode, onForm, onJson }: ToggleProps) {
  return (
    <fieldset className="inline-flex self-start overflow-hidden rounded-md ring-1 ring-slate-300">
      <legend className="sr-only">Editor mode</legend>
      <button type="button" aria-pressed={mode === 'form'} onClick={onForm} className={toggleClass}>
        Form
      </button>
      <button type="button" aria-pressed={mode === 'json'} onClick={onJson} className={toggleClass}>
        JSON
      </button>
    </fieldset>
  );
}

import { useId } from 'react';
import type { DiffOptionsSearch } from './diff-options';

type Props = { search: DiffOptionsSearch; onChange: (patch: Partial<DiffOptionsSearch>) => void };

const field = 'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm';

export function DiffOptionsBar({ search, onChange }: Props) {
  const id = useId();
  return (
    <fieldset className="flex flex-wrap items-end gap-3 text-sm">
      <legend className="sr-only">Diff options</legend>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-view`} className="text-xs font-medium text-slate-600">
          View
        </label>
        <select
          id={`${id}-view`}
          className={field}
          value={search.view ?? 'split'}
          onChange={(event) => onChange({ view: event.target.value === 'unified' ? 'unified' : undefined })}
        >
          <option value="split">Side by side</option>
          <option value="unified">Unified</option>
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-scope`} className="text-xs font-medium text-slate-600">
          Show
        </label>
        <select
          id={`${id}-scope`}
          className={field}
          value={search.scope ?? 'changed'}
          onChange={(event) => onChange({ scope: event.target.value === 'full' ? 'full' : undefined })}
        >
          <option value="changed">Changes only</option>
          <option value="full">Full document</option>
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-tol`} className="text-xs font-medium text-slate-600">
          Ignore numeric changes up to
        </label>
        <input
          id={`${id}-tol`}
          type="number"
          min={0}
          step="any"
          placeholder="0"
          className={`${field} w-32`}
          defaultValue={search.tol ?? ''}
          onBlur={(event) => {
            const value = Number(event.target.value);
            onChange({ tol: event.target.value && Number.isFinite(value) && value > 0 ? value : undefined });
          }}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-key`} className="text-xs font-medium text-slate-600">
          Match list items by
        </label>
        <input
          id={`${id}-key`}
          list={`${id}-keys`}
          placeholder="automatic (id, name…)"
          className={`${field} w-48`}
          defaultValue={search.key ?? ''}
          onBlur={(event) => onChange({ key: event.target.value.trim() || undefined })}
        />
        <datalist id={`${id}-keys`}>
          <option value="id" />
          <option value="name" />
          <option value="position" />
        </datalist>
      </div>
    </fieldset>
  );
}

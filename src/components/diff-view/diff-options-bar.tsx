import { useId } from 'react';
import { SelectField } from '../ui/select-field';
import { TextField } from '../ui/text-field';
import type { DiffOptionsSearch } from './diff-options';

type Props = { search: DiffOptionsSearch; onChange: (patch: Partial<DiffOptionsSearch>) => void };

export function DiffOptionsBar({ search, onChange }: Props) {
  const id = useId();
  return (
    <fieldset className="flex flex-wrap items-end gap-3 text-sm">
      <legend className="sr-only">Diff options</legend>
      <SelectField
        label="View"
        size="sm"
        value={search.view ?? 'split'}
        onChange={(event) => onChange({ view: event.target.value === 'unified' ? 'unified' : undefined })}
      >
        <option value="split">Side by side</option>
        <option value="unified">Unified</option>
      </SelectField>
      <SelectField
        label="Show"
        size="sm"
        value={search.scope ?? 'changed'}
        onChange={(event) => onChange({ scope: event.target.value === 'full' ? 'full' : undefined })}
      >
        <option value="changed">Changes only</option>
        <option value="full">Full document</option>
      </SelectField>
      <TextField
        label="Ignore numeric changes up to"
        size="sm"
        type="number"
        min={0}
        step="any"
        placeholder="0"
        className="w-32"
        defaultValue={search.tol ?? ''}
        onBlur={(event) => {
          const value = Number(event.target.value);
          onChange({
            tol: event.target.value && Number.isFinite(value) && value > 0 ? value : undefined,
          });
        }}
      />
      <TextField
        label="Match list items by"
        size="sm"
        list={`${id}-keys`}
        placeholder="automatic (id, name…)"
        className="w-48"
        defaultValue={search.key ?? ''}
        onBlur={(event) => onChange({ key: event.target.value.trim() || undefined })}
      />
      <datalist id={`${id}-keys`}>
        <option value="id" />
        <option value="name" />
        <option value="position" />
      </datalist>
    </fieldset>
  );
}

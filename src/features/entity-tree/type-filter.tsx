import type { EntityType } from '../../api/entity-types/schemas';
import { Button } from '../../components/ui/button';

type Props = {
  entityTypes: EntityType[];
  selected: readonly number[];
  onChange: (next: number[]) => void;
};

/** Multi-select of the workspace's entity types; containers of the chosen types stay visible. */
export function TypeFilter({ entityTypes, selected, onChange }: Props) {
  const summary = selected.length === 0 ? 'All entity types' : `${selected.length} entity type(s)`;
  return (
    <details className="relative border-b border-slate-200 px-3 py-2 text-sm">
      <summary className="cursor-pointer select-none font-medium text-slate-700">Filter: {summary}</summary>
      <fieldset className="mt-2 max-h-64 space-y-1 overflow-auto">
        <legend className="sr-only">Entity types</legend>
        {entityTypes.map((type) => (
          <label key={type.id} className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={selected.includes(type.id)}
              onChange={(event) =>
                onChange(
                  event.target.checked ? [...selected, type.id] : selected.filter((id) => id !== type.id),
                )
              }
            />
            {type.name}
          </label>
        ))}
        {selected.length > 0 && (
          <Button variant="link" className="mt-1" onClick={() => onChange([])}>
            Show all types
          </Button>
        )}
      </fieldset>
    </details>
  );
}

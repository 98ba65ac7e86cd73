import type { EntityType } from '../../api/entity-types/schemas';

/** Which entity type to look at: every readable type of the workspace's app. */
export function TypePicker({
  entityTypes,
  selected,
  onChange,
}: {
  entityTypes: readonly EntityType[];
  selected: number | undefined;
  onChange: (entityTypeId: number) => void;
}) {
  return (
    <label className="flex flex-wrap items-center gap-2 text-sm">
      <span className="font-medium">Entity type</span>
      <select
        value={selected ?? ''}
        onChange={(event) => onChange(Number(event.target.value))}
        className="rounded-md border border-slate-300 bg-white px-2 py-1"
      >
        {selected === undefined && (
          <option value="" disabled>
            Choose a type…
          </option>
        )}
        {entityTypes.map((type) => (
          <option key={type.id} value={type.id}>
            {type.name}
          </option>
        ))}
      </select>
    </label>
  );
}

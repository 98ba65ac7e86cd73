import type { EntityType } from '../../api/entity-types/schemas';
import { SelectField } from '../../components/ui/select-field';

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
    <SelectField
      label="Entity type"
      inline
      controlSize="sm"
      value={selected ?? ''}
      onChange={(event) => onChange(Number(event.target.value))}
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
    </SelectField>
  );
}

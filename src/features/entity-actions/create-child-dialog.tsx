import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useCreateEntityMutation } from '../../api/entities/mutations';
import { entityQueries } from '../../api/entities/queries';
import type { Entity } from '../../api/entities/schemas';
import { entityTypeQueries } from '../../api/entity-types/queries';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { ErrorState } from '../../components/ui/error-state';
import { SelectField } from '../../components/ui/select-field';
import { TextField } from '../../components/ui/text-field';
import { isApiError } from '../../lib/api-error';
import { flattenPages } from '../../lib/pagination';
import { readable } from '../../lib/schema-helpers';

type Props = { workspaceId: number; parent: Entity; onClose: () => void; onCreated: (child: Entity) => void };

/** A child of a type the parent's type allows, starting empty or as a copy of a sibling's params. */
export function CreateChildDialog({ workspaceId, parent, onClose, onCreated }: Props) {
  const queryClient = useQueryClient();
  const types = useInfiniteQuery(entityTypeQueries.childTypes(workspaceId, parent.entity_type));
  const children = useInfiniteQuery(entityQueries.children(workspaceId, parent.id));
  const allowed = readable(flattenPages(types.data?.pages).items);
  const [typeId, setTypeId] = useState<number | undefined>(undefined);
  const [name, setName] = useState('');
  const [copyFrom, setCopyFrom] = useState<number | ''>('');
  const create = useCreateEntityMutation(workspaceId, parent.id);
  const chosenType = typeId ?? allowed[0]?.id;
  const siblingsOfType = readable(flattenPages(children.data?.pages).items).filter(
    (child) => child.entity_type === chosenType,
  );
  const fieldErrors = isApiError(create.error) ? create.error.fieldErrors : {};

  const submit = async () => {
    if (chosenType === undefined) return;
    // Only now fetch the sibling's params (cached if its page was open).
    const properties =
      copyFrom === ''
        ? {}
        : ((await queryClient.query(entityQueries.detail(workspaceId, copyFrom))).entity.properties ?? {});
    create.mutate({ entity_type: chosenType, name: name.trim(), properties }, { onSuccess: onCreated });
  };

  if (types.isSuccess && allowed.length === 0) {
    return (
      <Dialog title={`Add a child to ${parent.name}`} onClose={onClose}>
        <p className="text-sm">
          The app does not allow children under a {parent.entity_type_name ?? 'entity of this type'}.
        </p>
        <Button onClick={onClose}>Close</Button>
      </Dialog>
    );
  }

  return (
    <Dialog title={`Add a child to ${parent.name}`} onClose={onClose}>
      <form
        className="flex flex-col gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <SelectField
          label="Entity type"
          error={fieldErrors.entity_type?.join(' ')}
          value={chosenType ?? ''}
          onChange={(event) => {
            setTypeId(Number(event.target.value));
            setCopyFrom('');
          }}
        >
          {allowed.map((type) => (
            <option key={type.id} value={type.id}>
              {type.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Name"
          error={fieldErrors.name?.join(' ')}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <SelectField
          label="Initial parameters"
          value={copyFrom}
          onChange={(event) => setCopyFrom(event.target.value ? Number(event.target.value) : '')}
        >
          <option value="">Empty</option>
          {siblingsOfType.map((sibling) => (
            <option key={sibling.id} value={sibling.id}>
              Copy of {sibling.name}
            </option>
          ))}
        </SelectField>
        {create.isError && !fieldErrors.name && !fieldErrors.entity_type && (
          <ErrorState title="Not created" error={create.error} />
        )}
        <div className="mt-2 flex justify-end gap-2">
          <Button onClick={onClose}>Cancel</Button>
          <Button
            type="submit"
            variant="primary"
            disabled={!name.trim() || chosenType === undefined || create.isPending}
          >
            {create.isPending ? 'Creating…' : 'Create'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

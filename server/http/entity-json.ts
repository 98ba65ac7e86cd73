import type { DemoContext } from '../context';
import type { EntityRow } from '../store/entities-store';
import { type RawJson, spliceJson } from './json';

/** Entity as the API sends it; params only when asked for (and allowed), summary whenever there is one. */
export function entityJson(ctx: DemoContext, row: EntityRow, withProperties: boolean): RawJson {
  const type = ctx.catalogue.type(row.entity_type_id);
  return spliceJson(
    {
      id: row.id,
      name: row.name,
      entity_type: row.entity_type_id,
      entity_type_name: type?.name ?? '',
      locked: row.locked_by !== null,
      locked_by: ctx.users.ref(row.locked_by),
      created_at: row.created_at,
      created_by: row.created_by,
      updated_at: row.updated_at,
      last_updated_by: row.last_updated_by,
      parent_count: row.parent_count,
      deleted: null,
      show_on_dashboard: true,
      // Not in the contract, like the extras a real server sends: clients must ignore them.
      workspace: row.workspace_id,
      is_template: false,
    },
    {
      path: row.path,
      summary: row.summary,
      properties: withProperties ? row.properties : undefined,
    },
  );
}

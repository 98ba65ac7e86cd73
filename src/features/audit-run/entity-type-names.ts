import { listEntityTypes } from '../../api/entity-types/queries';
import { nextOffset } from '../../lib/pagination';
import { isUnreadable } from '../../lib/schema-helpers';

/** Every entity type's name, all pages: what an audit's rows name their types by. */
export async function readEntityTypeNames(workspaceId: number, signal?: AbortSignal) {
  const names = new Map<number, string>();
  for (let offset: number | undefined = 0; offset !== undefined; ) {
    const at: number = offset;
    const page = await listEntityTypes(workspaceId, { offset: at }, { signal });
    for (const type of page.results) if (!isUnreadable(type)) names.set(type.id, type.name);
    offset = nextOffset(page, undefined, at);
  }
  return names;
}

import type { AuditEntity, AuditResult } from './audit-types';

/** The export's columns, in this order: one row per entity, sorted by id. */
export const AUDIT_COLUMNS = [
  'id',
  'path',
  'entity_type',
  'name',
  'created_at',
  'created_by',
  'updated_at',
  'last_updated_by',
  'revision_count',
  'first_revision_at',
  'last_revision_at',
] as const;

export type AuditColumn = (typeof AUDIT_COLUMNS)[number];

/** A field the server did not send is absent here, an empty cell in the CSV and left out of the JSON. */
export type AuditRow = { id: number; path: string } & Partial<
  Record<Exclude<AuditColumn, 'id' | 'path'>, string | number>
>;

export const PATH_SEPARATOR = ' / ';

/** A name the server did not send still needs a place in a path: the entity's id stands in. */
const nameInPath = (entity: AuditEntity) => entity.name ?? `#${entity.id}`;

/** Names from the root to each entity, computed once per entity (deep trees: no recursion). */
function pathsOf(entities: readonly AuditEntity[]): Map<number, string> {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const paths = new Map<number, string>();
  for (const entity of entities) {
    const chain: AuditEntity[] = [];
    let current: AuditEntity | undefined = entity;
    const seen = new Set<number>();
    while (current && !paths.has(current.id) && !seen.has(current.id)) {
      seen.add(current.id);
      chain.push(current);
      current = current.parentId === null ? undefined : byId.get(current.parentId);
    }
    let prefix = current ? paths.get(current.id) : undefined;
    for (const link of chain.reverse()) {
      prefix = prefix === undefined ? nameInPath(link) : `${prefix}${PATH_SEPARATOR}${nameInPath(link)}`;
      paths.set(link.id, prefix);
    }
  }
  return paths;
}

type RowSource = Pick<AuditResult, 'entities' | 'revisions' | 'entityTypeNames'>;

export function auditRows({ entities, revisions, entityTypeNames }: RowSource): AuditRow[] {
  const paths = pathsOf(entities);
  const rows = entities.map((entity): AuditRow => {
    const history = revisions.get(entity.id);
    const cells: Omit<AuditRow, 'id' | 'path'> = {
      // The type's own record names it; an entity's `entity_type_name` stands in for an unlisted type.
      entity_type:
        (entity.entityTypeId === undefined ? undefined : entityTypeNames.get(entity.entityTypeId)) ??
        entity.entityTypeName,
      name: entity.name,
      created_at: entity.created_at,
      created_by: entity.created_by,
      updated_at: entity.updated_at,
      last_updated_by: entity.last_updated_by,
      revision_count: history?.count,
      first_revision_at: history?.first?.at,
      last_revision_at: history?.last?.at,
    };
    const row: AuditRow = { id: entity.id, path: paths.get(entity.id) ?? nameInPath(entity) };
    for (const [key, value] of Object.entries(cells)) {
      if (value !== undefined) Object.assign(row, { [key]: value });
    }
    return row;
  });
  return rows.sort((a, b) => a.id - b.id);
}

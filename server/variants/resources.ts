import { isJsonObject, type JsonObject, type JsonValue } from '../http/exact-json';

/**
 * Which kind of record an /api reply carries, from its path: the reshaping layer needs it to know
 * which fields are inferred. Single records, pages (`{count, results}`) and bare arrays alike.
 */
export type ResourceKind = 'workspace' | 'entity' | 'entity-type' | 'revision';

const ROUTES: [RegExp, ResourceKind][] = [
  [/^\/api\/workspaces\/(\d+\/)?$/, 'workspace'],
  [/^\/api\/workspaces\/\d+\/entity_types\/(\d+\/(entity_types\/)?)?$/, 'entity-type'],
  [/^\/api\/workspaces\/\d+\/entity_types\/\d+\/entities\/$/, 'entity'],
  [/^\/api\/workspaces\/\d+\/entities\/\d+\/revisions\/$/, 'revision'],
  [/^\/api\/workspaces\/\d+\/entities\/(\d+\/((entities|siblings|parent)\/)?)?$/, 'entity'],
];

export function resourceOf(pathname: string): ResourceKind | undefined {
  return ROUTES.find(([pattern]) => pattern.test(pathname))?.[1];
}

/** The records in a reply body: the page's results, the array's items, or the object itself. */
export function recordsOf(body: JsonValue): JsonObject[] {
  const results = isJsonObject(body) && body.has('count') ? body.get('results') : undefined;
  const list = Array.isArray(results) ? results : Array.isArray(body) ? body : [body];
  return list.filter(isJsonObject);
}

import { inject } from 'vitest';
import { demoApi, type Page } from './demo-api';

type EntityType = { id: number; name: string };
type Entity = { id: number; name: string; properties?: Record<string, unknown> };

/** The demo server's own control routes (faults, request log), beside the API. */
export const demoControl = (path: string, init: RequestInit = {}) =>
  fetch(new URL(path, inject('demoUrl')), {
    ...init,
    headers: { 'content-type': 'application/json', ...init.headers },
  });

/**
 * Every entity read of a workspace answers 100 ms late until the faults are cleared
 * (`demoControl('/__faults', { method: 'DELETE' })`): a crawl of a large type is still under way
 * however fast the machine is.
 */
export const slowEntityReads = (workspaceId: number) =>
  demoControl('/__faults', {
    method: 'POST',
    body: JSON.stringify({
      path: `/api/workspaces/${workspaceId}/entities/`,
      kind: 'delay',
      delayMs: 100,
      count: 100_000,
    }),
  });

export async function entityTypeByName(workspaceId: number, name: string): Promise<EntityType> {
  const types = await demoApi<Page<EntityType>>(
    `/api/workspaces/${workspaceId}/entity_types/?limit=100&offset=0`,
  );
  const type = types.results.find((t) => t.name === name);
  if (!type) throw new Error(`no entity type ${name} in workspace ${workspaceId}`);
  return type;
}

const firstOfType = async (workspaceId: number, typeId: number) => {
  const { results } = await demoApi<Page<Entity>>(
    `/api/workspaces/${workspaceId}/entity_types/${typeId}/entities/?limit=1&offset=0`,
  );
  if (!results[0]) throw new Error(`workspace ${workspaceId} has no entity of type ${typeId}`);
  return results[0];
};

/** A new child entity, written to the demo as the admin: test data of the caller's own. */
export async function createChild(workspaceId: number, parentId: number, body: object): Promise<Entity> {
  const response = await fetch(
    new URL(`/api/workspaces/${workspaceId}/entities/${parentId}/entities/`, inject('demoUrl')),
    {
      method: 'POST',
      headers: { authorization: `Bearer ${inject('tokens').admin}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    },
  );
  if (!response.ok)
    throw new Error(`create child of ${parentId}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as Entity[])[0] as Entity;
}

/**
 * Two entities of `typeName` that deviate from the rest of their type (one lacks the model's first key,
 * one has a key no other has), created under an entity of `parentTypeName`: a drift report with
 * something in every part. Names start with `prefix`, so the caller finds its own in the list.
 */
export async function createDriftDeviants(
  workspaceId: number,
  { typeName, parentTypeName, prefix }: { typeName: string; parentTypeName: string; prefix: string },
) {
  const type = await entityTypeByName(workspaceId, typeName);
  const parentType = await entityTypeByName(workspaceId, parentTypeName);
  const parent = await firstOfType(workspaceId, parentType.id);
  const model = await firstOfType(workspaceId, type.id);
  const params =
    (await demoApi<Entity>(`/api/workspaces/${workspaceId}/entities/${model.id}/?properties=true`))
      .properties ?? {};
  const [firstKey] = Object.keys(params);
  if (!firstKey) throw new Error(`${model.name} has no params to leave out`);
  const { [firstKey]: _left, ...withoutFirst } = params;
  const missing = await createChild(workspaceId, parent.id, {
    entity_type: type.id,
    name: `${prefix}: no ${firstKey}`,
    properties: withoutFirst,
  });
  const extra = await createChild(workspaceId, parent.id, {
    entity_type: type.id,
    name: `${prefix}: legacy key`,
    properties: { ...params, legacy_key: 'L-1' },
  });
  return { type, missing, extra };
}

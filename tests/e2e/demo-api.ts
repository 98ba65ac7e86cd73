import { inject } from 'vitest';

export type Role = 'admin' | 'engineer' | 'viewer';
export type WorkspaceSummary = { id: number; name: string; visibility: string; is_archived: boolean };
export type Page<T> = { count: number; results: T[] };

/**
 * Straight to the demo database with a user's token, past the dashboard: the source of truth the
 * tests compare what the browser shows against. Read through a server on the default contract, so the
 * truth does not change shape when the dashboard's server runs a contract variant.
 */
export async function demoApi<T>(path: string, role: Role = 'admin'): Promise<T> {
  const response = await fetch(new URL(path, inject('truthUrl')), {
    headers: { authorization: `Bearer ${inject('tokens')[role]}`, accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`demo API ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export function listWorkspaces(params: Record<string, string>, role: Role = 'admin') {
  return demoApi<Page<WorkspaceSummary>>(`/api/workspaces/?${new URLSearchParams(params)}`, role);
}

export type DemoInfo = {
  fixtures: {
    workspaces: Record<'big' | 'fixtures' | 'archived' | 'development' | 'simpleApp', number>;
    entities: Record<'fixturesRoot' | 'locked' | 'file' | 'manyRevisions', number>;
  };
};

/** Fixture ids (`GET /__demo/info`, no token needed). */
export async function demoInfo(): Promise<DemoInfo> {
  const response = await fetch(new URL('/__demo/info', inject('demoUrl')));
  return (await response.json()) as DemoInfo;
}

/** The archived workspace with the smallest id besides the big fixture: small, so its audit is quick. */
export async function smallArchivedWorkspace() {
  const { fixtures } = await demoInfo();
  const archived: WorkspaceSummary[] = [];
  for (let offset = 0; ; ) {
    const page = await listWorkspaces({ include_archived: 'true', limit: '1000', offset: String(offset) });
    archived.push(...page.results.filter((ws) => ws.is_archived && ws.id !== fixtures.workspaces.archived));
    offset += page.results.length;
    if (page.results.length === 0 || offset >= page.count) break;
  }
  const smallest = archived.sort((a, b) => a.id - b.id)[0];
  if (!smallest) throw new Error('the demo has no archived workspace besides the fixture');
  return smallest;
}

export async function currentUserName(role: Role = 'admin'): Promise<string> {
  const user = await demoApi<{ first_name: string; last_name: string }>('/api/users/current/', role);
  return `${user.first_name} ${user.last_name}`;
}

export { CONTRACT_VARIANTS, type ContractVariant } from '../../server/variants/names';

/**
 * Switches the demo's contract variants (`PUT /__control/variants`, replacing the set; `[]` is the
 * default again). e2e files run one at a time, so a `describe.each` over variants can switch in
 * `beforeAll` and reset in `afterAll`. Returns the variants now active.
 */
export async function setDemoVariants(variants: readonly string[]): Promise<string[]> {
  const response = await fetch(new URL('/__control/variants', inject('demoUrl')), {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ variants }),
  });
  if (!response.ok) throw new Error(`demo variants ${variants.join(',')}: ${await response.text()}`);
  return ((await response.json()) as { variants: string[] }).variants;
}

import type { Locator, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { demoApi, demoInfo, type Role } from './demo-api';
import type { NetworkLog } from './network-log';

/** Helpers shared by the failure-*.e2e.ts files: faults on the demo, the entities they break, the UI. */

export type Params = Record<string, unknown>;
export type EntitySummary = { id: number; name: string; locked?: boolean };
export type Entity = EntitySummary & { properties: Params; updated_at: string };

export type Fault = {
  path: string;
  method?: string;
  count?: number;
  kind: string;
  retryAfter?: number | null;
  delayMs?: number;
  body?: Record<string, unknown>;
};

/** The next `count` requests to `path` (a prefix) fail as `kind` (server/README.md, test hooks). */
export async function addFault(fault: Fault): Promise<void> {
  const response = await fetch(new URL('/__faults', inject('demoUrl')), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fault),
  });
  if (response.status !== 201) throw new Error(`fault ${JSON.stringify(fault)}: ${await response.text()}`);
}

export async function clearFaults(): Promise<void> {
  await fetch(new URL('/__faults', inject('demoUrl')), { method: 'DELETE' });
}

/** Rules not used up yet: a fault a test set must have been hit. */
export async function pendingFaults(): Promise<unknown[]> {
  return (await (await fetch(new URL('/__faults', inject('demoUrl')))).json()) as unknown[];
}

/** A request to the demo as someone else, past the dashboard (the demo's own API). */
export async function demoWrite(path: string, method: string, role: Role, body?: unknown): Promise<number> {
  const response = await fetch(new URL(path, inject('demoUrl')), {
    method,
    headers: {
      authorization: `Bearer ${inject('tokens')[role]}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.status;
}

export const entityPath = (ws: number, id: number) => `/api/workspaces/${ws}/entities/${id}/`;

export const readEntity = (ws: number, id: number) =>
  demoApi<Entity>(`${entityPath(ws, id)}?properties=true`);
const children = (ws: number, id: number) => demoApi<EntitySummary[]>(`${entityPath(ws, id)}entities/`);
export const revisionCount = async (ws: number, id: number) =>
  (await demoApi<{ count: number }>(`${entityPath(ws, id)}revisions/?limit=1&offset=0`)).count;

export function valueAt(params: Params, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Params | undefined)?.[key], params);
}

/** A new value for a number: it differs, and reads back exactly. */
export const changed = (value: unknown, by: number) => Math.round(((value as number) + by) * 100) / 100;

export type Target = { ws: number; id: number; name: string; params: Params; path: string };

/**
 * Piles only these files touch: the fixtures workspace's "Noise barrier" structure, its pile group
 * "PG-03 east", pile `n` (editing.e2e.ts deletes its "PG-01 north", failure-throttle.e2e.ts edits
 * "PG-02 south"; entity-tree.e2e.ts stays under the first structure). Found by name, not position:
 * a deletion elsewhere moves positions. The 404 test deletes the last pile, so `n` below it keeps
 * pointing at the same pile for the rest of the run.
 */
export async function pileOf(n: number): Promise<Target> {
  const { fixtures } = await demoInfo();
  const ws = fixtures.workspaces.fixtures;
  const structure = (await children(ws, fixtures.entities.fixturesRoot)).find(
    (e) => e.name === 'Noise barrier',
  );
  if (!structure) throw new Error('no "Noise barrier" structure in the fixtures workspace');
  const groups = await children(ws, structure.id);
  const group = groups.find((g) => g.name === 'PG-03 east');
  if (!group) throw new Error(`${structure.name} has no pile group "PG-03 east"`);
  const pile = (await children(ws, group.id))[n];
  if (!pile) throw new Error(`${group.name} has no pile ${n}`);
  const entity = await readEntity(ws, pile.id);
  expect(entity.locked, `${entity.name} is not locked`).toBeFalsy();
  expect(typeof valueAt(entity.properties, 'geometry.length')).toBe('number');
  return { ws, id: entity.id, name: entity.name, params: entity.properties, path: 'geometry.length' };
}

/** The Edit tab of one entity, as a person sees it. */
export function editTab(page: Page, name: string) {
  const changes = page.getByRole('region', { name: 'Your changes' });
  const detail = page.getByRole('region', { name: 'Entity detail' });
  return {
    detail,
    editor: page.getByRole('region', { name: `Edit parameters of ${name}` }),
    field: (path: string) => page.getByLabel(path, { exact: true }),
    changes,
    oneChange: changes.getByRole('heading', { name: 'Your changes: 0 added, 0 removed, 1 changed' }),
    save: changes.getByRole('button', { name: 'Save', exact: true }),
    saved: changes.getByRole('status').filter({ hasText: 'Saved as a new revision.' }),
    /** The save's failure, said in the detail pane next to the editor. */
    saveAlert: detail.getByRole('alert').filter({ hasText: /^Not saved/ }),
    draftOffer: page.getByRole('region', { name: 'Unsaved draft' }),
  };
}

export async function openEditTab(page: Page, target: { ws: number; id: number; name: string }) {
  const ui = editTab(page, target.name);
  await page.goto(`/workspaces/${target.ws}/entities/${target.id}/edit`);
  await ui.editor.waitFor();
  await ui.changes.getByRole('heading', { name: 'No unsaved changes' }).waitFor();
  return ui;
}

/** The text of the elements a control's `aria-describedby` points at: what a screen reader adds. */
export function descriptionOf(locator: Locator): Promise<string> {
  return locator.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

/** Requests the page sent with this method to exactly this API path (any query). */
export function sent(network: NetworkLog, method: string, path: string): number {
  return network.requests.filter((r) => r.method === method && r.url.pathname === path).length;
}

export const draftKey = (t: { ws: number; id: number }) => `viktor-dashboard:draft:${t.ws}:${t.id}`;

/** The draft the page keeps in sessionStorage (parsed), or null. */
export const storedDraft = (page: Page, t: { ws: number; id: number }) =>
  page.evaluate((key) => {
    const raw = sessionStorage.getItem(key);
    return raw ? (JSON.parse(raw) as { properties: Params }) : null;
  }, draftKey(t));

/** The tree and another entity still work after a failure: the rest of the app is usable. */
export async function anotherEntityOpens(page: Page, ws: number, other: EntitySummary) {
  const tree = page.getByRole('tree', { name: /Entities of/ });
  await tree.waitFor();
  await page.goto(`/workspaces/${ws}/entities/${other.id}`);
  await page.getByRole('heading', { level: 2, name: other.name, exact: true }).waitFor();
  await expect
    .poll(() => tree.getByRole('treeitem', { name: other.name, exact: true }).getAttribute('aria-selected'))
    .toBe('true');
}

import { describe, expect, inject, it } from 'vitest';
import { setUpBrowser } from './browser';
import { runUnderVariant, VARIANT_RUNS } from './contract-variants';
import { demoApi, demoInfo } from './demo-api';

const session = setUpBrowser();

type Params = Record<string, unknown>;
type EntitySummary = { id: number; name: string };
type Entity = EntitySummary & { properties: Params };

// Beyond 2^53: a double would read it as 12345678901234567000, and write that back.
const EXT_ID = '12345678901234567890';

/** The entity's params as the demo stores them, as text: JSON.parse would round what we check. */
async function storedText(ws: number, id: number): Promise<string> {
  const url = new URL(`/api/workspaces/${ws}/entities/${id}/?properties=true`, inject('truthUrl'));
  const response = await fetch(url, { headers: { authorization: `Bearer ${inject('tokens').admin}` } });
  return response.text();
}

/** Puts `ext_id` (as digits) into the entity's params, straight into the demo. */
async function writeExtId(ws: number, target: Entity) {
  const { ext_id: _old, ...rest } = target.properties;
  const properties = JSON.stringify(rest).replace(/^\{/, `{"ext_id":${EXT_ID},`);
  const url = new URL(`/api/workspaces/${ws}/entities/${target.id}/`, inject('truthUrl'));
  const response = await fetch(url, {
    method: 'PUT',
    headers: { authorization: `Bearer ${inject('tokens').admin}`, 'content-type': 'application/json' },
    body: `{"name":${JSON.stringify(target.name)},"properties":${properties}}`,
  });
  expect(response.ok, await response.text()).toBe(true);
  expect(await storedText(ws, target.id)).toContain(`"ext_id":${EXT_ID}`);
}

/**
 * A pile this file alone edits: the last of the fixtures root's first pile group (editing.e2e.ts
 * takes the first few), and a number one object down to edit beside the big integer.
 */
async function target() {
  const { fixtures } = await demoInfo();
  const ws = fixtures.workspaces.fixtures;
  const list = (id: number) => demoApi<EntitySummary[]>(`/api/workspaces/${ws}/entities/${id}/entities/`);
  const [structure] = await list(fixtures.entities.fixturesRoot);
  const [group] = structure ? await list(structure.id) : [];
  const piles = group ? await list(group.id) : [];
  const pile = piles.at(-1);
  if (!pile || piles.length < 8) throw new Error('no pile left for this file');
  const full = await demoApi<Entity>(`/api/workspaces/${ws}/entities/${pile.id}/?properties=true`);
  const field = Object.entries(full.properties).flatMap(([key, child]) =>
    child && typeof child === 'object' && !Array.isArray(child)
      ? Object.entries(child)
          .filter(([leaf, value]) => typeof value === 'number' && /^\w+$/.test(key) && /^\w+$/.test(leaf))
          .map(([leaf, value]) => ({ path: `${key}.${leaf}`, value: value as number }))
      : [],
  )[0];
  if (!field) throw new Error(`${full.name} has no number to edit`);
  return { ws, entity: full, field };
}

describe.each(VARIANT_RUNS)('integers beyond 2^53 in params (demo contract: %s)', (variant) => {
  runUnderVariant(variant);

  it('shows one exactly, and saving another field writes it back digit for digit', async () => {
    const { page } = session;
    const { ws, entity, field } = await target();
    await writeExtId(ws, entity);

    await page.goto(`/workspaces/${ws}/entities/${entity.id}`);
    const viewer = page.getByRole('tree', { name: `Parameters of ${entity.name}` });
    await viewer.getByRole('treeitem', { name: `ext_id: ${EXT_ID}`, exact: true }).waitFor();

    await page.goto(`/workspaces/${ws}/entities/${entity.id}/edit`);
    const changes = page.getByRole('region', { name: 'Your changes' });
    await changes.getByRole('heading', { name: 'No unsaved changes' }).waitFor();
    expect(await page.getByLabel('ext_id', { exact: true }).inputValue()).toBe(EXT_ID);
    const value = Math.round((field.value + 0.75) * 100) / 100;
    await page.getByLabel(field.path, { exact: true }).fill(String(value));
    await changes.getByRole('heading', { name: 'Your changes: 0 added, 0 removed, 1 changed' }).waitFor();
    await changes.getByRole('button', { name: 'Save', exact: true }).click();
    await changes
      .getByRole('status')
      .filter({ hasText: /^Saved/ })
      .waitFor();

    const stored = await storedText(ws, entity.id);
    expect(stored).toContain(`"ext_id":${EXT_ID}`);
    expect(stored).toContain(`"${field.path.split('.')[1]}":${value}`);
  });
});

import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setUpBrowser } from './browser';
import { type Page as ApiPage, type DemoInfo, demoApi, demoInfo } from './demo-api';
import { createChild, demoControl, entityTypeByName, slowEntityReads } from './drift-deviants';

const session = setUpBrowser();

type EntityType = { id: number; name: string };
type Entity = { id: number; name: string; properties?: Record<string, unknown> };

const ofType = (workspaceId: number, typeId: number) =>
  demoApi<ApiPage<Entity>>(
    `/api/workspaces/${workspaceId}/entity_types/${typeId}/entities/?limit=100&offset=0`,
  );

const readText = (page: Page) => page.getByText(/^[\d,]+ of [\d,]+ entities read$/);
const readCount = async (page: Page) => {
  const [read, total] = ((await readText(page).textContent()) ?? '').replace(/,/g, '').match(/\d+/g) ?? [];
  return { read: Number(read), total: Number(total) };
};

afterEach(async () => {
  await demoControl('/__faults', { method: 'DELETE' });
});

describe('params drift of an entity type', () => {
  let bridge: number;
  let girder: EntityType;
  let missing: Entity;
  let extra: Entity;

  beforeAll(async () => {
    const { fixtures } = (await demoInfo()) as DemoInfo & { fixtures: { workspaces: { bridge: number } } };
    bridge = fixtures.workspaces.bridge;
    girder = await entityTypeByName(bridge, 'Girder');
    const span = (await ofType(bridge, (await entityTypeByName(bridge, 'Span')).id)).results[0] as Entity;
    const model = (await ofType(bridge, girder.id)).results[0] as Entity;
    const params = (await demoApi<Entity>(`/api/workspaces/${bridge}/entities/${model.id}/?properties=true`))
      .properties as Record<string, unknown>;
    // One girder without its material, one with a key no other girder has.
    const { material: _left, ...withoutMaterial } = params;
    missing = await createChild(bridge, span.id, {
      entity_type: girder.id,
      name: 'Girder drift: no material',
      properties: withoutMaterial,
    });
    extra = await createChild(bridge, span.id, {
      entity_type: girder.id,
      name: 'Girder drift: legacy id',
      properties: { ...params, legacy_girder_id: 'G-OLD-7' },
    });
  });

  it('is reached from the workspace header, shows the schema and the deviating entities, each a link', async () => {
    const { page } = session;
    await page.goto(`/workspaces/${bridge}`);
    await page.getByRole('link', { name: 'Params drift' }).click();
    await page.getByRole('combobox', { name: 'Entity type' }).selectOption({ label: 'Girder' });
    await page.getByRole('status').filter({ hasText: 'Finished.' }).waitFor({ timeout: 60_000 });
    expect(new URL(page.url()).searchParams.get('type')).toBe(String(girder.id));

    const { count: total } = await ofType(bridge, girder.id);
    expect(await readCount(page)).toEqual({ read: total, total });
    const schema = page.getByRole('table', { name: /Params schema/ });
    const materialRow = schema.getByRole('row', { name: /^material\b/ });
    await expect.poll(() => materialRow.first().textContent()).toMatch(/object/);

    const deviating = page.getByRole('region', { name: /^Deviating entities/ });
    const missingList = deviating.getByRole('list', { name: `Deviations of ${missing.name}` });
    expect(await missingList.textContent()).toContain('Missing material');
    const extraList = deviating.getByRole('list', { name: `Deviations of ${extra.name}` });
    expect(await extraList.textContent()).toContain('Extra legacy_girder_id');

    await deviating.getByRole('link', { name: missing.name }).click();
    await page.waitForURL(`**/workspaces/${bridge}/entities/${missing.id}`);
    await page.getByRole('heading', { name: missing.name }).first().waitFor();
  });

  it('cancels mid-crawl on a large type and keeps what was read', async () => {
    const { page, network } = session;
    const { fixtures } = await demoInfo();
    const big = fixtures.workspaces.big;
    const pile = await entityTypeByName(big, 'Pile');
    await slowEntityReads(big);
    await page.goto(`/workspaces/${big}/drift?type=${pile.id}`);
    await expect
      .poll(async () => (await readText(page).count()) && (await readCount(page)).read, { timeout: 30_000 })
      .toBeGreaterThanOrEqual(20);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Cancelled/ })
      .waitFor();
    const entityReads = () =>
      network.requests.filter((r) => /\/api\/workspaces\/\d+\/entities\/\d+\/$/.test(r.url.pathname)).length;
    const readsAtCancel = entityReads();

    const { read, total } = await readCount(page);
    expect(read).toBeGreaterThanOrEqual(20);
    expect(read).toBeLessThan(total);
    expect(await page.getByRole('button', { name: 'Cancel' }).count()).toBe(0);
    // What was read is kept: the schema of the piles read so far.
    const schema = page.getByRole('table', { name: /Params schema/ });
    await schema
      .getByRole('row', { name: /^geometry\b/ })
      .first()
      .waitFor();
    // Learnt from exactly the entities read.
    await page.getByText(`Learnt from ${read.toLocaleString('en')} entities.`, { exact: false }).waitFor();
    // Nothing more is read once the cancel has settled.
    expect(entityReads()).toBe(readsAtCancel);
  });
});

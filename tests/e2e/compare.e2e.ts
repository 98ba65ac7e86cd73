import { describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from './axe';
import { setUpBrowser } from './browser';
import { demoApi, demoInfo, type Page } from './demo-api';

const session = setUpBrowser();

type Params = Record<string, unknown>;
type Entity = { id: number; name: string; entity_type: number; properties?: Params };
type Revision = { id: number; created_date: string; properties?: Params };

/** Scalar values by path (`geometry.length`), outside lists: paths the diff names the same way. */
function leaves(value: unknown, path = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) leaves(child, path ? `${path}.${key}` : key, out);
  } else if (!Array.isArray(value) && path) out.set(path, value);
  return out;
}

const entityOf = (ws: number, id: number) =>
  demoApi<Entity>(`/api/workspaces/${ws}/entities/${id}/?properties=true`);

describe('comparing two entities', () => {
  it('picks a sibling from the entity page, diffs their params, and follows the options and revisions', async () => {
    const { page } = session;
    const { fixtures } = await demoInfo();
    const ws = fixtures.workspaces.fixtures;
    // The locked structure: nobody can write it, so its params and history stay put for this test.
    const a = await entityOf(ws, fixtures.entities.locked);
    const siblings = await demoApi<Entity[]>(`/api/workspaces/${ws}/entities/${a.id}/siblings/`);
    // A small sibling of the same type (the many-revisions one is a large document).
    const sibling = siblings.find(
      (entity) => entity.entity_type === a.entity_type && entity.id !== fixtures.entities.manyRevisions,
    );
    if (!sibling) throw new Error('the locked structure has no sibling of its type');
    const b = await entityOf(ws, sibling.id);
    const aLeaves = leaves(a.properties);
    const bLeaves = leaves(b.properties);
    const differing = [...aLeaves].filter(
      ([path, value]) => bLeaves.has(path) && bLeaves.get(path) !== value,
    );
    expect(differing.length, 'the two differ in some scalar param').toBeGreaterThan(0);

    await page.goto(`/workspaces/${ws}/entities/${a.id}`);
    await page.getByRole('link', { name: 'Compare with…' }).click();
    await page.waitForURL(
      (url) => url.pathname.endsWith('/compare') && url.searchParams.get('a') === `${ws}:${a.id}`,
    );
    const siblingButtons = page.getByRole('list', { name: 'Siblings of the same type' });
    await siblingButtons.waitFor();
    await expectNoSeriousViolations(page, 'compare: picking B');
    await page
      .getByRole('list', { name: 'Siblings of the same type' })
      .getByRole('button', { name: `Compare with ${b.name}` })
      .click();
    await page.waitForURL((url) => url.searchParams.get('b') === `${ws}:${b.id}`);
    await page.getByRole('region', { name: 'Side B' }).getByRole('link', { name: b.name }).waitFor();

    const changes = page.getByRole('list', { name: 'Changes' });
    const row = (path: string) => changes.getByRole('listitem', { name: `${path} changed`, exact: true });
    const [firstPath] = differing[0] as [string, unknown];
    await row(firstPath).waitFor();
    await expectNoSeriousViolations(page, 'compare: the diff');

    // Changes only leaves the params both have in common out; the full document shows them too.
    const [samePath] = [...aLeaves].find(([path, value]) => bLeaves.get(path) === value) ?? [];
    if (!samePath) throw new Error('the two share no param value');
    const sameRow = changes.getByTitle(samePath, { exact: true });
    expect(await sameRow.count()).toBe(0);
    const options = page.getByRole('group', { name: 'Diff options' });
    await options.getByLabel('Show').selectOption({ label: 'Full document' });
    await page.waitForURL((url) => url.searchParams.get('scope') === 'full');
    await sameRow.waitFor();
    await row(firstPath).waitFor();
    await options.getByLabel('Show').selectOption({ label: 'Changes only' });
    await sameRow.waitFor({ state: 'detached' });
    await row(firstPath).waitFor();

    // A tolerance as large as the smallest numeric difference hides that change.
    const numeric = differing
      .filter(([path, value]) => typeof value === 'number' && typeof bLeaves.get(path) === 'number')
      .map(([path, value]) => ({ path, delta: Math.abs((value as number) - (bLeaves.get(path) as number)) }))
      .sort((x, y) => x.delta - y.delta)[0];
    if (!numeric) throw new Error('no numeric param differs');
    await row(numeric.path).waitFor();
    const tolerance = options.getByLabel('Ignore numeric changes up to');
    await tolerance.fill(String(numeric.delta));
    await tolerance.press('Tab');
    await page.waitForURL((url) => url.searchParams.get('tol') === String(numeric.delta));
    await row(numeric.path).waitFor({ state: 'detached' });
    await tolerance.fill('');
    await tolerance.press('Tab');
    await row(numeric.path).waitFor();

    // An older revision of A where some param's agreement with B differs from A's current params:
    // that param's row comes or goes.
    const history = await demoApi<Page<Revision>>(
      `/api/workspaces/${ws}/entities/${a.id}/revisions/?limit=25&offset=0`,
    );
    const newestFirst = [...history.results].sort(
      (x, y) => Date.parse(y.created_date) - Date.parse(x.created_date),
    );
    const older = newestFirst.slice(1).flatMap((revision) => {
      const old = leaves(revision.properties);
      const path = [...old.keys()].find(
        (key) =>
          bLeaves.has(key) && (old.get(key) === bLeaves.get(key)) !== (aLeaves.get(key) === bLeaves.get(key)),
      );
      return path ? [{ revision, path, shownAfter: old.get(path) !== bLeaves.get(path) }] : [];
    })[0];
    if (!older) throw new Error('no older revision of A changes the comparison');
    await row(older.path).waitFor({ state: older.shownAfter ? 'detached' : 'visible' });
    const sideA = page.getByRole('region', { name: 'Side A' });
    const select = sideA.getByLabel('Revision');
    // The history is read once the select is reached for.
    await select.focus();
    await select.locator('option', { hasText: `#${older.revision.id} ·` }).waitFor({ state: 'attached' });
    await select.selectOption({ value: String(older.revision.id) });
    await page.waitForURL((url) => url.searchParams.get('arev') === String(older.revision.id));
    await row(older.path).waitFor({ state: older.shownAfter ? 'visible' : 'detached' });
  });

  it('says a bad ref is not an entity on its side, and still shows the other side', async () => {
    const { page } = session;
    const { fixtures } = await demoInfo();
    const ws = fixtures.workspaces.fixtures;
    const a = await entityOf(ws, fixtures.entities.locked);
    await page.goto(`/compare?a=${ws}:${a.id}&b=not-a-ref`);
    const sideB = page.getByRole('region', { name: 'Side B' });
    const message = sideB.getByRole('alert');
    await message.waitFor();
    expect(await message.textContent()).toContain('“not-a-ref” is not an entity');
    await page.getByRole('region', { name: 'Side A' }).getByRole('link', { name: a.name }).waitFor();
  });
});

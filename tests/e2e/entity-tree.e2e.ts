import { describe, expect, it } from 'vitest';
import { setUpBrowser } from './browser';
import { demoApi } from './demo-api';

const session = setUpBrowser();

type EntitySummary = { id: number; name: string };
const children = (ws: number, id: number) =>
  demoApi<EntitySummary[]>(`/api/workspaces/${ws}/entities/${id}/entities/`);

/** The first root, its first child, that one's first child… down to a leaf: a deep entity. */
async function firstChildPath(ws: number): Promise<EntitySummary[]> {
  const roots = await demoApi<EntitySummary[]>(`/api/workspaces/${ws}/entities/`);
  const path: EntitySummary[] = [];
  let next = roots[0];
  while (next) {
    path.push(next);
    next = (await children(ws, next.id))[0];
  }
  return path;
}

const FIXTURES_WORKSPACE = 2;
const BIG_WORKSPACE = 1;
const BIG_PARENT = 3;

describe('entity tree', () => {
  it('walks to a deep entity by keyboard, and a reload of its link shows it selected with its ancestors open', async () => {
    const { page } = session;
    const path = await firstChildPath(FIXTURES_WORKSPACE);
    expect(path.length, 'the fixtures workspace is at least 3 levels deep').toBeGreaterThanOrEqual(3);
    const tree = page.getByRole('tree', { name: /Entities of/ });
    const item = (name: string) => tree.getByRole('treeitem', { name, exact: true });

    await page.goto(`/workspaces/${FIXTURES_WORKSPACE}`);
    await item(path[0]?.name ?? '').focus();
    for (const [depth, entity] of path.entries()) {
      await expect.poll(() => item(entity.name).evaluate((el) => el === document.activeElement)).toBe(true);
      if (depth < path.length - 1) await page.keyboard.press('ArrowRight'); // expand
      if (depth < path.length - 1) {
        await item(path[depth + 1]?.name ?? '').waitFor();
        await page.keyboard.press('ArrowRight'); // to the first child
      }
    }
    const leaf = path.at(-1) as EntitySummary;
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/workspaces/${FIXTURES_WORKSPACE}/entities/${leaf.id}`);
    await page.getByRole('heading', { name: leaf.name, exact: true }).waitFor();

    await page.reload();
    await expect.poll(() => item(leaf.name).getAttribute('aria-selected')).toBe('true');
    for (const ancestor of path.slice(0, -1)) {
      expect(await item(ancestor.name).getAttribute('aria-expanded'), ancestor.name).toBe('true');
    }
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumbs' });
    for (const ancestor of path.slice(0, -1))
      await crumbs.getByRole('link', { name: ancestor.name }).waitFor();
  });

  it('opens a child deep in a long list cold, loading only the pages up to it', async () => {
    const { page, network } = session;
    const siblings = await children(BIG_WORKSPACE, BIG_PARENT);
    expect(siblings.length, 'the big parent has hundreds of children').toBeGreaterThan(300);
    const target = siblings[250] as EntitySummary;

    await page.goto(`/workspaces/${BIG_WORKSPACE}/entities/${target.id}`);
    const row = page.getByRole('tree').getByRole('treeitem', { name: target.name, exact: true });
    await expect.poll(() => row.getAttribute('aria-selected')).toBe('true');
    await row.scrollIntoViewIfNeeded();

    const childPages = network.requests
      .map((r) => r.url)
      .filter((url) => url.pathname === `/api/workspaces/${BIG_WORKSPACE}/entities/${BIG_PARENT}/entities/`)
      .map((url) => Number(url.searchParams.get('offset')));
    // Pages of 100 (the demo's cap): child 250 is on the third page; the other pages are never asked for.
    expect(childPages).toEqual([0, 100, 200]);
  });
});

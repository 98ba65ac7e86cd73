import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setUpBrowser } from './browser';
import { runUnderVariant, VARIANT_RUNS } from './contract-variants';
import { currentUserName, demoApi, demoInfo, type Page as Paged } from './demo-api';
import { openSecondWindow } from './second-window';

const session = setUpBrowser();

type Params = Record<string, unknown>;
type EntitySummary = { id: number; name: string; locked?: boolean };
type Entity = EntitySummary & { properties: Params; updated_at: string };
type Revision = { id: number; message?: string | null; properties?: Params };

const entity = (ws: number, id: number) =>
  demoApi<Entity>(`/api/workspaces/${ws}/entities/${id}/?properties=true`);
const children = (ws: number, id: number) =>
  demoApi<EntitySummary[]>(`/api/workspaces/${ws}/entities/${id}/entities/`);
/** Newest first, with params. */
const revisions = (ws: number, id: number, limit = 5) =>
  demoApi<Paged<Revision>>(`/api/workspaces/${ws}/entities/${id}/revisions/?limit=${limit}&offset=0`);

/** The value at a dotted path (`geometry.length`); the paths used here are plain identifiers. */
function valueAt(params: Params, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Params | undefined)?.[key], params);
}

/**
 * Numbers one object down (`geometry.length`): shown as their own text inputs in the editor (sections
 * that deep start open), not inside a list or table.
 */
function numericLeaves(params: Params): string[] {
  const paths: string[] = [];
  for (const [key, child] of Object.entries(params)) {
    if (!child || typeof child !== 'object' || Array.isArray(child)) continue;
    for (const [leaf, value] of Object.entries(child)) {
      if (typeof value === 'number' && /^\w+$/.test(key) && /^\w+$/.test(leaf)) paths.push(`${key}.${leaf}`);
    }
  }
  return paths;
}

/** A new value for a number that no other edit here would produce: it differs, and reads back exactly. */
const changed = (value: unknown, by: number) => Math.round(((value as number) + by) * 100) / 100;

type Target = { ws: number; id: number; name: string; params: Params; x: string; y: string };

/**
 * An entity this file may edit: a pile below the fixtures root's first structure's first pile group,
 * never the first pile (entity-tree.e2e.ts walks to it), so no other file reads what is written here.
 * `n` picks a different pile per test: the database is shared by every file of a run.
 */
async function editableEntity(n: number): Promise<Target> {
  const { fixtures } = await demoInfo();
  const ws = fixtures.workspaces.fixtures;
  const [structure] = await children(ws, fixtures.entities.fixturesRoot);
  if (!structure) throw new Error('the fixtures root has no children');
  const [group] = await children(ws, structure.id);
  if (!group) throw new Error(`${structure.name} has no children`);
  const piles = await children(ws, group.id);
  const pile = piles[n];
  if (!pile) throw new Error(`${group.name} has only ${piles.length} children`);
  const full = await entity(ws, pile.id);
  expect(full.locked, `${full.name} is not locked`).toBeFalsy();
  const [x, y] = numericLeaves(full.properties);
  if (!x || !y) throw new Error(`${full.name} has fewer than two numbers to edit`);
  return { ws, id: full.id, name: full.name, params: full.properties, x, y };
}

const editUrl = (t: { ws: number; id: number }) => `/workspaces/${t.ws}/entities/${t.id}/edit`;

/** The Edit tab as a person sees it. */
function editTab(page: Page, name: string) {
  const changes = page.getByRole('region', { name: 'Your changes' });
  return {
    editor: page.getByRole('region', { name: `Edit parameters of ${name}` }),
    field: (path: string) => page.getByLabel(path, { exact: true }),
    changes,
    message: changes.getByRole('textbox', { name: 'Revision message (optional)' }),
    save: changes.getByRole('button', { name: 'Save', exact: true }),
    discard: changes.getByRole('button', { name: 'Discard changes' }),
    saved: changes.getByRole('status').filter({ hasText: 'Saved as a new revision.' }),
    conflict: page.getByRole('region', { name: /Someone else saved this entity while you were editing/ }),
    draftOffer: page.getByRole('region', { name: 'Unsaved draft' }),
  };
}

async function openEditTab(page: Page, target: Target) {
  const ui = editTab(page, target.name);
  await page.goto(editUrl(target));
  await ui.editor.waitFor();
  await ui.changes.getByRole('heading', { name: 'No unsaved changes' }).waitFor();
  return ui;
}

const draftKey = (t: { ws: number; id: number }) => `viktor-dashboard:draft:${t.ws}:${t.id}`;
/** The draft the page keeps in sessionStorage, parsed; null when there is none. */
const storedDraft = (page: Page, key: string) =>
  page.evaluate((k) => {
    const raw = sessionStorage.getItem(k);
    return raw ? (JSON.parse(raw) as { properties: Record<string, unknown> }) : null;
  }, key);

describe.each(VARIANT_RUNS)('editing parameters (demo contract: %s)', (variant) => {
  runUnderVariant(variant);

  it('saves a changed number with a message as a new revision, shown on the Details tab', async () => {
    const { page } = session;
    const target = await editableEntity(1);
    const before = await revisions(target.ws, target.id, 1);
    const value = changed(valueAt(target.params, target.x), 1.25);
    const message = `e2e: ${target.x} to ${value}`;

    const ui = await openEditTab(page, target);
    expect(await ui.save.isDisabled(), 'nothing to save yet').toBe(true);
    await ui.field(target.x).fill(String(value));
    await ui.changes.getByRole('heading', { name: 'Your changes: 0 added, 0 removed, 1 changed' }).waitFor();
    await ui.message.fill(message);
    await ui.save.click();
    await ui.saved.waitFor();
    await ui.changes.getByRole('heading', { name: 'No unsaved changes' }).waitFor();
    expect(await ui.field(target.x).inputValue()).toBe(String(value));

    const saved = await entity(target.ws, target.id);
    expect(valueAt(saved.properties, target.x)).toBe(value);
    expect(valueAt(saved.properties, target.y), 'the other values are untouched').toBe(
      valueAt(target.params, target.y),
    );
    const after = await revisions(target.ws, target.id, 1);
    expect(after.count).toBe(before.count + 1);
    expect(after.results[0]?.message).toBe(message);
    expect(valueAt(after.results[0]?.properties ?? {}, target.x)).toBe(value);

    await page
      .getByRole('navigation', { name: 'Entity views' })
      .getByRole('link', { name: 'Details' })
      .click();
    await page.waitForURL(`**/workspaces/${target.ws}/entities/${target.id}`);
    const viewer = page.getByRole('tree', { name: `Parameters of ${target.name}` });
    const leaf = target.x.split('.').at(-1) as string;
    // "length: 25.05 m": the key, the value, its unit if it has one.
    await viewer.getByRole('treeitem', { name: new RegExp(`^${leaf}: ${String(value)}( |$)`) }).waitFor();
  });

  it('merges a save made meanwhile in another window: different values combine, nothing written until confirmed', async () => {
    const target = await editableEntity(2);
    const other = await openSecondWindow(session);
    let problems: string[] = [];
    try {
      const a = await openEditTab(session.page, target);
      const b = await openEditTab(other.page, target);
      const theirX = changed(valueAt(target.params, target.x), 2.5);
      const myY = changed(valueAt(target.params, target.y), 3.75);

      await a.field(target.x).fill(String(theirX));
      await a.save.click();
      await a.saved.waitFor();
      const afterTheirs = await revisions(target.ws, target.id, 1);

      await b.field(target.y).fill(String(myY));
      await b.save.click();
      await b.conflict.waitFor();
      await b.conflict.getByText('1 change of theirs was merged automatically').waitFor();
      await b.conflict.getByText('1 change of yours was kept').waitFor();
      await b.conflict.getByText('No conflicts: you did not change the same values.').waitFor();
      expect(await b.conflict.getByRole('group').count(), 'no conflict to choose').toBe(0);

      // Nothing of B's was written yet.
      const meanwhile = await entity(target.ws, target.id);
      expect(valueAt(meanwhile.properties, target.x)).toBe(theirX);
      expect(valueAt(meanwhile.properties, target.y)).toBe(valueAt(target.params, target.y));
      expect((await revisions(target.ws, target.id, 1)).count).toBe(afterTheirs.count);

      await b.conflict.getByRole('button', { name: 'Save merged version' }).click();
      await b.saved.waitFor();
      await b.conflict.waitFor({ state: 'detached' });
      // B now edits on top of A's save: A's value is in B's form.
      expect(await b.field(target.x).inputValue()).toBe(String(theirX));
      expect(await b.field(target.y).inputValue()).toBe(String(myY));

      const merged = await entity(target.ws, target.id);
      expect(valueAt(merged.properties, target.x), "A's change").toBe(theirX);
      expect(valueAt(merged.properties, target.y), "B's change").toBe(myY);
      expect((await revisions(target.ws, target.id, 1)).count).toBe(afterTheirs.count + 1);
    } finally {
      problems = await other.close();
    }
    expect(problems, 'page errors and console errors in the second window').toEqual([]);
  });

  it('makes the user choose where both changed the same value, and keeps the loser in the history', async () => {
    const target = await editableEntity(3);
    const other = await openSecondWindow(session);
    let problems: string[] = [];
    try {
      const a = await openEditTab(session.page, target);
      const b = await openEditTab(other.page, target);
      const theirs = {
        x: changed(valueAt(target.params, target.x), 1.5),
        y: changed(valueAt(target.params, target.y), 2),
      };
      const mine = {
        x: changed(valueAt(target.params, target.x), 0.5),
        y: changed(valueAt(target.params, target.y), 1),
      };

      await a.field(target.x).fill(String(theirs.x));
      await a.field(target.y).fill(String(theirs.y));
      await a.save.click();
      await a.saved.waitFor();
      const afterTheirs = await revisions(target.ws, target.id, 1);

      await b.field(target.x).fill(String(mine.x));
      await b.field(target.y).fill(String(mine.y));
      await b.save.click();
      await b.conflict.waitFor();
      await b.conflict.getByText('2 conflicts need your choice').waitFor();
      const saveMerged = b.conflict.getByRole('button', { name: 'Save merged version' });
      const status = b.conflict.getByRole('status');
      const x = b.conflict.getByRole('group', { name: target.x, exact: true });
      const y = b.conflict.getByRole('group', { name: target.y, exact: true });
      // Each conflict shows the three versions side by side.
      for (const [group, key] of [
        [x, 'x'],
        [y, 'y'],
      ] as const) {
        const base = valueAt(target.params, target[key]);
        expect(await group.textContent()).toContain(`Base${base}Mine${mine[key]}Theirs${theirs[key]}`);
      }
      expect(await saveMerged.isDisabled(), 'no choice made yet').toBe(true);
      expect(await status.textContent()).toBe('2 conflicts still without a valid choice');

      await x.getByRole('radio', { name: 'Keep mine' }).check();
      await expect.poll(() => status.textContent()).toBe('1 conflict still without a valid choice');
      expect(await saveMerged.isDisabled(), 'one conflict still open').toBe(true);
      await y.getByRole('radio', { name: 'Take theirs' }).check();
      await expect.poll(() => status.textContent()).toBe('Every conflict has a choice.');
      expect((await revisions(target.ws, target.id, 1)).count, 'nothing written while choosing').toBe(
        afterTheirs.count,
      );

      await saveMerged.click();
      await b.saved.waitFor();
      const final = await entity(target.ws, target.id);
      expect(valueAt(final.properties, target.x), 'kept mine').toBe(mine.x);
      expect(valueAt(final.properties, target.y), 'took theirs').toBe(theirs.y);

      const history = await revisions(target.ws, target.id, 3);
      expect(history.count).toBe(afterTheirs.count + 1);
      const [newest, previous] = history.results;
      expect(valueAt(newest?.properties ?? {}, target.x)).toBe(mine.x);
      expect(valueAt(previous?.properties ?? {}, target.x), "A's overruled value is still a revision").toBe(
        theirs.x,
      );
    } finally {
      problems = await other.close();
    }
    expect(problems, 'page errors and console errors in the second window').toEqual([]);
  });

  it('renames an entity as a new revision, keeping its params, and shows the new name', async () => {
    const { page } = session;
    const target = await editableEntity(5);
    const before = await revisions(target.ws, target.id, 1);
    const newName = `${target.name.replace(/ \(renamed.*\)$/, '')} (renamed, ${variant})`;

    await page.goto(`/workspaces/${target.ws}/entities/${target.id}`);
    await page.getByRole('button', { name: 'Rename' }).click();
    const dialog = page.getByRole('dialog', { name: `Rename ${target.name}` });
    await dialog.getByRole('textbox', { name: 'New name' }).fill(newName);
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: newName }).waitFor();

    const renamed = await entity(target.ws, target.id);
    expect(renamed.name).toBe(newName);
    expect(renamed.properties, 'the params are exactly as they were').toEqual(target.params);
    expect((await revisions(target.ws, target.id, 1)).count).toBe(before.count + 1);
  });
});

describe('drafts', () => {
  it('offers the unsaved edit back after a reload, and guards leaving with it', async () => {
    const { page } = session;
    const target = await editableEntity(4);
    const before = await revisions(target.ws, target.id, 1);
    const value = changed(valueAt(target.params, target.x), 4.5);
    const original = String(valueAt(target.params, target.x));

    const ui = await openEditTab(page, target);
    await ui.field(target.x).click();
    await ui.field(target.x).fill(String(value));
    await expect
      .poll(async () => valueAt((await storedDraft(page, draftKey(target)))?.properties ?? {}, target.x))
      .toBe(value);

    // Reloading asks first (the browser's own prompt): go on.
    const prompts: string[] = [];
    page.on('dialog', (dialog) => {
      prompts.push(dialog.type());
      void dialog.accept();
    });
    await page.reload();
    await ui.draftOffer.waitFor();
    expect(prompts).toEqual(['beforeunload']);
    await ui.draftOffer.getByText(/You have unsaved changes to this entity from/).waitFor();
    // The diff in the offer is computed in a worker: wait for it rather than read "Comparing…".
    await expect.poll(() => ui.draftOffer.textContent()).toContain(String(value));
    await ui.draftOffer.getByRole('button', { name: 'Restore draft' }).click();
    await ui.draftOffer.waitFor({ state: 'detached' });
    expect(await ui.field(target.x).inputValue()).toBe(String(value));
    await ui.changes.getByRole('heading', { name: 'Your changes: 0 added, 0 removed, 1 changed' }).waitFor();

    // Leaving in the app asks too; Stay keeps the edit.
    const views = page.getByRole('navigation', { name: 'Entity views' });
    await views.getByRole('link', { name: 'Details' }).click();
    const leave = page.getByRole('alertdialog', { name: /Leave without saving\?/ });
    await leave.getByRole('button', { name: 'Stay' }).click();
    await leave.waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).toBe(editUrl(target));
    expect(await ui.field(target.x).inputValue()).toBe(String(value));

    await ui.discard.click();
    await ui.changes.getByRole('heading', { name: 'No unsaved changes' }).waitFor();
    expect(await ui.field(target.x).inputValue()).toBe(original);
    await expect.poll(() => storedDraft(page, draftKey(target))).toBeNull();
    // Nothing left to lose: leaving no longer asks.
    await views.getByRole('link', { name: 'Details' }).click();
    await page.waitForURL(`**/workspaces/${target.ws}/entities/${target.id}`);
    expect(await page.getByRole('alertdialog').count()).toBe(0);

    const after = await entity(target.ws, target.id);
    expect(valueAt(after.properties, target.x), 'never saved').toBe(valueAt(target.params, target.x));
    expect((await revisions(target.ws, target.id, 1)).count).toBe(before.count);
  });
});

describe('deleting', () => {
  it('deletes an entity with its subtree after its name is typed, and shows its parent', async () => {
    const { page } = session;
    const { fixtures } = await demoInfo();
    const ws = fixtures.workspaces.fixtures;
    // The "Noise barrier" structure's pile group "PG-01 north", found by name: only this test
    // touches it (the failure files edit that structure's other two groups, by name too).
    const structure = (await children(ws, fixtures.entities.fixturesRoot)).find(
      (s) => s.name === 'Noise barrier',
    );
    if (!structure) throw new Error('no "Noise barrier" structure in the fixtures workspace');
    const parentId = structure.id;
    const parent = await entity(ws, parentId);
    const siblings = await children(ws, parentId);
    const target = siblings.find((s) => s.name === 'PG-01 north');
    const below = target ? await children(ws, target.id) : [];
    if (!target || below.length === 0) throw new Error('no "PG-01 north" with children to delete');
    const [child] = below;
    if (!child) throw new Error('no child');
    const grandchildren = await children(ws, child.id);
    expect(
      siblings.filter((s) => s.name === target.name),
      'its name is unique among its siblings',
    ).toHaveLength(1);

    await page.goto(`/workspaces/${ws}/entities/${target.id}`);
    await page.getByRole('heading', { level: 2, name: target.name, exact: true }).waitFor();
    const tree = page.getByRole('tree', { name: /Entities of/ });
    const item = tree.getByRole('treeitem', { name: target.name, exact: true });
    await expect.poll(() => item.getAttribute('aria-selected')).toBe('true');

    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Delete ${target.name}` });
    const n = below.length;
    await dialog
      .getByText(`Its ${n} ${n === 1 ? 'child' : 'children'} and everything below them will be deleted too.`)
      .waitFor();
    const confirm = dialog.getByRole('button', { name: 'Delete', exact: true });
    const typed = dialog.getByRole('textbox', { name: 'Type the entity’s name to confirm' });
    expect(await confirm.isDisabled(), 'nothing typed yet').toBe(true);
    await typed.fill(target.name.slice(0, -1));
    expect(await confirm.isDisabled(), 'the name is not complete').toBe(true);
    await typed.fill(target.name);
    await confirm.click();

    await dialog.waitFor({ state: 'detached' });
    await page.waitForURL((url) => url.pathname === `/workspaces/${ws}/entities/${parentId}`);
    await page.getByRole('heading', { level: 2, name: parent.name, exact: true }).waitFor();
    await expect.poll(() => item.count(), { message: 'gone from the tree' }).toBe(0);
    // Its siblings are still there.
    const sibling = siblings.find((s) => s.id !== target.id) as EntitySummary;
    await tree.getByRole('treeitem', { name: sibling.name, exact: true }).waitFor();

    for (const gone of [target, child, ...grandchildren.slice(0, 1)]) {
      await expect(entity(ws, gone.id), `${gone.name} (${gone.id})`).rejects.toThrow(/: 404 /);
    }
    expect((await children(ws, parentId)).map((e) => e.id)).not.toContain(target.id);
  });
});

describe('a locked entity', () => {
  it('is read-only on the Edit tab, saying who holds the lock', async () => {
    const { page } = session;
    const { fixtures } = await demoInfo();
    const ws = fixtures.workspaces.fixtures;
    const locked = await entity(ws, fixtures.entities.locked);
    expect(locked.locked).toBe(true);
    const holder = await currentUserName('engineer');

    await page.goto(editUrl({ ws, id: locked.id }));
    await page
      .getByRole('note')
      .filter({ hasText: `Read-only: it is locked by ${holder}.` })
      .waitFor();
    const viewer = page.getByRole('region', { name: `Parameters of ${locked.name}` });
    await viewer.waitFor();
    const [path] = numericLeaves(locked.properties);
    if (!path) throw new Error('the locked entity has no number');
    const field = viewer.getByLabel(path, { exact: true });
    expect(await field.inputValue()).toBe(String(valueAt(locked.properties, path)));
    expect(await field.isEditable(), 'the field cannot be changed').toBe(false);
    expect(await page.getByRole('button', { name: 'Save', exact: true }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Your changes' }).count()).toBe(0);
  });
});

describe('the keyboard', () => {
  it('saves with Control+S from the field just edited', async () => {
    const { page } = session;
    const target = await editableEntity(6);
    const value = changed(valueAt(target.params, target.x), 6.25);

    const ui = await openEditTab(page, target);
    await ui.field(target.x).fill(String(value));
    await ui.changes.getByRole('heading', { name: 'Your changes: 0 added, 0 removed, 1 changed' }).waitFor();
    await ui.field(target.x).press('Control+S');
    await ui.saved.waitFor();
    expect(await ui.save.getAttribute('aria-keyshortcuts')).toBe('Control+S Meta+S');

    const saved = await entity(target.ws, target.id);
    expect(valueAt(saved.properties, target.x)).toBe(value);
  });
});

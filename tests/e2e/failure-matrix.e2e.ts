import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { setUpBrowser } from './browser';
import { currentUserName, demoInfo } from './demo-api';
import {
  addFault,
  changed,
  clearFaults,
  demoWrite,
  descriptionOf,
  editTab,
  entityPath,
  openEditTab,
  pendingFaults,
  pileOf,
  readEntity,
  revisionCount,
  sent,
  storedDraft,
  type Target,
  valueAt,
} from './failure-matrix-ui';

/**
 * The failure matrix for writes: a save or rename refused (403 rights, archived, locked; 404 deleted
 * meanwhile; 400 field errors) or failing (500, the connection dropped). Each row: the message where
 * it happened, the rest of the app still working, the edit not lost, and no write sent twice.
 */
const session = setUpBrowser();

afterEach(async () => {
  await clearFaults();
});

/** Types a new value into the target's field; returns it as the field shows it. */
async function typeChange(page: Page, target: Target, by: number) {
  const ui = await openEditTab(page, target);
  const value = String(changed(valueAt(target.params, target.path), by));
  await ui.field(target.path).fill(value);
  await ui.oneChange.waitFor();
  await expect
    .poll(async () => valueAt((await storedDraft(page, target))?.properties ?? {}, target.path))
    .toBe(Number(value));
  return { ui, value };
}

/** After a refused save: the typed value is still in the field, the draft holds it, Save is offered again. */
async function editKept(page: Page, target: Target, value: string) {
  const ui = editTab(page, target.name);
  expect(await ui.field(target.path).inputValue()).toBe(value);
  await ui.oneChange.waitFor();
  expect(valueAt((await storedDraft(page, target))?.properties ?? {}, target.path)).toBe(Number(value));
  expect(await ui.save.isEnabled(), 'Save is offered again').toBe(true);
}

/**
 * The rest of the app works: a sibling opens from the tree (leaving asks, the edit stays a draft), and
 * coming back offers the draft with the typed value.
 */
async function leaveAndComeBack(page: Page, target: Target, value: string, sibling: Target) {
  const tree = page.getByRole('tree', { name: /Entities of/ });
  await tree
    .getByRole('treeitem', { name: sibling.name, exact: true })
    .getByRole('link', { name: sibling.name, exact: true })
    .click();
  const leave = page.getByRole('alertdialog', { name: /Leave without saving\?/ });
  await leave.getByRole('button', { name: 'Leave' }).click();
  await page.getByRole('heading', { level: 2, name: sibling.name, exact: true }).waitFor();
  await page.goBack();
  const ui = editTab(page, target.name);
  await ui.draftOffer.waitFor();
  await expect.poll(() => ui.draftOffer.textContent()).toContain(value);
  await ui.draftOffer.getByRole('button', { name: 'Restore draft' }).click();
  expect(await ui.field(target.path).inputValue()).toBe(value);
}

describe('a save refused with 403', () => {
  it('for lack of rights: says so in the editor, keeps the edit, and the tree still works', async () => {
    const { page, network } = session;
    const [target, sibling] = [await pileOf(0), await pileOf(1)];
    const revisions = await revisionCount(target.ws, target.id);
    const detail = 'You do not have permission to perform this action.';
    const { ui, value } = await typeChange(page, target, 1.5);

    await addFault({ path: entityPath(target.ws, target.id), method: 'PUT', kind: '403', body: { detail } });
    session.allowConsoleError(/status of 403/);
    await ui.save.click();
    await ui.saveAlert.filter({ hasText: detail }).waitFor();
    await ui.saveAlert.getByText(/Your changes are kept/).waitFor();
    expect(sent(network, 'PUT', entityPath(target.ws, target.id))).toBe(1);
    await editKept(page, target, value);
    expect(await revisionCount(target.ws, target.id), 'nothing saved').toBe(revisions);

    await leaveAndComeBack(page, target, value, sibling);
  });

  it('because the server says the workspace is archived: the editor says so and keeps the edit', async () => {
    const { page, network } = session;
    const target = await pileOf(2);
    const detail = 'This workspace is archived and read-only.';
    const { ui, value } = await typeChange(page, target, 2.5);

    await addFault({ path: entityPath(target.ws, target.id), method: 'PUT', kind: '403', body: { detail } });
    session.allowConsoleError(/status of 403/);
    await ui.save.click();
    await ui.saveAlert.filter({ hasText: detail }).waitFor();
    expect(sent(network, 'PUT', entityPath(target.ws, target.id))).toBe(1);
    await editKept(page, target, value);
    expect(valueAt((await readEntity(target.ws, target.id)).properties, target.path)).toBe(
      valueAt(target.params, target.path),
    );
  });

  it('because someone locked the entity while it was being edited: names who holds it, keeps the edit', async () => {
    const { page, network } = session;
    const { fixtures } = await demoInfo();
    const locked = fixtures.entities.locked;
    const holder = await currentUserName('engineer');
    const ws = fixtures.workspaces.fixtures;
    const entity = await readEntity(ws, locked);
    const target: Target = {
      ws,
      id: locked,
      name: entity.name,
      params: entity.properties,
      path: 'geometry.length',
    };
    const engineerId = (entity as unknown as { locked_by: { id: number } }).locked_by.id;
    try {
      // The engineer lets go while the admin opens the editor, then takes the lock again.
      await demoWrite(`/__control/entities/${locked}`, 'POST', 'admin', { locked_by: null });
      const { ui, value } = await typeChange(page, target, 3.5);
      await demoWrite(`/__control/entities/${locked}`, 'POST', 'admin', { locked_by: engineerId });

      session.allowConsoleError(/status of 403/);
      await ui.save.click();
      await ui.saveAlert.filter({ hasText: `Entity is locked by ${holder}.` }).waitFor();
      expect(sent(network, 'PUT', entityPath(ws, locked))).toBe(1);
      await editKept(page, target, value);
    } finally {
      await demoWrite(`/__control/entities/${locked}`, 'POST', 'admin', { locked_by: engineerId });
    }
    expect((await readEntity(ws, locked)).properties).toEqual(entity.properties);
  });
});

describe('an entity deleted meanwhile (404)', () => {
  it('says it no longer exists in the editor, keeps the typed values, and the tree still works', async () => {
    const { page } = session;
    // The last pile: deleting it moves no other pile of the group (pileOf counts positions).
    const [target, sibling] = [await pileOf(13), await pileOf(4)];
    const { ui, value } = await typeChange(page, target, 4.5);

    expect(await demoWrite(entityPath(target.ws, target.id), 'DELETE', 'engineer')).toBeLessThan(300);
    session.allowConsoleError(/status of 404/);
    await ui.save.click();
    await ui.saveAlert.filter({ hasText: /This entity no longer exists/ }).waitFor();
    expect(await ui.field(target.path).inputValue(), 'the typed value is still there').toBe(value);
    // The values can be taken away: the entity cannot come back to restore them into.
    const download = page.waitForEvent('download');
    await ui.saveAlert.getByRole('button', { name: 'Download your values (JSON)' }).click();
    const file = await download;
    const saved = JSON.parse(await streamText(await file.createReadStream())) as Record<string, unknown>;
    expect(valueAt(saved, target.path)).toBe(Number(value));

    const tree = page.getByRole('tree', { name: /Entities of/ });
    await tree
      .getByRole('treeitem', { name: sibling.name, exact: true })
      .getByRole('link', { name: sibling.name, exact: true })
      .click();
    await page
      .getByRole('alertdialog', { name: /Leave without saving\?/ })
      .getByRole('button', { name: 'Leave' })
      .click();
    await page.getByRole('heading', { level: 2, name: sibling.name, exact: true }).waitFor();

    // Its link, opened again: said in the detail pane, the workspace around it still there.
    await page.goto(`/workspaces/${target.ws}/entities/${target.id}/edit`);
    const detail = page.getByRole('region', { name: 'Entity detail' });
    await detail.getByRole('heading', { name: 'This entity does not exist' }).waitFor();
    // The tree is there, and opens what still exists.
    const { fixtures } = await demoInfo();
    const root = await readEntity(target.ws, fixtures.entities.fixturesRoot);
    await tree.getByRole('link', { name: root.name, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: root.name, exact: true }).waitFor();
  });
});

describe('a save refused with 400 field errors', () => {
  it('shows the server’s message at the field it names, and keeps the edit', async () => {
    const { page } = session;
    const target = await pileOf(5);
    const { ui, value } = await typeChange(page, target, 5.5);
    const problem = 'Ensure this value is less than or equal to 20.';

    await addFault({
      path: entityPath(target.ws, target.id),
      method: 'PUT',
      kind: '400',
      body: { properties: { geometry: { length: [problem] } } },
    });
    session.allowConsoleError(/status of 400/);
    await ui.save.click();
    await ui.saveAlert.filter({ hasText: /rejected some values/ }).waitFor();
    const field = ui.field(target.path);
    await expect.poll(() => descriptionOf(field)).toContain(problem);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await editKept(page, target, value);
  });

  it('shows a name error from a rename at the name field, and the dialog keeps the typed name', async () => {
    const { page } = session;
    const target = await pileOf(6);
    const problem = 'An entity with this name already exists here.';
    const typed = `${target.name} (renamed)`;

    await page.goto(`/workspaces/${target.ws}/entities/${target.id}`);
    await page.getByRole('button', { name: 'Rename' }).click();
    const dialog = page.getByRole('dialog', { name: `Rename ${target.name}` });
    const name = dialog.getByRole('textbox', { name: 'New name' });
    await name.fill(typed);
    await addFault({
      path: entityPath(target.ws, target.id),
      method: 'PUT',
      kind: '400',
      body: { name: [problem] },
    });
    session.allowConsoleError(/status of 400/);
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await expect.poll(() => descriptionOf(name)).toContain(problem);
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await name.inputValue()).toBe(typed);
    expect((await readEntity(target.ws, target.id)).name).toBe(target.name);
  });
});

describe('a save that fails on the way (500, connection dropped)', () => {
  for (const [kind, consoleError] of [
    ['500', /status of 500/],
    // Behind the dashboard's proxy (as behind nginx) a dropped upstream connection is a 502.
    ['network', /status of 502/],
  ] as const) {
    it(`${kind}: one PUT, never re-sent on its own; the editor says not saved, and Save again saves`, async () => {
      const { page, network } = session;
      const target = await pileOf(kind === '500' ? 7 : 8);
      const revisions = await revisionCount(target.ws, target.id);
      const { ui, value } = await typeChange(page, target, 6.5);
      const put = entityPath(target.ws, target.id);

      await addFault({ path: put, method: 'PUT', kind });
      session.allowConsoleError(consoleError);
      await ui.save.click();
      await ui.saveAlert.filter({ hasText: /try again/ }).waitFor();
      // The alert means the mutation settled: had it been retried, it would still be pending.
      expect(sent(network, 'PUT', put)).toBe(1);
      expect(await pendingFaults()).toEqual([]);
      await editKept(page, target, value);
      expect(await revisionCount(target.ws, target.id), 'nothing saved').toBe(revisions);

      await ui.save.click();
      await ui.saved.waitFor();
      expect(sent(network, 'PUT', put)).toBe(2);
      expect(valueAt((await readEntity(target.ws, target.id)).properties, target.path)).toBe(Number(value));
      expect(await revisionCount(target.ws, target.id)).toBe(revisions + 1);
      await expect
        .poll(() => storedDraft(page, target), { message: 'the draft is gone once saved' })
        .toBeNull();
    });
  }
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { setUpBrowser } from './browser';
import { demoInfo } from './demo-api';
import { workspaceListPage } from './workspace-list-page';

/** Git-ignored; CI can keep these as artifacts, and a person can look at them. */
const ARTIFACTS = fileURLToPath(new URL('../../.e2e-artifacts', import.meta.url));
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const session = setUpBrowser();

async function screenshot(name: string) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  const png = await session.page.screenshot({ path, fullPage: false });
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  // A blank page compresses to a few KB; a rendered one does not.
  expect(statSync(path).size).toBeGreaterThan(20_000);
}

describe('screenshots', () => {
  it('of the workspace list', async () => {
    const ui = workspaceListPage(session.page);
    await session.page.goto('/workspaces');
    await ui.rows.nth(5).waitFor();
    await session.page.waitForLoadState('networkidle');
    await screenshot('workspace-list');
  });

  it('of the workspace list on a phone-sized screen', async () => {
    await session.page.setViewportSize({ width: 390, height: 844 });
    await session.page.goto('/workspaces');
    const ui = workspaceListPage(session.page);
    await ui.rows.nth(3).waitFor();
    await session.page.waitForLoadState('networkidle');
    await screenshot('workspace-list-narrow');
    // On a phone the name column must keep room for the name (it once collapsed to nothing).
    const nameBox = await ui.rows.first().getByRole('link').first().boundingBox();
    expect(nameBox?.width ?? 0).toBeGreaterThan(120);
  });

  it('of a workspace with an entity open', async () => {
    const { fixtures } = await demoInfo();
    await session.page.goto(
      `/workspaces/${fixtures.workspaces.fixtures}/entities/${fixtures.entities.locked}`,
    );
    await session.page.getByRole('heading', { level: 1 }).first().waitFor();
    await session.page.waitForLoadState('networkidle');
    await screenshot('workspace-entity');
  });
});

import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from './axe';
import { setUpBrowser } from './browser';
import { demoApi, demoInfo } from './demo-api';
import { workspaceListPage } from './workspace-list-page';

const session = setUpBrowser();

/**
 * The colour an element's text is drawn in and the colour behind it (its own background, or the
 * nearest ancestor's that is not transparent), as sRGB: computed colours come as oklch() and friends,
 * so a 1×1 canvas converts them the way the page paints them.
 */
function colorsOf(element: Locator) {
  return element.evaluate((start) => {
    const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2d canvas');
    const rgba = (css: string) => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = css;
      context.fillRect(0, 0, 1, 1);
      return [...context.getImageData(0, 0, 1, 1).data] as [number, number, number, number];
    };
    let behind: HTMLElement | null = start as HTMLElement;
    while (behind && rgba(getComputedStyle(behind).backgroundColor)[3] === 0) behind = behind.parentElement;
    return {
      text: rgba(getComputedStyle(start).color),
      background: rgba(behind ? getComputedStyle(behind).backgroundColor : 'white'),
    };
  });
}

/** WCAG 2 relative luminance of an sRGB colour, 0 (black) to 1 (white). */
function luminance([r, g, b]: readonly number[]) {
  const linear = (channel = 0) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a: readonly number[], b: readonly number[]) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const pageBackground = (page: Page) => colorsOf(page.locator('body')).then((c) => luminance(c.background));
const themeSelect = (page: Page) => page.getByRole('combobox', { name: 'Theme' });

async function openList(page: Page) {
  await page.goto('/workspaces');
  await workspaceListPage(page).rows.first().waitFor();
}

describe('dark mode', () => {
  it('follows a dark system setting: dark page, light readable text, dark native controls', async () => {
    const { page } = session;
    await page.emulateMedia({ colorScheme: 'dark' });
    await openList(page);
    expect(await themeSelect(page).inputValue()).toBe('system');
    expect(await pageBackground(page)).toBeLessThan(0.05);

    // The page's own text, a secondary grey label in the header, and a link in the list.
    const samples = [
      page.locator('body'),
      page.getByText('Theme', { exact: true }),
      workspaceListPage(page).rows.first().getByRole('link').first(),
    ];
    for (const sample of samples) {
      const { text, background } = await colorsOf(sample);
      expect(luminance(text)).toBeGreaterThan(luminance(background));
      expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5);
    }
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(
      'light dark',
    );
    expect(await themeSelect(page).evaluate((select) => getComputedStyle(select).colorScheme)).toMatch(
      /dark/,
    );
  });

  it('stays light on a light system', async () => {
    const { page } = session;
    await page.emulateMedia({ colorScheme: 'light' });
    await openList(page);
    expect(await pageBackground(page)).toBeGreaterThan(0.9);
  });

  it('the toggle overrides the system setting and is remembered across a reload; System hands back', async () => {
    const { page } = session;
    await page.emulateMedia({ colorScheme: 'dark' });
    await openList(page);
    await themeSelect(page).selectOption({ label: 'Light' });
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
    expect(await pageBackground(page)).toBeGreaterThan(0.9);

    await page.reload();
    await workspaceListPage(page).rows.first().waitFor();
    expect(await themeSelect(page).inputValue()).toBe('light');
    expect(await pageBackground(page)).toBeGreaterThan(0.9);

    await themeSelect(page).selectOption({ label: 'System' });
    await page.waitForFunction(() => document.documentElement.dataset.theme === undefined);
    expect(await pageBackground(page)).toBeLessThan(0.05);

    // And the other way round: Dark on a light system.
    await page.emulateMedia({ colorScheme: 'light' });
    await themeSelect(page).selectOption({ label: 'Dark' });
    await page.reload();
    await workspaceListPage(page).rows.first().waitFor();
    expect(await themeSelect(page).inputValue()).toBe('dark');
    expect(await pageBackground(page)).toBeLessThan(0.05);
    expect(await page.evaluate(() => localStorage.getItem('viktor-dashboard:theme'))).toBe('dark');
  });

  it("a remembered Dark on a light system is dark before any of the app's scripts has run", async () => {
    const { page } = session;
    await page.emulateMedia({ colorScheme: 'light' });
    await openList(page);
    await themeSelect(page).selectOption({ label: 'Dark' });

    // Reloaded with every module of the app refused: what shows now, index.html did on its own, as
    // it is parsed (a blocking script in <head> runs before anything below it can be painted).
    session.allowConsoleError(/Failed to load resource/);
    await page.route('**/assets/*.js', (route) =>
      /\/theme-init-[^/]*\.js$/.test(new URL(route.request().url()).pathname)
        ? route.continue()
        : route.abort(),
    );
    await page.reload({ waitUntil: 'domcontentloaded' });
    expect(await page.locator('#root').innerHTML(), 'the app did not run').toBe('');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
    expect(await pageBackground(page)).toBeLessThan(0.05);
    // And it is so from the first paint: the script that did it blocks the parser in <head>.
    expect(
      await page.evaluate(() =>
        [...document.head.querySelectorAll<HTMLScriptElement>('script[src*="theme-init-"]')].map(
          (script) => ({
            blocking: !script.hasAttribute('async') && !script.hasAttribute('defer') && !script.type,
          }),
        ),
      ),
    ).toEqual([{ blocking: true }]);
  });

  // A quick look on its own; accessibility.e2e.ts runs axe on every page in both colour schemes.
  it('has no serious or critical axe violations in dark mode: the list, and an entity page', async () => {
    const { page } = session;
    await page.emulateMedia({ colorScheme: 'dark' });
    await openList(page);
    await expectNoSeriousViolations(page, 'the workspace list, dark');

    const { fixtures } = await demoInfo();
    const ws = fixtures.workspaces.fixtures;
    const entity = await demoApi<{ id: number; name: string }>(
      `/api/workspaces/${ws}/entities/${fixtures.entities.manyRevisions}/`,
    );
    await page.goto(`/workspaces/${ws}/entities/${entity.id}`);
    await page
      .getByRole('tree', { name: `Parameters of ${entity.name}` })
      .getByRole('treeitem')
      .first()
      .waitFor();
    await expectNoSeriousViolations(page, `${entity.name}, dark`);
  });
});

import type { Page } from 'playwright-core';

/** The workspace list as a person finds it: by role and accessible name. */
export function workspaceListPage(page: Page) {
  const list = page.getByRole('list', { name: 'Workspaces', exact: true });
  return {
    list,
    /** Rows only: each row holds a nested "Labels" list whose items are not rows. */
    rows: list.locator(':scope > li'),
    search: page.getByRole('searchbox', { name: 'Search workspaces' }),
    visibility: page.getByRole('combobox', { name: 'Visibility', exact: true }),
    includeArchived: page.getByRole('checkbox', { name: 'Include archived' }),
    total: (count: number) =>
      page.getByText(`${count.toLocaleString('en-US')} ${count === 1 ? 'workspace' : 'workspaces'}`, {
        exact: true,
      }),
    allLoaded: (count: number) => page.getByText(`All ${count.toLocaleString('en-US')} workspaces loaded`),
    async selectedVisibility() {
      return this.visibility.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text ?? '');
    },
    /**
     * Wheel-scrolls the list as a person would, until it is at the bottom and "All … loaded" is
     * there (more pages load on the way, each making the list longer), or gives up.
     */
    async scrollToEnd(maxTurns = 60) {
      const scroller = page.locator('[data-scroll-container="workspaces"]');
      const box = await scroller.boundingBox();
      if (!box) throw new Error('the workspace list is not on screen');
      const done = async () =>
        (await page.getByText(/^All [\d,]+ workspaces loaded$/).isVisible()) &&
        (await scroller.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 1));
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      for (let turn = 0; turn < maxTurns && !(await done()); turn++) {
        await page.mouse.wheel(0, box.height);
        await page.waitForTimeout(100);
      }
    },
  };
}

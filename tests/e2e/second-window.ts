import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import type { BrowserSession } from './browser';

export type SecondWindow = {
  readonly page: Page;
  /** Closes it; resolves to the page errors and console errors it had (none expected). */
  close(): Promise<string[]>;
};

/**
 * Another browser context next to the session's (same browser, same user, its own storage): a second
 * person, or the same one in another window, editing at the same time. Its problems are collected the
 * way setUpBrowser collects the first one's.
 */
export async function openSecondWindow(
  session: BrowserSession,
  baseUrl: string = inject('baseUrl'),
): Promise<SecondWindow> {
  const browser = session.context.browser();
  if (!browser) throw new Error('the session has no browser');
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(15_000);
  const problems: string[] = [];
  context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`));
  context.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  const page = await context.newPage();
  return {
    page,
    async close() {
      await context.close();
      return problems;
    },
  };
}

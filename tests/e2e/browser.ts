import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import { launchChromium } from '../chromium';
import { NetworkLog } from './network-log';

export { launchChromium };

export type BrowserSession = {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly network: NetworkLog;
  /** Console errors this test expects (an HTTP error the page handles still logs one). */
  allowConsoleError(pattern: RegExp): void;
};

type State = {
  page: Page;
  context: BrowserContext;
  network: NetworkLog;
  problems: string[];
  allowed: RegExp[];
};

/**
 * One Chromium per test file, a fresh context (no cookies, no storage) per test. A test fails on any
 * uncaught page error or console error it did not declare: the user would not see those, we should.
 */
export function setUpBrowser(baseUrl: () => string = () => inject('baseUrl')): BrowserSession {
  let browser: Browser | undefined;
  let state: State | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    if (!browser) throw new Error('Chromium did not start');
    const context = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(15_000);
    const problems: string[] = [];
    context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`));
    context.on('console', (message) => {
      if (message.type() !== 'error') return;
      const where = message.location().url;
      problems.push(`console error: ${message.text()}${where ? ` (${where})` : ''}`);
    });
    const network = new NetworkLog(context);
    state = { context, network, problems, allowed: [], page: await context.newPage() };
  });

  afterEach(async () => {
    const finished = state;
    state = undefined;
    if (!finished) return;
    await finished.context.close();
    const unexpected = finished.problems.filter((p) => !finished.allowed.some((re) => re.test(p)));
    expect(unexpected, 'page errors and console errors').toEqual([]);
  });

  const current = () => {
    if (!state) throw new Error('setUpBrowser: no page outside a test');
    return state;
  };
  return {
    get page() {
      return current().page;
    },
    get context() {
      return current().context;
    },
    get network() {
      return current().network;
    },
    allowConsoleError(pattern) {
      current().allowed.push(pattern);
    },
  };
}

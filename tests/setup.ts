import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { mockServer, resetMockState } from './fixtures/mock-server';

// jsdom has no layout: give every element a viewport-sized box so virtualized lists render rows.
if (typeof HTMLElement !== 'undefined') {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 800 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1024 });
}

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  mockServer.resetHandlers();
  resetMockState();
});
afterAll(() => mockServer.close());

// The router restores scroll positions; jsdom does not implement scrolling.
if (typeof window !== 'undefined') window.scrollTo = () => {};

import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { session } from '../src/lib/session';
import { mockServer, resetMockState } from './fixtures/mock-server';

// jsdom has no layout: give every element a viewport-sized box so virtualized lists render rows.
// Content height is what children declare inline (a virtualizer's spacer), so it can be scrolled.
if (typeof HTMLElement !== 'undefined') {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 800 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1024 });
  Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
    configurable: true,
    get(this: HTMLElement) {
      const declared = [...this.children].reduce(
        (sum, child) => sum + (Number.parseFloat((child as HTMLElement).style?.height) || 0),
        0,
      );
      return Math.max(800, declared);
    },
  });
}

// findBy*/waitFor wait for a state, not for a time: the default 1 s ceiling is a timing assertion on
// a busy 2-core machine. A test still fails fast when the state is wrong (the assertion says so).
configure({ asyncUtilTimeout: 10_000 });

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  mockServer.resetHandlers();
  resetMockState();
  // Signed out in one test (a 401) must not pause the next test's queries.
  session.reset();
});
afterAll(() => mockServer.close());

// The router restores scroll positions; jsdom does not implement scrolling.
if (typeof window !== 'undefined') window.scrollTo = () => {};

// jsdom does not scroll elements: make `scrollTo` move `scrollTop` and announce it, as a browser
// would, so virtualized lists can be scrolled (by keyboard or by revealing a row) in tests.
if (typeof Element !== 'undefined') {
  Element.prototype.scrollTo = function scrollTo(
    this: Element,
    options?: ScrollToOptions | number,
    y?: number,
  ) {
    const top = typeof options === 'number' ? (y ?? 0) : (options?.top ?? this.scrollTop);
    this.scrollTop = top;
    this.dispatchEvent(new Event('scroll'));
  };
}

// jsdom has HTMLDialogElement but no showModal/close, and no Escape → `cancel`. The smallest stand-in
// for what the browser does: `open` (jsdom hides a closed <dialog>), modal semantics for queries
// (aria-modal, as the browser's top layer implies), Escape firing a cancelable `cancel` on the topmost
// modal dialog and closing it unless prevented. Focus trapping (inertness) is left to real Chromium.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  const modals: HTMLDialogElement[] = [];
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    if (this.open) throw new DOMException('The dialog is already open.', 'InvalidStateError');
    this.setAttribute('open', '');
    this.setAttribute('aria-modal', 'true');
    modals.push(this);
  };
  HTMLDialogElement.prototype.show = function show(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.open) return;
    this.removeAttribute('open');
    this.removeAttribute('aria-modal');
    if (modals.includes(this)) modals.splice(modals.indexOf(this), 1);
    this.dispatchEvent(new Event('close'));
  };
  document.addEventListener('keydown', (event) => {
    // A dialog removed from the page without close() is no longer shown: skip it.
    const top = modals.filter((dialog) => dialog.isConnected).at(-1);
    if (event.key !== 'Escape' || event.defaultPrevented || !top) return;
    if (top.dispatchEvent(new Event('cancel', { cancelable: true }))) top.close();
  });
}

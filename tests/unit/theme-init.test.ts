import { afterEach, describe, expect, it, vi } from 'vitest';
import { THEME_INIT_SCRIPT } from '../../scripts/theme-init-plugin';
import { applyThemeChoice, readThemeChoice, THEME_STORAGE_KEY } from '../../src/lib/theme';

/** What index.html's script puts on <html>, run as the browser runs it: the text, on its own. */
function afterInitScript() {
  delete document.documentElement.dataset.theme;
  new Function(THEME_INIT_SCRIPT)();
  return document.documentElement.dataset.theme;
}

/** What the app decides for the same storage. */
function afterApp() {
  delete document.documentElement.dataset.theme;
  applyThemeChoice(readThemeChoice());
  return document.documentElement.dataset.theme;
}

afterEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});

describe("index.html's theme script", () => {
  it.each([
    ['dark', 'dark'],
    ['light', 'light'],
    ['system', undefined],
    ['purple', undefined],
    [null, undefined],
  ])('with %s stored, sets what the app would (%s)', (stored, expected) => {
    if (stored !== null) localStorage.setItem(THEME_STORAGE_KEY, stored);
    expect(afterInitScript()).toBe(expected);
    expect(afterApp()).toBe(expected);
  });

  it('leaves the system theme when storage cannot be read, and throws nothing', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(afterInitScript()).toBeUndefined();
    expect(afterApp()).toBeUndefined();
  });

  it('is self-contained: it names nothing of the module it was written in', () => {
    expect(THEME_INIT_SCRIPT).not.toMatch(/\bimport\b|\bexport\b|__name|THEME_STORAGE_KEY/);
  });
});

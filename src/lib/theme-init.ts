/** Where the header's theme choice is remembered (src/lib/theme.ts): this one localStorage key. */
export const THEME_STORAGE_KEY = 'viktor-dashboard:theme';

/**
 * Puts a remembered Light or Dark on <html> before the first paint. The app's own scripts are modules,
 * which run only after the document is parsed: Chromium may paint the system's theme before that, and
 * then flip. So this runs on its own, as a tiny classic script in index.html's <head> (the CSP forbids
 * an inline one): scripts/theme-init-plugin.ts writes this function out with `toString()`. It must
 * therefore refer to nothing outside itself and hold no inner functions (a bundler may wrap those).
 * `system` is never stored (src/lib/theme.ts removes the key), and needs no script: CSS follows the
 * media query.
 */
export function applyStoredTheme(storageKey: string) {
  try {
    const stored = localStorage.getItem(storageKey);
    if (stored === 'light' || stored === 'dark') document.documentElement.dataset.theme = stored;
  } catch {
    // Storage cannot be read (private mode, policy): the system's theme, as the app will decide too.
  }
}

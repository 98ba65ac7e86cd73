import { useSyncExternalStore } from 'react';
import { THEME_STORAGE_KEY } from './theme-init';

/**
 * Light or dark: the system's choice (prefers-color-scheme) unless the user picked one in the header,
 * which is remembered in localStorage (this one key, nothing else). The page itself switches in CSS
 * (src/index.css): `system` leaves <html> alone, `light`/`dark` set data-theme, which sets color-scheme.
 *
 * index.html has already put a stored choice on <html> before the first paint (a tiny
 * script of its own, src/lib/theme-init.ts); main.tsx imports this module first thing all the same,
 * so the app agrees with it wherever it runs (tests, a page without that script).
 */
export type ThemeChoice = 'system' | 'light' | 'dark';

export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];
export { THEME_STORAGE_KEY };

const DARK_QUERY = '(prefers-color-scheme: dark)';

const isChoice = (value: unknown): value is ThemeChoice => THEME_CHOICES.includes(value as ThemeChoice);

/** The remembered choice; `system` when there is none, or storage cannot be read (private mode, policy). */
export function readThemeChoice(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage) {
  try {
    const stored = storage?.getItem(THEME_STORAGE_KEY);
    return isChoice(stored) ? stored : 'system';
  } catch {
    return 'system';
  }
}

/** What the page shows for a choice: a stored light or dark wins; `system` asks the media query. */
export function resolveTheme(
  choice: ThemeChoice,
  prefersDark: () => boolean = () => globalThis.matchMedia?.(DARK_QUERY).matches ?? false,
): 'light' | 'dark' {
  return choice === 'system' ? (prefersDark() ? 'dark' : 'light') : choice;
}

export function applyThemeChoice(choice: ThemeChoice, root: HTMLElement = document.documentElement) {
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}

const listeners = new Set<() => void>();
let current: ThemeChoice = readThemeChoice();

export function setThemeChoice(choice: ThemeChoice) {
  current = choice;
  try {
    // `system` is the default: forgetting the key keeps storage as it was before any choice.
    if (choice === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Not remembered, still applied for this page.
  }
  applyThemeChoice(choice);
  for (const listener of listeners) listener();
}

export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

if (typeof window !== 'undefined') {
  applyThemeChoice(current);
  // A choice made in another tab applies here too.
  window.addEventListener('storage', (event) => {
    if (event.key !== THEME_STORAGE_KEY && event.key !== null) return;
    current = readThemeChoice();
    applyThemeChoice(current);
    for (const listener of listeners) listener();
  });
}

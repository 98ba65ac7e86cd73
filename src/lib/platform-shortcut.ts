type NavigatorWithClientHints = Navigator & { userAgentData?: { platform?: string } };

/**
 * macOS, iOS and iPadOS, where shortcuts are written with ⌘ (Meta). From the client hints where the
 * browser has them (Chromium), else `navigator.platform` (`MacIntel`, `iPhone`, `iPad`); an empty
 * hint counts as none.
 */
export function isApplePlatform(navigator: Navigator | undefined = globalThis.navigator): boolean {
  const hints = (navigator as NavigatorWithClientHints | undefined)?.userAgentData;
  const platform = hints?.platform || navigator?.platform || '';
  return /mac|iphone|ipad|ipod/i.test(platform);
}

/**
 * Ctrl or Cmd with `key` (a letter), without other modifiers, on every platform: labels show the
 * platform's own, and a Mac user who presses Ctrl (or a keyboard that maps ⌘ elsewhere) still gets it.
 */
export function isCommandShortcut(event: KeyboardEvent, key: string): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    !event.altKey &&
    !event.shiftKey &&
    event.key.toLowerCase() === key.toLowerCase()
  );
}

/**
 * How a button writes Ctrl/Cmd + `key` (a letter), and how it announces it: aria-keyshortcuts names
 * both, since both work, the platform's own first.
 */
export function commandShortcut(key: string, apple = isApplePlatform()) {
  const letter = key.toUpperCase();
  return apple
    ? { label: `⌘${letter}`, keyShortcuts: `Meta+${letter} Control+${letter}` }
    : { label: `Ctrl ${letter}`, keyShortcuts: `Control+${letter} Meta+${letter}` };
}

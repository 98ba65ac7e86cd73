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
 * Ctrl-K or Cmd-K, without other modifiers, on every platform: the label shows the platform's own,
 * and a Mac user who presses Ctrl-K (as the label used to say) still gets the palette.
 */
export function isPaletteShortcut(event: KeyboardEvent): boolean {
  return (
    (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k'
  );
}

/** How the button writes the shortcut, and how it announces it (aria-keyshortcuts, own one first). */
export function paletteShortcut(apple = isApplePlatform()) {
  return apple
    ? { label: '⌘K', keyShortcuts: 'Meta+K Control+K' }
    : { label: 'Ctrl K', keyShortcuts: 'Control+K Meta+K' };
}

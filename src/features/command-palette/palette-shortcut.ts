import { commandShortcut, isCommandShortcut } from '../../lib/platform-shortcut';

/** Ctrl-K or Cmd-K, without other modifiers, on every platform. */
export const isPaletteShortcut = (event: KeyboardEvent) => isCommandShortcut(event, 'k');

/** How the button writes the shortcut, and how it announces it (aria-keyshortcuts, own one first). */
export const paletteShortcut = (apple?: boolean) => commandShortcut('k', apple);

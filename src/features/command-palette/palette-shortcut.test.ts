import { describe, expect, it } from 'vitest';
import { isPaletteShortcut, paletteShortcut } from './palette-shortcut';

describe('paletteShortcut', () => {
  it('writes ⌘K on Apple platforms and Ctrl K elsewhere, announcing both keys', () => {
    expect(paletteShortcut(true)).toEqual({ label: '⌘K', keyShortcuts: 'Meta+K Control+K' });
    expect(paletteShortcut(false)).toEqual({ label: 'Ctrl K', keyShortcuts: 'Control+K Meta+K' });
  });
});

describe('isPaletteShortcut', () => {
  const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);
  it('takes Ctrl-K and Cmd-K (either case), and nothing with Shift or Alt', () => {
    expect(isPaletteShortcut(key({ key: 'k', ctrlKey: true }))).toBe(true);
    expect(isPaletteShortcut(key({ key: 'k', metaKey: true }))).toBe(true);
    expect(isPaletteShortcut(key({ key: 'K', metaKey: true }))).toBe(true);
    expect(isPaletteShortcut(key({ key: 'k' }))).toBe(false);
    expect(isPaletteShortcut(key({ key: 'k', ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isPaletteShortcut(key({ key: 'k', metaKey: true, altKey: true }))).toBe(false);
    expect(isPaletteShortcut(key({ key: 'j', ctrlKey: true }))).toBe(false);
  });
});

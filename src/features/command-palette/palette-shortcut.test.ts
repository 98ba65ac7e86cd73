import { describe, expect, it } from 'vitest';
import { isApplePlatform, isPaletteShortcut, paletteShortcut } from './palette-shortcut';

const browser = (platform: string, hint?: string) =>
  ({
    platform,
    ...(hint === undefined ? {} : { userAgentData: { platform: hint } }),
  }) as unknown as Navigator;

describe('isApplePlatform', () => {
  it('reads the client hint first, then navigator.platform', () => {
    expect(isApplePlatform(browser('', 'macOS'))).toBe(true);
    expect(isApplePlatform(browser('MacIntel', 'Windows'))).toBe(false);
    expect(isApplePlatform(browser('MacIntel'))).toBe(true);
    expect(isApplePlatform(browser('iPhone'))).toBe(true);
    expect(isApplePlatform(browser('iPad'))).toBe(true);
    // An empty hint says nothing: the platform string decides.
    expect(isApplePlatform(browser('MacIntel', ''))).toBe(true);
    expect(isApplePlatform(browser('Win32'))).toBe(false);
    expect(isApplePlatform(browser('Linux x86_64', 'Linux'))).toBe(false);
    expect(isApplePlatform(undefined)).toBe(false);
  });
});

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

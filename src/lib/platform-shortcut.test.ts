import { describe, expect, it } from 'vitest';
import { commandShortcut, isApplePlatform, isCommandShortcut } from './platform-shortcut';

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

describe('commandShortcut', () => {
  it('writes ⌘ on Apple platforms and Ctrl elsewhere, announcing both keys, its own first', () => {
    expect(commandShortcut('s', true)).toEqual({ label: '⌘S', keyShortcuts: 'Meta+S Control+S' });
    expect(commandShortcut('s', false)).toEqual({ label: 'Ctrl S', keyShortcuts: 'Control+S Meta+S' });
  });
});

describe('isCommandShortcut', () => {
  const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);
  it('takes Ctrl and Cmd with the letter (either case), and nothing with Shift or Alt', () => {
    expect(isCommandShortcut(key({ key: 's', ctrlKey: true }), 's')).toBe(true);
    expect(isCommandShortcut(key({ key: 'S', metaKey: true }), 's')).toBe(true);
    expect(isCommandShortcut(key({ key: 's' }), 's')).toBe(false);
    expect(isCommandShortcut(key({ key: 's', ctrlKey: true, shiftKey: true }), 's')).toBe(false);
    expect(isCommandShortcut(key({ key: 's', metaKey: true, altKey: true }), 's')).toBe(false);
    expect(isCommandShortcut(key({ key: 'k', ctrlKey: true }), 's')).toBe(false);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { applyThemeChoice, readThemeChoice, resolveTheme, THEME_STORAGE_KEY } from './theme';

const storageWith = (value: string | null) => ({
  getItem: (key: string) => (key === THEME_STORAGE_KEY ? value : null),
});

afterEach(() => delete document.documentElement.dataset.theme);

describe('theme choice', () => {
  it('is the stored choice, and system when nothing (or nonsense) is stored or storage fails', () => {
    expect(readThemeChoice(storageWith('dark'))).toBe('dark');
    expect(readThemeChoice(storageWith('light'))).toBe('light');
    expect(readThemeChoice(storageWith(null))).toBe('system');
    expect(readThemeChoice(storageWith('purple'))).toBe('system');
    const blocked = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(readThemeChoice(blocked)).toBe('system');
  });

  it('wins over the system when stored; system follows the media query', () => {
    expect(resolveTheme('light', () => true)).toBe('light');
    expect(resolveTheme('dark', () => false)).toBe('dark');
    expect(resolveTheme('system', () => true)).toBe('dark');
    expect(resolveTheme('system', () => false)).toBe('light');
  });

  it('marks <html> only for an explicit choice, so the CSS follows the system otherwise', () => {
    const root = document.documentElement;
    applyThemeChoice('dark', root);
    expect(root).toHaveAttribute('data-theme', 'dark');
    applyThemeChoice('light', root);
    expect(root).toHaveAttribute('data-theme', 'light');
    applyThemeChoice('system', root);
    expect(root).not.toHaveAttribute('data-theme');
  });
});

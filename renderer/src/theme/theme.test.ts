import { describe, expect, it } from 'vitest';
import { applyTheme } from './apply-theme.js';
import { applyCachedTheme } from './use-theme.js';

function fakeRoot() {
  const attributes = new Map<string, string>();
  return {
    attributes,
    setAttribute: (name: string, value: string) => void attributes.set(name, value),
    removeAttribute: (name: string) => void attributes.delete(name),
  };
}

describe('themes', () => {
  it('sets data-theme for a chosen theme and removes it to follow the system', () => {
    const root = fakeRoot();
    applyTheme(root, 'dark');
    expect(root.attributes.get('data-theme')).toBe('dark');
    applyTheme(root, 'light');
    expect(root.attributes.get('data-theme')).toBe('light');
    applyTheme(root, 'system');
    expect(root.attributes.has('data-theme')).toBe(false);
  });

  it('applies the cached theme before the settings load, ignoring junk and unreadable storage', () => {
    const root = fakeRoot();
    applyCachedTheme(root as unknown as HTMLElement, { getItem: () => 'dark' });
    expect(root.attributes.get('data-theme')).toBe('dark');
    applyCachedTheme(root as unknown as HTMLElement, { getItem: () => 'purple' });
    expect(root.attributes.get('data-theme')).toBe('dark');
    applyCachedTheme(root as unknown as HTMLElement, {
      getItem: () => {
        throw new Error('denied');
      },
    });
    expect(root.attributes.get('data-theme')).toBe('dark');
  });
});

import { useEffect } from 'react';
import type { ThemePreference } from '../api/contract-types.js';
import { useSettings } from '../services.js';
import { effectiveTheme } from '../store/settings-store.js';
import { applyTheme } from './apply-theme.js';

const THEME_CACHE_KEY = 'crossdock.theme';

/** The last theme shown, applied before the first render so a dark-theme user never sees a light flash. */
export function applyCachedTheme(root: HTMLElement, storage: Pick<Storage, 'getItem'>): void {
  try {
    const cached = storage.getItem(THEME_CACHE_KEY);
    if (cached === 'light' || cached === 'dark' || cached === 'system') applyTheme(root, cached);
  } catch {
    // No storage: the system theme until the settings arrive.
  }
}

/** Keeps <html data-theme> on the saved theme, or on the one being chosen in Settings. */
export function useTheme(): void {
  const theme = useSettings(effectiveTheme);
  const known = useSettings((state) => state.saved !== null);
  useEffect(() => {
    if (!known) return;
    applyTheme(document.documentElement, theme);
    try {
      localStorage.setItem(THEME_CACHE_KEY, theme satisfies ThemePreference);
    } catch {
      // Storage may be disabled; the theme still applies for this page.
    }
  }, [theme, known]);
}

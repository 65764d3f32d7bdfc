import type { ThemePreference } from '../api/contract-types.js';

/**
 * Light and dark follow the system through prefers-color-scheme in CSS; a chosen theme sets data-theme on <html>,
 * which the stylesheet ranks above the media query.
 */
export function applyTheme(root: { setAttribute(name: string, value: string): void; removeAttribute(name: string): void }, theme: ThemePreference): void {
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
}

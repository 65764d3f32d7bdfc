import type { Page } from '@playwright/test';

export const SECTIONS = ['documents', 'partners', 'reconciliation', 'sync', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];

/** Selectors for the application shell, kept in one place so tests read as user actions. */
export function shell(page: Page) {
  return {
    nav: (section: Section) => page.getByTestId(`nav-${section}`),
    section: (section: Section) => page.getByTestId(`section-${section}`),
    statusBar: page.getByTestId('status-bar'),
    workspacePath: page.getByTestId('status-workspace'),
    connection: page.getByTestId('status-connection'),
  };
}

export function settingsPage(page: Page) {
  return {
    field: (name: string) => page.getByTestId(`settings-${name}`),
    save: page.getByTestId('settings-save'),
  };
}

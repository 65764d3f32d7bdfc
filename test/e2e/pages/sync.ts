import type { Page } from '@playwright/test';

/** Selectors of the Sync section, so the tests read as what a coordinator does. */
export function syncPage(page: Page) {
  return {
    section: page.getByTestId('sync-section'),
    tab: (id: 'connectors' | 'runs' | 'dead-letters') => page.getByTestId(`sync-tab-${id}`),
    connector: (name: string) => page.getByTestId(`sync-connector-${name}`),
    state: (name: string) => page.getByTestId(`sync-state-${name}`),
    syncNow: (name: string) => page.getByTestId(`sync-now-${name}`),
    pause: (name: string) => page.getByTestId(`sync-pause-${name}`),
    test: (name: string) => page.getByTestId(`sync-test-${name}`),
    testResult: (name: string) => page.getByTestId(`sync-test-result-${name}`),
    progress: (name: string) => page.getByTestId(`sync-progress-${name}`),
    stream: (name: string, stream: string) => page.getByTestId(`sync-stream-${name}-${stream}`),
    runs: page.getByTestId('sync-run-row'),
    deadLetters: page.getByTestId('dead-letter'),
    replayResult: page.getByTestId('dead-letters-replay-result'),
    addOpen: page.getByTestId('sync-add-open'),
    addForm: page.getByTestId('sync-add-form'),
    addName: page.getByTestId('sync-add-name'),
    addConfig: page.getByTestId('sync-add-config'),
    addSubmit: page.getByTestId('sync-add-submit'),
    edit: (name: string) => page.getByTestId(`sync-edit-${name}`),
    editForm: (name: string) => page.getByTestId(`sync-edit-form-${name}`),
    editSchedule: (name: string) => page.getByTestId(`sync-edit-form-${name}`).getByTestId('sync-edit-schedule'),
    editConfig: (name: string) => page.getByTestId(`sync-edit-form-${name}`).getByTestId('sync-edit-config'),
    editSecret: (name: string) => page.getByTestId(`sync-edit-form-${name}`).getByTestId('sync-edit-secret'),
    editSave: (name: string) => page.getByTestId(`sync-edit-form-${name}`).getByTestId('sync-edit-save'),
    remove: (name: string) => page.getByTestId(`sync-remove-${name}`),
    removeConfirm: (name: string) => page.getByTestId(`sync-remove-confirm-${name}`),
    removeConfirmButton: (name: string) => page.getByTestId(`sync-remove-confirm-button-${name}`),
  };
}

import type { Page } from '@playwright/test';

/** Selectors of the Reconciliation section, so the tests read as what a reviewer does. */
export function reconciliationPage(page: Page) {
  // the print summary (outside the thread view, hidden on screen) repeats the comparison: thread selectors stay inside the view
  const thread = page.getByTestId('recon-thread');
  return {
    tab: (tab: 'queue' | 'dashboard') => page.getByTestId(`recon-tab-${tab}`),
    count: page.getByTestId('recon-count'),
    list: page.getByTestId('recon-list'),
    rows: page.getByTestId('recon-row'),
    row: (text: string) => page.getByTestId('recon-row').filter({ hasText: text }),
    activeRow: page.locator('.windowed-row[aria-selected="true"] [data-testid="recon-row"]'),
    search: page.getByTestId('recon-search'),
    filter: (name: 'partner' | 'type' | 'severity' | 'owner' | 'channel' | 'status' | 'age') => page.getByTestId(`recon-filter-${name}`),
    minMoney: page.getByTestId('recon-filter-money'),
    clearFilters: page.getByTestId('recon-clear-filters'),
    sortBy: (field: 'severity' | 'type' | 'partner' | 'money' | 'age' | 'status') => page.getByTestId(`recon-sort-${field}`),
    help: page.getByTestId('recon-help'),
    views: {
      list: page.getByTestId('recon-views'),
      items: page.getByTestId('recon-view'),
      new: page.getByTestId('recon-view-new'),
      name: page.getByTestId('recon-view-name'),
      save: page.getByTestId('recon-view-save'),
    },
    exportCsv: page.getByTestId('recon-export-csv'),
    exportXlsx: page.getByTestId('recon-export-xlsx'),
    rebuild: page.getByTestId('recon-rebuild'),
    rebuildProgress: page.getByTestId('recon-rebuild-progress'),
    dialog: (kind: 'assign' | 'resolve' | 'note') => page.getByTestId(`recon-dialog-${kind}`),
    assigneeInput: page.getByTestId('recon-assignee-input'),
    reason: (reason: string) => page.getByTestId(`recon-reason-${reason}`),
    noteInput: page.getByTestId('recon-note-input'),
    dialogSubmit: page.getByTestId('recon-dialog-submit'),
    thread: {
      view: thread,
      title: thread.getByTestId('recon-thread-title'),
      back: thread.getByTestId('recon-back'),
      steps: thread.getByTestId('recon-step'),
      comparison: thread.getByTestId('recon-comparison'),
      differing: thread.getByTestId('recon-differs'),
      mismatches: thread.getByTestId('recon-thread-mismatch'),
      detail: thread.getByTestId('recon-detail'),
      expected: thread.getByTestId('recon-expected'),
      actual: thread.getByTestId('recon-actual'),
      resolution: thread.getByTestId('recon-resolution'),
      evidenceLinks: thread.getByTestId('recon-evidence-link'),
      audit: thread.getByTestId('recon-audit-event'),
      resolve: thread.getByTestId('recon-act-resolve'),
      print: thread.getByTestId('recon-print'),
      printSummary: page.getByTestId('recon-print-summary'),
    },
    dashboard: {
      view: page.getByTestId('recon-dashboard'),
      openTile: page.getByTestId('recon-tile-open'),
      moneyTile: page.getByTestId('recon-tile-money'),
      typeBars: page.getByTestId('recon-chart-type-bar'),
      partnerBars: page.getByTestId('recon-chart-partner-bar'),
      agingBars: page.getByTestId('recon-chart-aging-bar'),
      trendFound: page.getByTestId('recon-chart-trend-found'),
    },
  };
}

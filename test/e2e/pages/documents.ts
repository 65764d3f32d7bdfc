import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

export const FIXTURES_DIR = join(import.meta.dirname, '../../fixtures/documents');

/** Our own small EDI files (see test/fixtures/documents/README.md): five documents in five files, one not EDI. */
export const FIXTURE_FILES = ['asn-856.x12', 'invoice-810.x12', 'orders-850-two.x12', 'po-850-bad-se01.x12', 'orders-d96a.edi', 'delivery-note.txt'].map((name) => join(FIXTURES_DIR, name));

/** Selectors of the Documents section, so the tests read as what a coordinator does. */
export function documentsPage(page: Page) {
  const addFilesInput = page.getByTestId('add-files-input');
  return {
    addFilesInput,
    /**
     * Chooses files once the list has loaded (its count or its empty state): files chosen while the first render is
     * replaced are lost with the input that held them (no upload at all, seen once in CI).
     */
    async addFiles(files: Parameters<typeof addFilesInput.setInputFiles>[0]) {
      await expect(page.getByTestId('documents-count').or(page.getByText('No documents yet'))).toBeVisible();
      await addFilesInput.setInputFiles(files);
    },
    importStatus: page.getByTestId('import-status'),
    importSummary: page.getByTestId('import-summary'),
    notices: page.getByTestId('notice'),
    count: page.getByTestId('documents-count'),
    list: page.getByTestId('documents-list'),
    rows: page.getByTestId('document-row'),
    row: (text: string) => page.getByTestId('document-row').filter({ hasText: text }),
    statusFilter: (status: 'all' | 'accepted' | 'accepted-with-errors' | 'rejected') => page.getByTestId(`filter-status-${status}`),
    search: page.getByTestId('documents-search'),
    sortBy: (column: 'receivedAt' | 'type' | 'status' | 'partner' | 'controlNumber') => page.getByTestId(`sort-${column}`),
    quarantineTab: page.getByTestId('tab-quarantine'),
    quarantineRows: page.getByTestId('quarantine-row'),
    document: {
      view: page.getByTestId('document-view'),
      title: page.getByTestId('document-title'),
      problems: page.getByTestId('problem'),
      rawText: page.getByTestId('raw-text'),
      rawProblem: page.getByTestId('raw-problem'),
      /** the note and the marked bytes when an evidence link opened the document (#/documents/ID?byte=S&end=E) */
      evidenceNote: page.getByTestId('document-evidence-note'),
      rawEvidence: page.locator('[data-testid="raw-text"] mark.raw-mark-segment'),
      segmentRows: page.getByTestId('segment-row'),
      segmentDetail: page.getByTestId('segment-detail'),
      hlTree: page.getByTestId('hl-tree'),
      back: page.getByTestId('document-back'),
      download: page.getByTestId('document-download'),
      reprocess: page.getByTestId('document-reprocess'),
      tab: (tab: 'source' | 'canonical') => page.getByTestId(`document-tab-${tab}`),
    },
    canonical: {
      panel: page.getByTestId('canonical-panel'),
      status: page.getByTestId('canonical-status'),
      map: page.getByTestId('canonical-map'),
      kind: page.getByTestId('canonical-kind'),
      lines: page.getByTestId('canonical-line'),
      packs: page.getByTestId('canonical-pack'),
      parties: page.getByTestId('canonical-parties'),
      issues: page.getByTestId('canonical-issue'),
      unmapped: page.getByTestId('canonical-unmapped'),
      editMap: page.getByTestId('canonical-edit-map'),
      jsonToggle: page.getByTestId('canonical-json-toggle'),
      json: page.getByTestId('canonical-json'),
    },
  };
}

/**
 * Records every state the import status goes through (running with its progress, then finished), since a small
 * import can pass in less time than one assertion poll.
 */
export async function recordImportStates(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { importStates: string[] }).importStates = seen;
    const note = () => {
      const status = document.querySelector('[data-testid="import-status"]');
      const bar = document.querySelector('[data-testid="import-progress"]');
      const state = `${status?.getAttribute('data-state') ?? 'none'}${bar ? ` ${bar.getAttribute('aria-valuenow')}%` : ''}`;
      if (seen[seen.length - 1] !== state) seen.push(state);
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    note();
  });
  return () => page.evaluate(() => (window as unknown as { importStates: string[] }).importStates);
}

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import type { RunningApp } from '../fixtures.js';

/** Where the maps schema has lived: the workspace migration, or the mapping store while it waited for 0005. */
const schemaFiles = ['../../../main/core/workspace/migrations/0005_maps.sql', '../../../main/core/mapping-store/0006_maps.sql'].map((path) => join(import.meta.dirname, path));

/**
 * The maps tables. Once the workspace migrations create them this does nothing; before that (the schema waiting in
 * main/core/mapping-store/) it applies the file to the test workspace, as the mapping store's tests and
 * documents-canonical.spec.ts do.
 */
export function ensureMappingSchema(app: RunningApp): void {
  const db = new Database(join(app.workspaceDir, 'workspace.db'));
  try {
    const present = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'maps'").pluck().get();
    const schema = schemaFiles.find((file) => existsSync(file));
    if (!present && schema) db.exec(readFileSync(schema, 'utf8'));
  } finally {
    db.close();
  }
}

/** Selectors of the Maps section (editor, regression check, onboarding wizard), so tests read as user actions. */
export function mapsPage(page: Page) {
  return {
    home: page.getByTestId('maps-home'),
    onboard: page.getByTestId('maps-onboard'),
    partner: (name: string) => page.getByTestId('maps-partner').filter({ hasText: name }),
    openMap: (standard: string, type: string) => page.getByTestId(`maps-open-${standard}-${type}`),
    wizard: {
      root: page.getByTestId('wizard'),
      drop: page.getByTestId('wizard-drop'),
      input: page.getByTestId('wizard-files-input'),
      files: page.getByTestId('wizard-file'),
      title: page.getByTestId('wizard-title'),
      steps: page.getByTestId('wizard-steps'),
      detectedRows: page.getByTestId('wizard-detected-row'),
      partners: page.getByTestId('wizard-partner'),
      name: page.getByTestId('wizard-name'),
      channel: page.getByTestId('wizard-channel'),
      type: (type: string) => page.getByTestId(`wizard-type-${type}`),
      previews: page.getByTestId('wizard-preview'),
      published: page.getByTestId('wizard-published-type'),
      publishError: page.getByTestId('wizard-publish-error'),
      remap: page.getByTestId('wizard-remap'),
      openEditor: page.getByTestId('wizard-open-editor'),
      openDocuments: page.getByTestId('wizard-open-documents'),
      next: page.getByTestId('wizard-next'),
    },
    editor: {
      root: page.getByTestId('map-editor'),
      title: page.getByTestId('editor-title'),
      origin: page.getByTestId('editor-origin'),
      sample: page.getByTestId('editor-sample'),
      save: page.getByTestId('editor-save'),
      check: page.getByTestId('editor-check'),
      history: page.getByTestId('editor-history'),
      versions: page.getByTestId('version-row'),
      sourceSegments: page.getByTestId('source-segment'),
      rules: page.getByTestId('rules-list'),
      rule: (id: string) => page.locator(`[data-testid="rule-row"][data-rule-id="${id}"]`),
      form: page.getByTestId('rule-form'),
      from: page.getByTestId('rule-from'),
      value: page.getByTestId('rule-value'),
      addTransform: page.getByTestId('rule-add-transform'),
      transform: page.getByTestId('rule-transform'),
      output: page.getByTestId('preview-output'),
      /** the output pane: data-preview-seq is the request number of the answer shown */
      pane: page.getByTestId('preview-pane').first(),
      rtt: page.getByTestId('preview-rtt'),
      issues: page.getByTestId('preview-issue'),
      remap: page.getByTestId('remap-progress'),
    },
    regression: {
      panel: page.getByTestId('regression-panel'),
      progress: page.getByTestId('regression-progress'),
      counts: page.getByTestId('regression-counts'),
      documents: page.getByTestId('regression-document'),
      diffRows: page.getByTestId('regression-diff-row'),
      publish: page.getByTestId('regression-publish'),
    },
  };
}

/** Drops a file on an element the way a browser does (a DataTransfer carrying a File). */
export async function dropFile(page: Page, testId: string, path: string, name: string): Promise<void> {
  const text = readFileSync(path, 'latin1');
  const dataTransfer = await page.evaluateHandle(
    ({ text, name }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name));
      return transfer;
    },
    { text, name },
  );
  const target = `[data-testid="${testId}"]`;
  await page.dispatchEvent(target, 'dragenter', { dataTransfer });
  await page.dispatchEvent(target, 'dragover', { dataTransfer });
  await page.dispatchEvent(target, 'drop', { dataTransfer });
}

import { join } from 'node:path';
import { expect, test } from './fixtures.js';
import { documentsPage, FIXTURES_DIR } from './pages/documents.js';
import { dropFile, ensureMappingSchema, mapsPage } from './pages/maps.js';

const PO_FILE = join(FIXTURES_DIR, 'orders-850-two.x12');

// Each test ingests, previews, checks and re-maps: well within a minute alone, but the box runs other suites at once.
test.describe.configure({ timeout: 120_000 });

test('onboarding: a dropped 850 file becomes a partner with a published map, and its documents are mapped', async ({ page, app }) => {
  await page.goto(app.url);
  ensureMappingSchema(app);
  const maps = mapsPage(page);
  await page.goto(`${new URL(app.url).origin}/#/maps/onboard`);
  const wizard = maps.wizard;
  await expect(wizard.title).toHaveText('1. Sample files');
  await expect(wizard.steps.locator('[aria-current="step"]')).toContainText('Sample files');

  await dropFile(page, 'wizard-drop', PO_FILE, 'orchard-po.x12');
  await expect(wizard.files).toContainText('orchard-po.x12');
  await expect(wizard.files).toContainText('2 transactions');
  await page.screenshot({ path: 'test-results/screenshots/maps-wizard-files.png' });

  // Enter continues, Esc goes back: the wizard runs from the keyboard.
  await wizard.title.focus();
  await page.keyboard.press('Enter');
  await expect(wizard.title).toHaveText('2. What was detected');
  await expect(wizard.detectedRows.first()).toContainText('ZZ:ORCHARDMKT');
  await expect(wizard.detectedRows.first()).toContainText('X12 00401');
  await expect(wizard.detectedRows.first()).toContainText('850');
  await expect(wizard.partners).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(wizard.title).toHaveText('1. Sample files');
  await page.keyboard.press('Enter');
  await expect(wizard.title).toHaveText('2. What was detected');
  await page.screenshot({ path: 'test-results/screenshots/maps-wizard-detected.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: 'test-results/screenshots/maps-wizard-detected-dark.png' });
  await page.keyboard.press('Enter');

  await expect(wizard.title).toHaveText('3. Profile');
  await wizard.name.fill('Orchard Market');
  await wizard.channel.selectOption('edi');
  await wizard.name.press('Enter');

  await expect(wizard.title).toHaveText('4. Default maps');
  await expect(wizard.type('850')).toBeChecked();
  await page.keyboard.press('Enter');

  await expect(wizard.title).toHaveText('5. Preview');
  await expect(wizard.previews.first().getByTestId('preview-output')).toContainText('"poNumber": "PO-5581');
  await page.screenshot({ path: 'test-results/screenshots/maps-wizard-preview-dark.png' });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: 'test-results/screenshots/maps-wizard-preview.png' });
  await page.keyboard.press('Enter');

  await expect(wizard.title).toHaveText('6. Publish');
  await expect(wizard.publishError).toHaveCount(0);
  await expect(wizard.published.first()).toHaveAttribute('data-state', 'published');
  await expect(wizard.published.first()).toContainText('published as version 1');
  await expect(wizard.remap.first()).toHaveAttribute('data-state', 'finished', { timeout: 20_000 });
  await page.screenshot({ path: 'test-results/screenshots/maps-wizard-published.png' });

  // The profile got its name, and both transactions were mapped with the published map.
  await wizard.openEditor.first().click();
  await expect(maps.editor.title).toContainText('Orchard Market');
  await expect(maps.editor.origin).toContainText('Published v1');
  await expect(maps.editor.sample.locator('option')).toHaveCount(2);
  for (const option of await maps.editor.sample.locator('option').all()) await expect(option).toContainText(/canonical (ok|warnings|errors)/);

  // The Documents view shows the document mapped by this partner's published map.
  await page.goto(`${new URL(app.url).origin}/#/documents`);
  const documents = documentsPage(page);
  await expect(documents.rows).toHaveCount(2);
  await expect(documents.rows.first()).toContainText('Orchard Market');
  await documents.row('PO-55811').click();
  await documents.document.tab('canonical').click();
  await expect(documents.canonical.status).toHaveAttribute('data-status', /^(ok|warnings)$/);
  await expect(documents.canonical.map).toContainText('partner map v1');
  await expect(documents.canonical.kind).toContainText('PO-55811');
  await page.screenshot({ path: 'test-results/screenshots/maps-wizard-documents-mapped.png' });
});

test('a map change shows its regression diff (changed path, before and after) before it is published', async ({ page, app }) => {
  await page.goto(app.url);
  ensureMappingSchema(app);
  const documents = documentsPage(page);
  await documents.addFiles([PO_FILE]);
  await expect(documents.count).toHaveText('2 documents');

  const maps = mapsPage(page);
  await page.goto(`${new URL(app.url).origin}/#/maps`);
  await maps.partner('ORCHARDMKT').click();
  await maps.openMap('x12', '850').click();
  const editor = maps.editor;
  await expect(editor.origin).toContainText('built-in default');
  await expect(editor.output).toContainText('"poNumber": "PO-5581');
  await expect(editor.rtt).toHaveText(/^\d+ ms$/);

  // The preview follows typing (its speed is bench/preview's): keys typed into the role rule's constant show in the
  // output with a newer answer, and taking them back leaves the map unchanged.
  await editor.rule('role').dispatchEvent('mousedown');
  await expect(editor.value).toHaveValue('purchase-order');
  const seqBefore = Number(await editor.pane.getAttribute('data-preview-seq'));
  await editor.value.click();
  await page.keyboard.press('End');
  await page.keyboard.type('-x');
  await expect(editor.output).toContainText('"role": "purchase-order-x"');
  expect(Number(await editor.pane.getAttribute('data-preview-seq'))).toBeGreaterThan(seqBefore);
  await expect(editor.origin).toContainText('unsaved changes');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(editor.output).toContainText('"role": "purchase-order"');
  await expect(editor.pane).toHaveAttribute('data-pending', 'false');
  await expect(editor.origin).not.toContainText('unsaved');

  // Lower-case the PO number: select the rule from the keyboard-operable list and add a transform.
  await editor.rule('po-number').dispatchEvent('mousedown');
  await expect(editor.form).toBeVisible();
  await expect(editor.from).toHaveValue('BEG03');
  await expect(editor.sourceSegments.filter({ hasText: 'BEG' })).toHaveAttribute('data-marked', 'true');
  await editor.addTransform.selectOption('lower');
  await expect(editor.transform).toHaveValue('[{"op":"trim"},{"op":"lower"}]');
  await expect(editor.output).toContainText('"poNumber": "po-5581');
  await expect(editor.origin).toContainText('unsaved changes');
  await page.keyboard.press('Control+s');
  await expect(editor.origin).toContainText('Draft v1');
  await expect(editor.origin).not.toContainText('unsaved');
  await page.screenshot({ path: 'test-results/screenshots/maps-editor.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: 'test-results/screenshots/maps-editor-dark.png' });

  await editor.check.click();
  const regression = maps.regression;
  await expect(regression.counts).toContainText('2 changed');
  await expect(regression.counts).toContainText('0 unchanged');
  await expect(regression.documents).toHaveCount(2);
  const poRow = regression.diffRows.filter({ hasText: 'poNumber' }).first();
  await expect(poRow).toContainText('PO-55811');
  await expect(poRow).toContainText('po-55811');
  await page.screenshot({ path: 'test-results/screenshots/maps-regression-dark.png' });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: 'test-results/screenshots/maps-regression.png' });

  await regression.publish.click();
  await expect(editor.remap).toHaveAttribute('data-state', 'finished', { timeout: 20_000 });
  await expect(editor.origin).toContainText('Published v1');
  await editor.history.click();
  await expect(editor.versions).toHaveCount(1);
  await expect(editor.versions.first()).toHaveAttribute('data-status', 'published');
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.js';
import { documentsPage, FIXTURE_FILES, FIXTURES_DIR, recordImportStates } from './pages/documents.js';
import { shell } from './pages/shell.js';

test('add files, watch the import, filter to the rejected, open the broken one and see the error at its byte', async ({ page, app }) => {
  await page.goto(app.url);
  const documents = documentsPage(page);
  await expect(shell(page).section('documents')).toBeVisible();
  await expect(page.getByText('No documents yet')).toBeVisible();

  const states = await recordImportStates(page);
  await documents.addFiles(FIXTURE_FILES);

  // The summary: six files, six transactions, the text file quarantined, and errors found.
  await expect(documents.notices.filter({ hasText: '6 files' })).toContainText('6 transactions');
  await expect(documents.notices.filter({ hasText: '6 files' })).toContainText('1 quarantined');
  await expect(documents.importSummary).toContainText(/6 files: 6 transactions, 1 quarantined, \d+ errors?/);
  const seen = await states();
  expect(seen.some((state) => state.startsWith('running'))).toBe(true);
  expect(seen.at(-1)).toMatch(/^finished/);

  await expect(documents.count).toHaveText('6 documents');
  await expect(documents.rows).toHaveCount(6);
  await expect(documents.quarantineTab).toContainText('1');
  await page.screenshot({ path: 'test-results/screenshots/documents-list.png' });

  await documents.statusFilter('rejected').click();
  await expect(page).toHaveURL(/status=rejected/);
  await expect(documents.count).toHaveText('2 documents');
  await expect(documents.rows).toHaveCount(2);
  for (const row of await documents.rows.all()) await expect(row).toHaveAttribute('data-status', 'rejected');

  await documents.row('PO-55813').click();
  await expect(page).toHaveURL(/#\/documents\/\d+$/);
  await expect(documents.document.title).toContainText('850 Purchase Order');
  await expect(documents.document.problems.first()).toContainText('SE01 says "9" segments');
  // The byte the problem is at is marked in the raw text: the 9 of SE*9*0001.
  await expect(documents.document.rawProblem).toHaveText('9');
  await expect(documents.document.rawProblem).toBeInViewport();
  const before = await documents.document.rawProblem.evaluate((mark) => {
    const range = document.createRange();
    range.setStart(mark.closest('pre')!, 0);
    range.setEndBefore(mark);
    return range.toString();
  });
  expect(before.endsWith('SE*')).toBe(true);
  await expect(documents.document.segmentRows.filter({ hasText: 'Transaction Set Trailer' })).toHaveCount(1);
  await expect(documents.document.segmentDetail).toContainText('Number of Included Segments');
  await page.screenshot({ path: 'test-results/screenshots/documents-broken.png' });

  const download = page.waitForEvent('download');
  await documents.document.download.click();
  const original = await download;
  expect(original.suggestedFilename()).toBe('po-850-bad-se01.x12');
  expect(readFileSync((await original.path())!)).toEqual(readFileSync(join(FIXTURES_DIR, 'po-850-bad-se01.x12')));

  // Re-processing replaces the file's rows; the view follows the same transaction to its new id.
  const firstAddress = page.url();
  await documents.document.reprocess.click();
  await expect(page).not.toHaveURL(firstAddress);
  await expect(documents.document.rawProblem).toHaveText('9');

  // Back keeps the filter.
  await documents.document.back.click();
  await expect(page).toHaveURL(/status=rejected/);
  await expect(documents.count).toHaveText('2 documents');

  await documents.quarantineTab.click();
  await expect(documents.quarantineRows).toHaveCount(1);
  await expect(documents.quarantineRows.first()).toContainText('delivery-note.txt');
  await expect(documents.quarantineRows.first()).toContainText(/not an EDI file/i);
  // Re-processing a text file keeps it here (it is still not EDI) and says it was done.
  await documents.quarantineRows.first().getByRole('button', { name: 'Re-process' }).click();
  await expect(documents.notices.filter({ hasText: /1 files? re-processed/ })).toBeVisible();
  await expect(documents.quarantineRows).toHaveCount(1);
});

test('the list works from the keyboard, sorts by a column, searches business ids, and shows the 856 HL tree in dark mode', async ({ page, app }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(app.url);
  const documents = documentsPage(page);
  await documents.addFiles(FIXTURE_FILES);
  await expect(documents.count).toHaveText('6 documents');

  await documents.sortBy('type').click();
  await expect(page.getByRole('columnheader', { name: 'Type' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(documents.rows.first()).toContainText('810');
  await documents.sortBy('type').click();
  await expect(page.getByRole('columnheader', { name: 'Type' })).toHaveAttribute('aria-sort', 'descending');
  await expect(documents.rows.first()).toContainText('ORDERS');

  await documents.search.fill('asn-771');
  await expect(documents.count).toHaveText('1 document');
  await expect(page).toHaveURL(/q=asn-771/);

  await documents.list.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(documents.document.title).toContainText('856');
  await expect(documents.document.hlTree).toContainText('Shipment');
  await expect(documents.document.hlTree.getByText('Item')).toHaveCount(3);
  await page.screenshot({ path: 'test-results/screenshots/documents-856-dark.png' });
});

test('files dropped on the window are uploaded, and the list refreshes', async ({ page, app }) => {
  await page.goto(app.url);
  const documents = documentsPage(page);
  await documents.addFiles([join(FIXTURES_DIR, 'invoice-810.x12')]);
  await expect(documents.count).toHaveText('1 document');

  const dropped = readFileSync(join(FIXTURES_DIR, 'asn-856.x12'), 'latin1');
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped-asn.x12'));
    return transfer;
  }, dropped);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await expect(page.getByTestId('drop-overlay')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByTestId('drop-overlay')).toBeHidden();
  await expect(documents.count).toHaveText('2 documents');
  await expect(documents.row('ASN-77120')).toHaveCount(1);
});

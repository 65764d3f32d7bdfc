import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.js';
import { demoOffer } from './pages/demo.js';
import { documentsPage } from './pages/documents.js';
import { reconciliationPage } from './pages/reconciliation.js';
import { shell } from './pages/shell.js';

test('an empty workspace offers the demo; loading it fills Documents and the review queue with the planted mismatches', async ({ page, app }) => {
  test.setTimeout(180_000);
  await page.goto(app.url);
  const offer = demoOffer(page);
  await expect(offer.offer).toBeVisible();
  await offer.start.focus();
  await page.keyboard.press('Enter');
  await expect(offer.progress).toBeVisible();
  // the page reloads when the demo is ready
  const documents = documentsPage(page);
  await expect(documents.count).toContainText(/1,3\d\d documents/, { timeout: 150_000 });
  await expect(offer.offer).toHaveCount(0);

  const manifest = JSON.parse(readFileSync(join(app.workspaceDir, 'demo-manifest.json'), 'utf8')) as { defects: unknown[] };
  await shell(page).nav('reconciliation').click();
  const queue = reconciliationPage(page);
  await expect(queue.count).toHaveText(`${manifest.defects.length} mismatches`);
  await page.screenshot({ path: test.info().outputPath('demo-queue.png') });
});

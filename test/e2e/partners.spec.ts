import type { APIRequestContext } from '@playwright/test';
import { purchaseOrder } from '../helpers/x12-samples.js';
import { expect, test } from './fixtures.js';
import { shell } from './pages/shell.js';

/** Calls the contract the way the browser client does: POST /api/<method> with the session token. */
function contract(request: APIRequestContext, appUrl: string) {
  const url = new URL(appUrl);
  const token = new URLSearchParams(url.hash.slice(1)).get('token') ?? '';
  return async (method: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: unknown }> => {
    const response = await request.post(`${url.origin}/api/${method}`, {
      headers: { Authorization: `Bearer ${token}`, 'X-Crossdock': '1' },
      data: input,
    });
    return (await response.json()) as { ok: boolean; value?: unknown };
  };
}

const toBase64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

test('a skipped interchange control number shows up as a gap under Partners → Control numbers', async ({ page, app }) => {
  const call = contract(page.request, app.url);
  await page.goto(app.url);
  await shell(page).nav('partners').click();
  await expect(shell(page).section('partners')).toBeVisible();
  await expect(page.getByText('No trading partners yet')).toBeVisible();

  const upload = await call('ingest.upload', {
    files: [
      { name: 'po-first.x12', contentBase64: toBase64(purchaseOrder({ po: 'PO-7001', control: '000000001', lines: 2 })) },
      { name: 'po-third.x12', contentBase64: toBase64(purchaseOrder({ po: 'PO-7003', control: '000000003', lines: 1 })) },
    ],
  });
  expect(upload.ok).toBe(true);
  await expect
    .poll(async () => {
      const ledger = await call('ledger.list', {});
      return ledger.ok ? (ledger.value as { entries: { kind: string; level: string }[] }).entries : [];
    })
    .toContainEqual(expect.objectContaining({ kind: 'gap', level: 'interchange' }));

  // The section was open during the ingest: ingest.finished refreshed it, no reload needed. Profiles is the first tab.
  await expect(page.getByTestId('partners-tab-profiles')).toHaveAttribute('aria-selected', 'true');
  const ledgerTab = page.getByTestId('partners-tab-ledger');
  await ledgerTab.click();
  await expect(ledgerTab).toHaveAttribute('aria-selected', 'true');
  const gapRow = page.locator('[data-testid="ledger-row"][data-kind="gap"]').filter({ hasText: 'Interchange' });
  await expect(gapRow).toHaveCount(1);
  await expect(gapRow).toBeVisible();
  await expect(gapRow).toContainText('Gap');
  await expect(gapRow).toContainText('Inbound');
  await expect(gapRow).toContainText('2 (1 missing)');
  await expect(gapRow.getByRole('link').first()).toHaveAttribute('href', /^#\/documents\/\d+$/);
  await page.screenshot({ path: 'test-results/screenshots/partners-ledger.png' });

  // Filters go to the core: only duplicates → none here, and the empty state explains why.
  await page.getByLabel('Kind').selectOption('duplicate');
  await expect(page.getByTestId('ledger-row')).toHaveCount(0);
  await expect(page.getByTestId('ledger-empty')).toContainText('Nothing matches these filters');
  await page.getByLabel('Kind').selectOption('');
  await expect(gapRow).toHaveCount(1);

  // Keyboard: arrow to the Acknowledgments tab; the 997s we generated for the two groups are listed.
  await ledgerTab.focus();
  await page.keyboard.press('ArrowRight');
  const acksTab = page.getByTestId('partners-tab-acks');
  await expect(acksTab).toBeFocused();
  await expect(acksTab).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('ack-sent-row')).toHaveCount(2);
  await expect(page.getByTestId('ack-sent-row').first()).toContainText(/997.*Written/);
  await expect(page.getByTestId('ack-status-row')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/partners-acks.png' });
});

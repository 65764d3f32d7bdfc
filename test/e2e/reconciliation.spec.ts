import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { createDemoWorkspace } from '../../main/core/demo/index.js';
import { documentsPage } from './pages/documents.js';
import { reconciliationPage } from './pages/reconciliation.js';
import { shell } from './pages/shell.js';
import { shipmentCheckPage } from './pages/shipment-check.js';

const projectRoot = join(import.meta.dirname, '../..');

interface Defect {
  type: string;
  threadKey: string;
  poNumber: string | null;
  partner: string;
}

interface DemoApp {
  url: string;
  workspaceDir: string;
  defects: Defect[];
  shippedToday: { day: string | null; threadKeys: string[] };
}

/**
 * The server on a demo workspace (`crossdock demo`'s core function), as `npm run web` starts it. One per worker: the
 * demo ingests 1,351 files with an fsync each, which on a busy disk takes minutes; the tests below run in order on it.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
const test = base.extend<{}, { demo: DemoApp }>({
  demo: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const workspaceDir = mkdtempSync(join(tmpdir(), 'crossdock-e2e-recon-'));
      const result = await createDemoWorkspace(workspaceDir, { now: new Date() });
      const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'main/server/start.ts', '--workspace', workspaceDir, '--port', '0'], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
      try {
        let output = '';
        const url = await new Promise<string>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`server did not print its address in 30 s:\n${output}`)), 30_000);
          child.stdout!.on('data', (chunk: Buffer) => {
            output += chunk.toString();
            const match = /Open (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output);
            if (match) {
              clearTimeout(timer);
              resolve(match[1]!);
            }
          });
          child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
          child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
        });
        await use({ url, workspaceDir, defects: result.manifest.defects as Defect[], shippedToday: result.manifest.shippedToday });
      } finally {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
        rmSync(workspaceDir, { recursive: true, force: true });
      }
    },
    { scope: 'worker', timeout: 480_000 },
  ],
});

// one demo workspace for both tests, in order: the second one's counts are read live, so the first one's changes are fine
test.describe.configure({ mode: 'serial', timeout: 120_000 });

/**
 * A second invoice for the same order that bills 12 more of the first line: the demo's own 810 for the PO with new
 * control numbers, the first IT1 quantity raised and the TDS total recomputed, so the file is valid and only the
 * quantity contradicts what was resolved.
 */
function contradictingInvoice(workspaceDir: string, poNumber: string): { name: string; text: string } {
  const folder = join(workspaceDir, 'demo-source', 'edi');
  const name = readdirSync(folder).find((file) => file.endsWith('-810.x12') && readFileSync(join(folder, file), 'latin1').includes(`*${poNumber}`));
  if (!name) throw new Error(`the demo has no 810 for ${poNumber}`);
  const text = readFileSync(join(folder, name), 'latin1');
  const terminator = text.includes('~') ? '~' : '\n';
  const segments = text.split(terminator);
  let total = 0;
  let firstLine = true;
  const changed = segments.map((segment) => {
    const lead = /^\s*/.exec(segment)![0];
    const fields = segment.trim().split('*');
    switch (fields[0]) {
      case 'ISA':
        fields[13] = '000097531';
        return lead + fields.join('*');
      case 'GS':
        fields[6] = '97531';
        break;
      case 'GE':
      case 'IEA':
        fields[2] = fields[0] === 'GE' ? '97531' : '000097531';
        break;
      case 'BIG':
        fields[2] = `${fields[2]}-R`;
        break;
      case 'IT1':
        if (firstLine) fields[2] = String(Number(fields[2]) + 12);
        firstLine = false;
        total += Math.round(Number(fields[2]) * Number(fields[4]) * 100);
        break;
      case 'TDS':
        fields[1] = String(total);
        break;
      default:
        return segment;
    }
    return lead + fields.join('*');
  });
  return { name: `corrected-${name}`, text: changed.join(terminator) };
}

async function openReconciliation(page: Page, url: string) {
  await page.goto(url);
  await shell(page).nav('reconciliation').click();
  await expect(reconciliationPage(page).rows.first()).toBeVisible();
}

test('from the demo: filter, open a thread, compare, resolve with a reason; a contradicting invoice re-opens it', async ({ page, demo }) => {
  const defect = demo.defects.find((candidate) => candidate.type === 'invoice-qty-vs-shipped' && candidate.poNumber);
  expect(defect, 'the demo plants an invoice billing more than shipped').toBeDefined();
  const po = defect!.poNumber!;
  const recon = reconciliationPage(page);
  await openReconciliation(page, demo.url);
  await expect(recon.help).toContainText('resolve');

  // Filter: the type, then the PO typed in the search box; both go into the address
  await recon.filter('type').selectOption('invoice-qty-vs-shipped');
  await expect(page).toHaveURL(/type=invoice-qty-vs-shipped/);
  await recon.search.fill(po);
  await expect(page).toHaveURL(new RegExp(`q=${po}`));
  await expect(recon.rows.first()).toHaveAttribute('data-thread', defect!.threadKey);
  for (const type of await recon.rows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-type')))) expect(type).toBe('invoice-qty-vs-shipped');

  // Open it from the keyboard: j makes the first row active, Enter opens its thread
  await recon.list.focus();
  await page.keyboard.press('j');
  await expect(recon.activeRow).toHaveAttribute('data-thread', defect!.threadKey);
  await page.keyboard.press('Enter');
  await expect(recon.thread.title).toContainText(po);
  await expect(recon.thread.steps.first()).toBeVisible();
  await expect(recon.thread.comparison).toBeVisible();
  await expect(recon.thread.differing.first()).toBeVisible();
  await expect(recon.thread.detail).toHaveAttribute('data-status', 'open');
  await expect(recon.thread.evidenceLinks.first()).toHaveAttribute('href', /^#\/documents\/\d+\?byte=\d+&end=\d+$/);
  const actualBefore = await recon.thread.actual.textContent();
  await page.screenshot({ path: 'test-results/screenshots/reconciliation-thread.png', fullPage: true });

  // Printing shows the thread summary and nothing of the app around it
  await expect(recon.thread.printSummary).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(recon.thread.printSummary).toBeVisible();
  await expect(recon.thread.printSummary).toContainText(po);
  await expect(recon.thread.view).toBeHidden();
  await expect(shell(page).nav('documents')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // Resolve with a reason and a note
  await recon.thread.resolve.click();
  await expect(recon.dialog('resolve')).toBeVisible();
  await expect(recon.reason('data-corrected')).toHaveCount(0);
  await recon.reason('corrected-by-partner').check();
  await recon.noteInput.fill('FreshWay will re-send the invoice for what shipped');
  await recon.dialogSubmit.click();
  await expect(recon.thread.detail).toHaveAttribute('data-status', 'resolved');
  await expect(recon.thread.resolution).toContainText('Corrected by the partner');
  await expect(recon.thread.audit.filter({ hasText: 'Resolved' })).toContainText('FreshWay will re-send');
  const threadAddress = page.url();

  // The partner's next invoice still bills more than shipped, and differently: it contradicts the resolution
  const invoice = contradictingInvoice(demo.workspaceDir, po);
  await shell(page).nav('documents').click();
  const documents = documentsPage(page);
  await documents.addFiles({ name: invoice.name, mimeType: 'application/edi-x12', buffer: Buffer.from(invoice.text, 'latin1') });
  await expect(documents.importSummary).toContainText(/1 file/);

  await page.goto(threadAddress);
  await expect(recon.thread.detail).toHaveAttribute('data-status', 'open', { timeout: 20_000 });
  await expect(recon.thread.audit.filter({ hasText: 'Re-opened' })).toBeVisible();
  await expect(recon.thread.actual).not.toHaveText(actualBefore ?? '');
  await recon.thread.audit.filter({ hasText: 'Re-opened' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/reconciliation-reopened.png', fullPage: true });
});

test('keyboard bulk assign, a saved view, the dashboard and the exports', async ({ page, demo }) => {
  const recon = reconciliationPage(page);
  await openReconciliation(page, demo.url);
  await page.screenshot({ path: 'test-results/screenshots/reconciliation-queue.png' });

  // x ticks rows, Shift+A assigns the ticked ones; the name is offered again next time
  await recon.list.focus();
  await page.keyboard.press('j');
  await page.keyboard.press('x');
  await page.keyboard.press('j');
  await page.keyboard.press('x');
  await expect(page.getByTestId('recon-selected')).toContainText('2 selected');
  const ticked = await page.locator('.recon-row-picked').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id')));
  await page.keyboard.press('Shift+A');
  await expect(recon.dialog('assign')).toBeVisible();
  await recon.assigneeInput.fill('Dana');
  await page.keyboard.press('Enter');
  for (const id of ticked) await expect(page.locator(`[data-testid="recon-row"][data-id="${id}"]`)).toHaveAttribute('data-status', 'assigned');
  await expect(recon.list).toBeFocused();
  await page.keyboard.press('a');
  await expect(recon.assigneeInput).toHaveValue('Dana');
  await page.keyboard.press('Escape');
  await expect(recon.dialog('assign')).toHaveCount(0);

  // A saved view keeps the filter and sort
  await recon.filter('owner').selectOption('finance');
  await recon.sortBy('money').click();
  await expect(page).toHaveURL(/owner=finance.*sort=money/);
  await recon.views.new.click();
  await recon.views.name.fill('Finance by money');
  await recon.views.save.click();
  await expect(recon.views.items.filter({ hasText: 'Finance by money' })).toHaveAttribute('aria-current', 'page');
  await recon.clearFilters.click();
  await expect(page).not.toHaveURL(/owner=finance/);
  await recon.views.items.filter({ hasText: 'Finance by money' }).click();
  await expect(page).toHaveURL(/owner=finance/);
  await expect(recon.filter('owner')).toHaveValue('finance');

  // Exports of the current filter
  const [csv] = await Promise.all([page.waitForEvent('download'), recon.exportCsv.click()]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const csvText = readFileSync(await csv.path(), 'utf8');
  expect(csvText.split('\n')[0]).toMatch(/type/i);
  const [xlsx] = await Promise.all([page.waitForEvent('download'), recon.exportXlsx.click()]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  expect(readFileSync(await xlsx.path()).subarray(0, 2).toString('latin1')).toBe('PK');

  // The dashboard: bars per type and partner, aging and trend, the same open count as the default queue
  await recon.tab('dashboard').click();
  await expect(recon.dashboard.view).toBeVisible();
  expect(await recon.dashboard.typeBars.count()).toBeGreaterThan(3);
  expect(await recon.dashboard.partnerBars.count()).toBe(3);
  await expect(recon.dashboard.agingBars).toHaveCount(5);
  await expect(recon.dashboard.trendFound).toHaveAttribute('d', /^M/);
  const open = Number((await recon.dashboard.openTile.locator('.recon-tile-value').textContent())!.replace(/\D/g, ''));
  await page.screenshot({ path: 'test-results/screenshots/reconciliation-dashboard.png', fullPage: true });
  await recon.dashboard.openTile.click();
  await expect(recon.count).toHaveText(`${open.toLocaleString('en-US')} mismatches`);
});

test('an evidence link opens its document in Documents with those bytes highlighted and scrolled into view', async ({ page, demo }) => {
  const defect = demo.defects.find((candidate) => candidate.type === 'asn-qty-vs-wms');
  expect(defect, 'the demo plants an ASN carton the warehouse disagrees with').toBeDefined();
  const recon = reconciliationPage(page);
  await openReconciliation(page, demo.url);
  await page.goto(`${new URL(demo.url).origin}/#/reconciliation/thread/${encodeURIComponent(defect!.threadKey)}`);
  await expect(recon.thread.title).toBeVisible();
  await recon.thread.mismatches.first().click();
  const asnLink = recon.thread.evidenceLinks.filter({ hasText: /ASN/ }).first();
  const href = (await asnLink.getAttribute('href'))!;
  const [, documentId, start, end] = /^#\/documents\/(\d+)\?byte=(\d+)&end=(\d+)$/.exec(href)!;
  await asnLink.click();

  const documents = documentsPage(page);
  await expect(page).toHaveURL(new RegExp(`#/documents/${documentId}\\?byte=${start}&end=${end}$`));
  await expect(documents.document.view).toBeVisible();
  await expect(documents.document.title).toContainText('856');
  await expect(documents.document.evidenceNote).toContainText(`bytes ${Number(start).toLocaleString('en-US')}–${Number(end).toLocaleString('en-US')}`);
  // the marked text is the ASN transaction the evidence names, from its ST to its SE
  const marked = await documents.document.rawEvidence.evaluateAll((marks) => marks.map((mark) => mark.textContent ?? '').join(''));
  expect(marked).toMatch(/^ST\*856\*/);
  // (a line break after the terminator is drawn as the symbol LF)
  expect(marked).toMatch(/SE\*\d+\*\d+~(LF)?\n?$/);
  // scrolled to: the first marked piece is inside the raw text box's visible area
  const inView = await documents.document.rawText.evaluate((box) => {
    const mark = box.querySelector('#raw-evidence');
    if (!mark) return false;
    const outer = box.getBoundingClientRect();
    const inner = mark.getBoundingClientRect();
    return inner.top >= outer.top && inner.top < outer.bottom;
  });
  expect(inView).toBe(true);
  await documents.document.rawText.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/evidence-document.png', fullPage: true });
});

test('the shipment check of a fresh demo lists the shipments that left today, the differing carton first', async ({ page, demo }) => {
  // a demo made in the first 20 minutes of a day ships them the evening before (main/core/demo/today.ts)
  expect(demo.shippedToday.threadKeys).toHaveLength(5);
  if (demo.shippedToday.day !== new Date().toISOString().slice(0, 10)) {
    test.info().annotations.push({ type: 'note', description: 'the demo was made in the first minutes of the day: nothing left today yet' });
    return;
  }
  const carton = demo.defects.find((defect) => defect.type === 'asn-qty-vs-wms' && demo.shippedToday.threadKeys.includes(defect.threadKey));
  expect(carton, 'one of today\'s shipments has a carton the ASN and the warehouse disagree on').toBeDefined();
  await page.goto(demo.url);
  await page.goto(`${new URL(demo.url).origin}/#/check`);
  const check = shipmentCheckPage(page);
  await expect(check.todayRows.first()).toContainText(`PO ${carton!.poNumber}`);
  await expect(check.todayRows.first()).toContainText('Mismatch');
  for (const threadKey of demo.shippedToday.threadKeys) {
    const po = threadKey.split(':').slice(2).join(':');
    await expect(check.todayRows.filter({ hasText: `PO ${po}` })).toHaveCount(1);
  }
  await expect(check.todayRows.filter({ hasText: 'Matched' })).not.toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/demo-check-today.png', fullPage: true });
  await check.todayRows.first().click();
  await expect(check.detailMatch).toHaveText(/Mismatch/);
  await expect(page.locator('[data-testid="check-carton"][data-match="differs"]')).toHaveCount(1);
});

import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures.js';
import { contractCaller } from './pages/partners.js';
import { shell } from './pages/shell.js';
import { syncPage } from './pages/sync.js';

/** A shop's order API in miniature: three orders that map, one without lines that goes to the dead letters. */
const ORDERS = [
  { id: 'SO-1', updated_at: '2026-11-01T10:00:00Z', po: 'PO-1', lines: [{ n: '1', sku: 'SKU-1', qty: 4 }] },
  { id: 'SO-2', updated_at: '2026-11-01T10:00:01Z', po: 'PO-2', lines: [{ n: '1', sku: 'SKU-2', qty: 6 }] },
  { id: 'SO-3', updated_at: '2026-11-01T10:00:02Z', po: 'PO-3', lines: [{ n: '1', sku: 'SKU-3', qty: 1 }, { n: '2', sku: 'SKU-1', qty: 2 }] },
  { id: 'SO-4', updated_at: '2026-11-01T10:00:03Z', po: 'PO-4', lines: [] },
];

const ORDER_MAP = {
  format: 'crossdock-map/1',
  kind: 'order',
  source: { standard: 'json' },
  name: 'shop orders',
  rules: [
    { id: 'role', target: 'role', value: 'purchase-order' },
    { id: 'po', target: 'poNumber', from: '$.po', required: true },
    { id: 'order-number', target: 'orderNumber', from: '$.id' },
    {
      id: 'lines', target: 'lines[]', each: '$.lines[*]', required: true, rules: [
        { id: 'line-number', target: 'lineNumber', from: '$.n' },
        { id: 'sku', target: 'product.sku', from: '$.sku' },
        { id: 'qty', target: 'quantity.value', from: '$.qty', transform: [{ op: 'decimal' }], required: true },
        { id: 'uom', target: 'quantity.uom', value: 'EA' },
      ],
    },
  ],
};

let shop: Server;
let shopUrl = '';
let requests = 0;

test.beforeAll(async () => {
  shop = createServer((request, response) => {
    requests++;
    const body = request.url?.startsWith('/orders') ? { data: ORDERS } : { error: 'not found' };
    response.writeHead(request.url?.startsWith('/orders') ? 200 : 404, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => shop.listen(0, '127.0.0.1', resolve));
  shopUrl = `http://127.0.0.1:${(shop.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => shop.close(resolve));
});

test('a REST connector syncs from the Sync section: progress, counts, the run in the log, a dead letter with its raw record', async ({ app, page, request }) => {
  const call = contractCaller(request, app.url);
  const config = { baseUrl: shopUrl, streams: { 'sales-orders': { path: '/orders', records: 'data', id: 'id', updatedAt: 'updated_at', map: ORDER_MAP } } };
  const added = await call('connectors.add', { name: 'erp-shop', kind: 'rest', side: 'erp', config });
  expect(added.ok, JSON.stringify(added)).toBe(true);

  await page.goto(app.url);
  await shell(page).nav('sync').click();
  const sync = syncPage(page);
  await expect(sync.connector('erp-shop')).toBeVisible();
  await expect(sync.state('erp-shop')).toHaveText('Never synced');

  await sync.test('erp-shop').click();
  await expect(sync.testResult('erp-shop')).toContainText('Connection OK');

  const before = requests;
  await sync.syncNow('erp-shop').click();
  await expect(sync.progress('erp-shop')).toHaveAttribute('data-state', 'finished');
  expect(requests).toBeGreaterThan(before);
  const stream = sync.stream('erp-shop', 'sales-orders');
  await expect(stream.getByTestId('stream-inserted')).toHaveText('3');
  await expect(sync.state('erp-shop')).toHaveText('Online');

  await page.screenshot({ path: 'test-results/sync-connectors.png', fullPage: true });

  await sync.tab('runs').click();
  await expect(sync.runs).toHaveCount(1);
  await expect(sync.runs.first().getByTestId('run-inserted')).toHaveText('3');
  await expect(sync.runs.first()).toContainText('manual');
  await page.screenshot({ path: 'test-results/sync-runs.png', fullPage: true });

  // keyboard: arrow to the next tab
  await sync.tab('runs').focus();
  await page.keyboard.press('ArrowRight');
  await expect(sync.tab('dead-letters')).toBeFocused();
  await expect(sync.deadLetters).toHaveCount(1);
  const letter = sync.deadLetters.first();
  await expect(letter).toContainText('SO-4');
  await letter.getByText('Raw record').click();
  await expect(letter.locator('pre')).toContainText('"po": "PO-4"');
  await page.screenshot({ path: 'test-results/sync-dead-letters.png', fullPage: true });

  // the map still refuses an order without lines: the replay says so and the letter stays
  await letter.getByTestId('dead-letter-replay').click();
  await expect(sync.replayResult).toContainText('Replayed 0; 1 still failing');
  await expect(sync.deadLetters).toHaveCount(1);

  // keyboard: back to the connectors, Tab past Add connector onto Sync now shows the focus ring
  await sync.tab('dead-letters').focus();
  await page.keyboard.press('Home');
  await expect(sync.tab('connectors')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(sync.addOpen).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(sync.syncNow('erp-shop')).toBeFocused();
  await page.screenshot({ path: 'test-results/sync-focus.png', fullPage: true });

  await sync.pause('erp-shop').click();
  await expect(sync.state('erp-shop')).toHaveText('Paused');
  await expect(sync.pause('erp-shop')).toHaveText('Resume');
});

test('the empty state explains the CLI and the Add connector form adds a REST connector', async ({ app, page }) => {
  await page.goto(app.url);
  await shell(page).nav('sync').click();
  const sync = syncPage(page);
  await expect(page.getByText('crossdock connectors add')).toBeVisible();
  await sync.addOpen.click();
  await expect(sync.addName).toBeFocused();
  await sync.addName.fill('Shop!');
  await sync.addConfig.fill(JSON.stringify({ baseUrl: shopUrl, streams: { 'sales-orders': { path: '/orders', records: 'data', id: 'id', updatedAt: 'updated_at', map: ORDER_MAP } } }, null, 2));
  await page.getByLabel('Every (minutes)').fill('');
  await sync.addSubmit.click();
  await expect(sync.addForm).toContainText('Lower-case letters');
  await page.screenshot({ path: 'test-results/sync-add-form.png', fullPage: true });
  await sync.addName.fill('erp-form');
  await sync.addSubmit.click();
  await expect(sync.connector('erp-form')).toBeVisible();
  await expect(sync.connector('erp-form')).toContainText('synced by hand only');
  await sync.syncNow('erp-form').click();
  await expect(sync.stream('erp-form', 'sales-orders').getByTestId('stream-inserted')).toHaveText('3');
});

test('a connector is edited and removed from its card, and one the CLI removes leaves the list by itself', async ({ app, page, request }) => {
  // the CLI starts a second Node process with tsx
  test.setTimeout(180_000);
  const call = contractCaller(request, app.url);
  const config = { baseUrl: shopUrl, streams: { 'sales-orders': { path: '/orders', records: 'data', id: 'id', updatedAt: 'updated_at', map: ORDER_MAP } } };
  expect((await call('connectors.add', { name: 'erp-shop', kind: 'rest', side: 'erp', config, scheduleMinutes: 15 })).ok).toBe(true);
  expect((await call('connectors.add', { name: 'wms-main', kind: 'rest', side: 'wms', config })).ok).toBe(true);

  await page.goto(app.url);
  await shell(page).nav('sync').click();
  const sync = syncPage(page);
  await sync.syncNow('erp-shop').click();
  await expect(sync.stream('erp-shop', 'sales-orders').getByTestId('stream-inserted')).toHaveText('3');

  // Edit: the stored config to change, a broken one refused in the form, the core re-checks what it gets
  await sync.edit('erp-shop').click();
  await expect(sync.editSchedule('erp-shop')).toBeFocused();
  await expect(sync.editConfig('erp-shop')).toHaveValue(/"baseUrl"/);
  await expect(sync.editSecret('erp-shop')).toHaveValue('');
  await sync.editConfig('erp-shop').fill('{ "baseUrl": ');
  await sync.editSave('erp-shop').click();
  await expect(sync.editForm('erp-shop')).toContainText('Not valid JSON');
  await sync.editConfig('erp-shop').fill(JSON.stringify({ ...config, baseUrl: 'not a url' }));
  await sync.editSave('erp-shop').click();
  await expect(sync.editForm('erp-shop').getByTestId('sync-edit-refusal')).toBeVisible();
  await page.screenshot({ path: 'test-results/sync-edit-refused.png', fullPage: true });
  await sync.editConfig('erp-shop').fill(JSON.stringify(config, null, 2));
  await sync.editSchedule('erp-shop').fill('30');
  await sync.editSave('erp-shop').click();
  await expect(sync.editForm('erp-shop')).toHaveCount(0);
  await expect(sync.connector('erp-shop')).toContainText('every 30 min');

  // The CLI removes wms-main while the app runs: connectors.changed reaches the page
  const cli = await promisify(execFile)(process.execPath, [join(import.meta.dirname, '../../bin/crossdock.mjs'), 'connectors', 'remove', 'wms-main', '--workspace', app.workspaceDir]);
  expect(cli.stdout).toContain('removed wms-main');
  await expect(sync.connector('wms-main')).toHaveCount(0, { timeout: 20_000 });

  // Remove: a confirmation with Cancel focused (Escape backs out), then the card goes and the records stay
  await sync.remove('erp-shop').click();
  await expect(sync.removeConfirm('erp-shop')).toContainText('The 3 records it brought in stay');
  await page.screenshot({ path: 'test-results/sync-remove-confirm.png', fullPage: true });
  await expect(sync.removeConfirm('erp-shop').getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(sync.removeConfirm('erp-shop')).toHaveCount(0);
  await sync.remove('erp-shop').click();
  await sync.removeConfirmButton('erp-shop').click();
  await expect(sync.connector('erp-shop')).toHaveCount(0);
  const db = new Database(join(app.workspaceDir, 'workspace.db'), { readonly: true });
  try {
    expect(db.prepare("SELECT count(*) FROM source_records WHERE connector = 'erp-shop'").pluck().get()).toBe(3);
  } finally {
    db.close();
  }
});

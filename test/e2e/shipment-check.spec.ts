import { expect, test } from './fixtures.js';
import { asn856, callApi, shipmentCheckPage, wmsShipment, type Carton } from './pages/shipment-check.js';

const GTIN = '00614141000029';
const SSCC = ['006141410000123451', '006141410000123468', '006141410000123475'];

test.describe.configure({ timeout: 120_000 });

test('a scanned SSCC opens the carton-by-carton comparison with the differing carton marked', async ({ page, app }) => {
  // a workspace map for 856 (the built-in one), so the ingested ASN becomes a canonical shipment
  const defaults = await callApi<{ maps: { standard: string; type: string; definition: unknown }[] }>(app, 'maps.defaults', {});
  const definition = defaults.maps.find((map) => map.standard === 'x12' && map.type === '856')?.definition;
  const draft = await callApi<{ map: { id: number } }>(app, 'maps.saveDraft', { partnerId: null, standard: 'x12', type: '856', definition });
  await callApi(app, 'maps.publish', { id: draft.map.id });

  // noon UTC today: the same calendar day wherever the browser runs
  const shippedAt = new Date(`${new Date().toISOString().slice(0, 10)}T12:00:00Z`);
  const told: Carton[] = SSCC.map((sscc) => ({ sscc, gtin: GTIN, quantity: 12 }));
  // the warehouse packed 10 in the second carton
  const packed: Carton[] = told.map((carton, index) => (index === 1 ? { ...carton, quantity: 10 } : carton));
  const text = asn856({ asnNumber: 'ASN-9001', poNumber: 'PO-9001', bol: 'BOL9001', shippedAt, cartons: told });
  await callApi(app, 'ingest.upload', { files: [{ name: 'asn-9001.x12', contentBase64: Buffer.from(text, 'latin1').toString('base64') }] });
  await expect.poll(async () => (await callApi<unknown[]>(app, 'shipments.today', { day: shippedAt.toISOString().slice(0, 10) })).length, { timeout: 30_000 }).toBe(1);
  const imported = await callApi<{ inserted: number; failed: unknown[] }>(app, 'records.import', {
    side: 'wms',
    records: [wmsShipment({ shipmentNumber: 'SHP-9001', poNumber: 'PO-9001', shippedAt, cartons: packed })],
  });
  expect(imported).toMatchObject({ inserted: 1, failed: [] });

  await page.goto(app.url);
  await page.goto(`${new URL(app.url).origin}/#/check`);
  const check = shipmentCheckPage(page);
  await expect(check.query).toBeFocused();
  await expect(check.todayRows).toHaveCount(1);
  await expect(check.todayRows.first()).toContainText('Mismatch');
  await expect(check.todayRows.first()).toContainText('PO PO-9001');

  // a scanner: symbology identifier, the 00 AI and the SSCC in one burst, then Enter
  await page.keyboard.type(`]C100${SSCC[1]}`);
  await page.keyboard.press('Enter');
  await expect(check.detail).toBeVisible();
  await expect(check.detailMatch).toHaveText(/Mismatch/);
  await expect(check.status).toContainText('Found carton');
  await expect(check.cartons).toHaveCount(3);
  const differing = check.carton(SSCC[1]!);
  await expect(differing).toHaveAttribute('data-match', 'differs');
  await expect(differing).toContainText('Differs');
  await expect(differing).toContainText('Scanned');
  await expect(differing).toContainText('10 EA');
  await expect(differing).toContainText('12 EA');
  await expect(check.carton(SSCC[0]!)).toHaveAttribute('data-match', 'matched');
  await expect(check.carton(SSCC[2]!)).toHaveAttribute('data-match', 'matched');
  // the focus stays in the search box, ready for the next scan
  await expect(check.query).toBeFocused();
  await page.screenshot({ path: 'test-results/screenshots/shipment-check-carton.png', fullPage: true });

  // Escape goes back to today's list; an unknown code says so
  await page.keyboard.press('Escape');
  await expect(check.todayRows).toHaveCount(1);
  await page.keyboard.type('NO-SUCH-ASN');
  await page.keyboard.press('Enter');
  await expect(check.status).toHaveText('Nothing found for NO-SUCH-ASN');
  await page.screenshot({ path: 'test-results/screenshots/shipment-check-today.png', fullPage: true });

  // back in the app: the Reconciliation item carries the new high-priority mismatch until it is looked at
  await check.exit.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('section-reconciliation')).toBeVisible();
  await expect(check.navBadge).toHaveCount(0);
  await page.goto(`${new URL(app.url).origin}/#/documents`);
  await expect(check.alertsPrompt).toBeVisible();
  await expect(check.navBadge).toHaveCount(0);
  // a second differing shipment found while the user is elsewhere
  await callApi(app, 'records.import', {
    side: 'wms',
    records: [wmsShipment({ shipmentNumber: 'SHP-9001', poNumber: 'PO-9001', shippedAt, cartons: packed.map((carton, index) => (index === 2 ? { ...carton, quantity: 11 } : carton)) })],
  });
  await expect(check.navBadge).toHaveText(/^1/);
  await page.screenshot({ path: 'test-results/screenshots/shipment-check-badge.png' });
  await page.getByTestId('nav-reconciliation').click();
  await expect(check.navBadge).toHaveCount(0);
});

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type RunningApp } from './fixtures.js';
import { documentsPage, FIXTURES_DIR } from './pages/documents.js';

// each test imports files, publishes maps and waits for the re-map task: more than the default minute on a busy machine
test.describe.configure({ timeout: 150_000 });

const FILES = ['orders-850-two.x12', 'asn-856.x12', 'invoice-810.x12'].map((name) => join(FIXTURES_DIR, name));
const mappingSchema = join(import.meta.dirname, '../../main/core/workspace/migrations/0005_maps.sql');

/** A contract call over HTTP, as the renderer makes it (setup only: the Maps screens are another spec's business). */
async function api<T>(app: RunningApp, method: string, input: object): Promise<T> {
  const url = new URL(app.url);
  const token = new URLSearchParams(url.hash.slice(1)).get('token')!;
  const response = await fetch(new URL(`/api/${method}`, url.origin), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Crossdock': '1', Authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

/**
 * Publishes the built-in default map of a type for the partner of the document with this business id; publishing
 * re-maps the partner's documents, which is what stores their canonical form (ingest does not map yet in this build).
 */
async function publishDefaultMap(app: RunningApp, text: string, type: string): Promise<number> {
  const { rows } = await api<{ rows: { id: number; partnerId: number | null }[] }>(app, 'documents.list', { filter: { text }, limit: 5 });
  const document = rows[0]!;
  const { maps } = await api<{ maps: { standard: string; type: string; definition: unknown }[] }>(app, 'maps.defaults', {});
  const definition = maps.find((map) => map.standard === 'x12' && map.type === type)!.definition;
  const draft = await api<{ map: { id: number } }>(app, 'maps.saveDraft', { partnerId: document.partnerId, standard: 'x12', type, definition });
  await api(app, 'maps.publish', { id: draft.map.id });
  await expect.poll(async () => (await api<{ status: string }>(app, 'canonical.get', { documentId: document.id })).status, { timeout: 20_000 }).not.toBe('unmapped');
  return document.id;
}

/**
 * The maps tables come with schema 0006, which waits in main/core/mapping-store/ until migration 0005 exists; until
 * then a fresh workspace has no canonical_documents table and ingest stores nothing to show. This applies it the way
 * the mapping store's own tests do (ensureMappingSchema), and does nothing once the workspace migrations create it.
 */
function ensureMappingSchema(app: RunningApp): void {
  const db = new Database(join(app.workspaceDir, 'workspace.db'));
  try {
    const present = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'canonical_documents'").pluck().get();
    if (!present && existsSync(mappingSchema)) db.exec(readFileSync(mappingSchema, 'utf8'));
  } finally {
    db.close();
  }
}

test('an ingested 850 shows its PO number and lines in the Canonical tab, reached from the keyboard', async ({ page, app }) => {
  await page.goto(app.url);
  ensureMappingSchema(app);
  const documents = documentsPage(page);
  const canonical = documents.canonical;
  await documents.addFiles(FILES);
  await expect(documents.count).toHaveText('4 documents');

  // Before any map is published the invoice has no canonical form; the panel says so and leads to Maps
  await documents.row('INV-30091').click();
  await documents.document.tab('canonical').click();
  await expect(canonical.status).toHaveText('Not mapped');
  await expect(canonical.unmapped).toContainText('no canonical form');
  await expect(page.getByTestId('canonical-maps-link')).toHaveAttribute('href', /^#\/maps\/\d+\/x12\/810\?sample=\d+$/);
  await page.screenshot({ path: 'test-results/screenshots/documents-canonical-unmapped.png' });
  await documents.document.tab('canonical').press('ArrowLeft');
  await documents.document.back.click();

  await publishDefaultMap(app, 'PO-55811', '850');

  await documents.row('PO-55811').click();
  await expect(documents.document.title).toContainText('850 Purchase Order');
  // Tab reaches the tab list; the arrow key moves to Canonical
  await documents.document.tab('source').focus();
  await page.keyboard.press('ArrowRight');
  await expect(documents.document.tab('canonical')).toHaveAttribute('aria-selected', 'true');
  await expect(documents.document.tab('canonical')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(canonical.panel).toBeFocused();

  await expect(canonical.kind).toHaveText('Purchase order · PO PO-55811');
  await expect(canonical.status).toHaveAttribute('data-status', /^(ok|warnings)$/);
  await expect(canonical.map).toContainText(/map/);
  await expect(canonical.lines).toHaveCount(1);
  await expect(canonical.lines.first()).toContainText('KB-300');
  await expect(canonical.lines.first()).toContainText('40 EA');
  await expect(canonical.lines.first()).toContainText('3.5');
  await expect(canonical.parties).toContainText('ORCHARD MARKET DC 4');
  await expect(canonical.editMap).toHaveAttribute('href', /^#\/maps\/\d+\/x12\/850\?sample=\d+$/);
  await page.screenshot({ path: 'test-results/screenshots/documents-canonical-850.png', fullPage: true });

  await canonical.jsonToggle.click();
  await expect(canonical.json).toContainText('"poNumber": "PO-55811"');

  // The tab stays chosen for the next document; ArrowLeft goes back to the segments
  await documents.document.back.click();
  await documents.row('PO-55812').click();
  await expect(documents.document.tab('canonical')).toHaveAttribute('aria-selected', 'true');
  await expect(canonical.kind).toContainText('PO-55812');
  await documents.document.tab('canonical').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(documents.document.segmentRows.first()).toBeVisible();
});

test('a mapping issue leads to its segment; the ASN shows its packs in dark mode', async ({ page, app }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(app.url);
  ensureMappingSchema(app);
  const documents = documentsPage(page);
  const canonical = documents.canonical;
  await documents.addFiles(FILES);
  await expect(documents.count).toHaveText('4 documents');
  await publishDefaultMap(app, 'PO-55812', '850');
  await publishDefaultMap(app, 'ASN-77120', '856');

  // PO-55812's BEG05 is 20261399: not a date, so the map reports it on the BEG segment
  await documents.row('PO-55812').click();
  await documents.document.tab('canonical').click();
  const issue = canonical.issues.filter({ hasText: 'BEG' }).first();
  await expect(issue).toBeVisible();
  await expect(issue).toContainText('rule');
  await page.screenshot({ path: 'test-results/screenshots/documents-canonical-issue-dark.png', fullPage: true });
  await issue.getByTestId('canonical-issue-segment').click();
  await expect(documents.document.tab('source')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('[data-testid="segment-row"][data-tag="BEG"]').locator('xpath=..')).toHaveAttribute('aria-selected', 'true');
  await expect(documents.document.segmentDetail).toContainText('BEG');
  await expect(page.locator('mark.raw-mark-segment').first()).toContainText('BEG');

  await documents.document.back.click();
  await documents.row('ASN-77120').click();
  await documents.document.tab('canonical').click();
  await expect(canonical.kind).toContainText('Ship notice (ASN)');
  await expect(canonical.kind).toContainText('ASN ASN-77120');
  await expect(page.getByTestId('canonical-keys')).toContainText('PO-55810');
  await expect(canonical.packs.first()).toContainText(/\d{18}/);
  await expect(canonical.lines).toHaveCount(3);
  await canonical.packs.last().scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/documents-canonical-856-dark.png', fullPage: true });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { purchaseOrder } from '../../../test/helpers/x12-samples.js';
import { runBatchAsync, sourcesFromPaths } from '../ingest/batch.js';
import { readArchived } from '../ingest/archive.js';
import { processArchivedFile } from '../ingest/process-file.js';
import { receive } from '../ingest/receive.js';
import { ingestStoreFor, type FileRow } from '../ingest/store.js';
import { canonicalStoreFor } from '../mapping-store/canonical-store.js';
import { mappingWorkspace, type MappingWorkspace } from '../mapping-store/test-workspace.js';
import { CSV_HEADER, channelPartner, csvOrdersMap, jsonOrdersMap, marketplaceOrdersJson, publishMap, webOrdersCsv } from './testing.js';

let ws: MappingWorkspace;
beforeEach(() => {
  ws = mappingWorkspace();
});
afterEach(() => ws.cleanup());

interface DocumentRow {
  id: number;
  file_id: number;
  partner_id: number;
  standard: string;
  type: string;
  status: string;
  error_count: number;
  po_number: string | null;
  reference: string | null;
  document_date: string | null;
  byte_start: number;
  byte_end: number;
  segment_count: number;
  control_number: string;
  problems_json: string;
}

const documents = (fileId: number) => ws.db.prepare('SELECT * FROM documents WHERE file_id = ? ORDER BY ordinal').all(fileId) as DocumentRow[];
const canonical = (documentId: number) => canonicalStoreFor(ws.db).get(documentId)!;
const fileRow = (fileId: number) => ws.db.prepare('SELECT state, standard, verdict, quarantine_reason FROM files WHERE id = ?').get(fileId) as { state: string; standard: string | null; verdict: string; quarantine_reason: string | null };

interface OrderDoc {
  poNumber: string;
  orderNumber?: string;
  channel: string;
  partner: { id: number; name: string };
  currency?: string;
  parties: { role: string; name: string; address: { city: string } }[];
  lines: { lineNumber?: string; product: { sku: string; description?: string }; quantity: { value: string; uom: string }; unitPrice?: { amount: string } }[];
}

function receiveFile(text: string, name: string) {
  return receive(ws.core.context, { name, path: null, bytes: Buffer.from(text, 'utf8'), source: 'upload' });
}

describe('CSV order files of an e-commerce partner', () => {
  it('stores 3 orders from 7 rows as 3 documents with their row ranges, PO numbers and canonical orders', async () => {
    const shop = await channelPartner(ws, 'Webshop', 'ecommerce');
    const mapId = publishMap(ws, shop, 'csv', 'shopify-orders', csvOrdersMap);
    const text = webOrdersCsv();
    const bytes = Buffer.from(text, 'utf8');
    const outcome = receiveFile(text, 'orders.csv');
    expect(outcome.kind).toBe('ingested');
    if (outcome.kind !== 'ingested') return;
    expect(outcome.processed).toMatchObject({ documents: 3, errors: 0, quarantined: false, verdict: 'ok' });
    expect(fileRow(outcome.processed.fileId)).toMatchObject({ state: 'parsed', verdict: 'ok', quarantine_reason: null });

    const interchange = ws.db.prepare('SELECT standard, partner_id, direction, sender_qualifier, sender_id, control_number, byte_end FROM interchanges WHERE file_id = ?').get(outcome.processed.fileId);
    expect(interchange).toEqual({ standard: 'csv', partner_id: shop, direction: 'inbound', sender_qualifier: 'ecommerce', sender_id: 'Webshop', control_number: outcome.sha256.slice(0, 12), byte_end: bytes.length });
    expect(ws.db.prepare('SELECT count(*) FROM groups').pluck().get()).toBe(1);

    const rows = documents(outcome.processed.fileId);
    expect(rows.map((row) => [row.type, row.standard, row.po_number, row.status, row.segment_count])).toEqual([
      ['shopify-orders', 'csv', 'WEB-1001', 'accepted', 2],
      ['shopify-orders', 'csv', 'WEB-1002', 'accepted', 3],
      ['shopify-orders', 'csv', 'WEB-1003', 'accepted', 2],
    ]);
    expect(rows[0]!.document_date).toBe('2026-11-20');
    // each byte range is exactly the order's rows (the UTF-8 name and the quoted line break included)
    const slices = rows.map((row) => bytes.subarray(row.byte_start, row.byte_end).toString('utf8'));
    expect(slices[0]!.startsWith('WEB-1001,') && slices[0]!.endsWith('"Tea, green",1,EA,4.25')).toBe(true);
    expect(slices[1]!.split('\r\n')).toHaveLength(3);
    expect(slices[1]!).toContain('"Kettle ""steel""\nlarge"');
    expect(slices[2]!.startsWith('WEB-1003,') && slices[2]!.endsWith('3,EA,4.25')).toBe(true);

    const orders = rows.map((row) => canonical(row.id));
    expect(orders.map((order) => [order.kind, order.status, order.map])).toEqual(Array(3).fill(['order', 'ok', { origin: 'partner', mapId, version: 1 }]));
    const second = orders[1]!.document as OrderDoc;
    expect(second).toMatchObject({ poNumber: 'WEB-1002', channel: 'ecommerce', partner: { id: shop, name: 'Webshop' }, currency: 'USD' });
    expect(second.lines.map((line) => [line.lineNumber, line.product.sku, line.quantity.value, line.unitPrice?.amount])).toEqual([
      ['1', 'SKU-3', '1', '30.00'],
      ['2', 'SKU-1', '4', '9.50'],
      ['3', 'SKU-4', '12', '0.80'],
    ]);
    expect(second.lines[0]!.product.description).toBe('Kettle "steel"\nlarge');
    expect((orders[0]!.document as OrderDoc).parties[0]).toMatchObject({ role: 'ship-to', name: 'Ann Émile', address: { city: 'Springfield' } });
    expect(ws.db.prepare('SELECT po_number FROM canonical_documents WHERE partner_id = ? ORDER BY po_number').pluck().all(shop)).toEqual(['WEB-1001', 'WEB-1002', 'WEB-1003']);
  });

  it('stores a file with mapping errors: the bad order is rejected with its issues, the others are fine', async () => {
    const shop = await channelPartner(ws, 'Webshop', 'ecommerce');
    publishMap(ws, shop, 'csv', 'shopify-orders', csvOrdersMap);
    // WEB-1002's first line has no quantity (a required rule) and an impossible date
    const text = webOrdersCsv().replace('2026-11-21,usd,bob@example.com,Bob Stone,9 Elm Rd,Apt 4,Portland,OR,97201,us,1,SKU-3,,"Kettle ""steel""\nlarge",1,', '2026-13-45,usd,bob@example.com,Bob Stone,9 Elm Rd,Apt 4,Portland,OR,97201,us,1,SKU-3,,"Kettle ""steel""\nlarge",,');
    const outcome = receiveFile(text, 'broken.csv');
    expect(outcome.kind).toBe('ingested');
    if (outcome.kind !== 'ingested') return;
    expect(outcome.processed.verdict).toBe('errors');
    expect(outcome.processed.errors).toBeGreaterThanOrEqual(2);
    const rows = documents(outcome.processed.fileId);
    expect(rows.map((row) => row.status)).toEqual(['accepted', 'rejected', 'accepted']);
    const bad = canonical(rows[1]!.id);
    expect(bad.status).toBe('errors');
    expect(bad.issues.map((issue) => issue.ruleId)).toEqual(expect.arrayContaining(['line-quantity', 'document-date']));
    const problems = JSON.parse(rows[1]!.problems_json) as { message: string; position: { offset: number; line: number } }[];
    expect(problems.some((problem) => problem.message.includes('line-quantity'))).toBe(true);
    expect(problems[0]!.position).toEqual({ offset: rows[1]!.byte_start, line: 4, column: 1 });
    expect(fileRow(outcome.processed.fileId).state).toBe('parsed');
  });

  it('records the same bytes again as a duplicate, and re-processing replaces the rows with the map now published', async () => {
    const shop = await channelPartner(ws, 'Webshop', 'ecommerce');
    publishMap(ws, shop, 'csv', 'shopify-orders', csvOrdersMap);
    const text = webOrdersCsv();
    const first = receiveFile(text, 'orders.csv');
    expect(first.kind).toBe('ingested');
    expect(receiveFile(text, 'orders-again.csv').kind).toBe('duplicate');
    if (first.kind !== 'ingested') return;
    const fileId = first.processed.fileId;
    expect(documents(fileId)).toHaveLength(3);
    expect(ws.db.prepare('SELECT count(*) FROM receipts WHERE file_id = ? AND duplicate_delivery = 1').pluck().get(fileId)).toBe(1);

    const tagged = { ...structuredClone(csvOrdersMap), rules: [...structuredClone(csvOrdersMap.rules), { id: 'tag', target: 'notes[]', value: 'v2' }] };
    const v2 = publishMap(ws, shop, 'csv', 'shopify-orders', tagged);
    const file = ingestStoreFor(ws.db).fileById.get(fileId) as FileRow;
    const again = processArchivedFile(ws.core.context, file, readArchived(ws.core.context.workspace.folders.archive, file.archive_path));
    expect(again).toMatchObject({ quarantined: false, documents: 3 });
    const after = documents(fileId);
    expect(after.map((row) => row.po_number)).toEqual(['WEB-1001', 'WEB-1002', 'WEB-1003']);
    expect(ws.db.prepare('SELECT count(*) FROM canonical_documents').pluck().get()).toBe(3);
    expect(canonical(after[0]!.id)).toMatchObject({ map: { mapId: v2, version: 2 }, document: { notes: ['v2'] } });
    expect(ws.db.prepare('SELECT count(*) FROM interchanges WHERE file_id = ?').pluck().get(fileId)).toBe(1);
  });
});

describe('JSON order feeds of a marketplace partner', () => {
  it('stores each selected order with the byte range of its JSON object', async () => {
    const market = await channelPartner(ws, 'Marketplace', 'marketplace');
    publishMap(ws, market, 'json', 'mk-orders', jsonOrdersMap);
    const text = marketplaceOrdersJson();
    const bytes = Buffer.from(text, 'utf8');
    const outcome = receiveFile(text, 'feed.json');
    expect(outcome.kind).toBe('ingested');
    if (outcome.kind !== 'ingested') return;
    const rows = documents(outcome.processed.fileId);
    expect(rows.map((row) => [row.standard, row.type, row.po_number, row.reference, row.status])).toEqual([
      ['json', 'mk-orders', 'MK-1', '#MK-1', 'accepted'],
      ['json', 'mk-orders', 'MK-2', '#MK-2', 'accepted'],
    ]);
    // the range is the order's object exactly (the file has a multi-byte character before it)
    const objects = rows.map((row) => JSON.parse(bytes.subarray(row.byte_start, row.byte_end).toString('utf8')) as { id: string });
    expect(objects.map((object) => object.id)).toEqual(['MK-1', 'MK-2']);
    const order = canonical(rows[1]!.id).document as OrderDoc;
    expect(order).toMatchObject({ poNumber: 'MK-2', channel: 'marketplace', currency: 'USD' });
    expect(order.lines.map((line) => [line.product.sku, line.quantity.value, line.unitPrice?.amount])).toEqual([
      ['SKU-2', '2', '4.25'],
      ['SKU-3', '1', '30.00'],
    ]);
  });

  it("quarantines JSON the map's documents path finds nothing in, and broken JSON, with the reason", async () => {
    const market = await channelPartner(ws, 'Marketplace', 'marketplace');
    publishMap(ws, market, 'json', 'mk-orders', jsonOrdersMap);
    const empty = receiveFile(JSON.stringify({ items: [{ id: 1 }] }), 'other.json');
    expect(empty.kind).toBe('quarantined');
    if (empty.kind === 'quarantined') expect(empty.processed.reason).toContain("Marketplace JSON map 'mk-orders' v1: $.orders[*] selects nothing");
    const broken = receiveFile('{"orders": [ {"id": "X"} ', 'broken.json');
    expect(broken.kind).toBe('quarantined');
    if (broken.kind === 'quarantined') expect(broken.processed.reason).toMatch(/not valid JSON: .* at character \d+/);
  });
});

describe('which partner a file belongs to', () => {
  it('quarantines a header two partners’ maps fit, naming both maps', async () => {
    const shop = await channelPartner(ws, 'Webshop', 'ecommerce');
    const field = await channelPartner(ws, 'Field reps', 'field-sales');
    publishMap(ws, shop, 'csv', 'shopify-orders', csvOrdersMap);
    publishMap(ws, field, 'csv', 'rep-orders', csvOrdersMap);
    const outcome = receiveFile(webOrdersCsv(), 'orders.csv');
    expect(outcome.kind).toBe('quarantined');
    if (outcome.kind !== 'quarantined') return;
    expect(outcome.processed.reason).toContain("Several published CSV maps fit it: Webshop CSV map 'shopify-orders' v1; Field reps CSV map 'rep-orders' v1");
    expect(fileRow(outcome.processed.fileId)).toMatchObject({ state: 'quarantined', quarantine_reason: outcome.processed.reason });
    expect(documents(outcome.processed.fileId)).toEqual([]);
  });

  it('picks the one partner whose map the header fits, and says what each map lacks when none fits', async () => {
    const shop = await channelPartner(ws, 'Webshop', 'ecommerce');
    const field = await channelPartner(ws, 'Field reps', 'field-sales');
    publishMap(ws, shop, 'csv', 'shopify-orders', csvOrdersMap);
    // the reps' export names its columns differently
    const repsMap = JSON.parse(JSON.stringify(csvOrdersMap).replaceAll('"order_id"', '"rep_order"').replaceAll('"sku"', '"item"')) as typeof csvOrdersMap;
    publishMap(ws, field, 'csv', 'rep-orders', repsMap);
    const repsFile = webOrdersCsv('REP').replace(CSV_HEADER, CSV_HEADER.replace('order_id', 'rep_order').replace(',sku,', ',item,'));
    const reps = receiveFile(repsFile, 'reps.csv');
    expect(reps.kind).toBe('ingested');
    if (reps.kind === 'ingested') expect(documents(reps.processed.fileId).map((row) => [row.partner_id, row.type, row.po_number])).toEqual([
      [field, 'rep-orders', 'REP-1001'],
      [field, 'rep-orders', 'REP-1002'],
      [field, 'rep-orders', 'REP-1003'],
    ]);

    const neither = receiveFile('order,qty\nA-1,2\n', 'unknown.csv');
    expect(neither.kind).toBe('quarantined');
    if (neither.kind !== 'quarantined') return;
    expect(neither.processed.reason).toContain('No published CSV map fits it');
    expect(neither.processed.reason).toContain("Webshop CSV map 'shopify-orders' v1: the header lacks order_id");
    expect(neither.processed.reason).toContain("Field reps CSV map 'rep-orders' v1: the header lacks rep_order");
  });

  it('leaves EDI and non-EDI files alone when no partner has a CSV or JSON map', () => {
    const outcome = receiveFile('order,qty\nA-1,2\n', 'unknown.csv');
    expect(outcome.kind).toBe('quarantined');
    if (outcome.kind === 'quarantined') expect(outcome.processed.reason).not.toContain('map');
    expect(ws.ingest(purchaseOrder({ po: 'PO-1', control: '000000001', lines: 1 }))).toBeGreaterThan(0);
  });
});

describe('a folder of mixed files', () => {
  it('ingests CSV, JSON and X12 files side by side in one batch', async () => {
    const shop = await channelPartner(ws, 'Webshop', 'ecommerce');
    const market = await channelPartner(ws, 'Marketplace', 'marketplace');
    publishMap(ws, shop, 'csv', 'shopify-orders', csvOrdersMap);
    publishMap(ws, market, 'json', 'mk-orders', jsonOrdersMap);
    const folder = join(ws.dir, '..', 'drop');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    writeFileSync(join(folder, 'a.csv'), webOrdersCsv());
    writeFileSync(join(folder, 'b.x12'), purchaseOrder({ po: 'PO-77', control: '000000077', lines: 2 }));
    writeFileSync(join(folder, 'sub', 'c.json'), marketplaceOrdersJson());
    writeFileSync(join(folder, 'sub', 'd.txt'), 'hello\n');
    const summary = await runBatchAsync(ws.core.context, sourcesFromPaths([folder]).sources, 'cli');
    expect(summary).toMatchObject({ files: 4, ingested: 3, quarantined: 1, transactions: 3 + 1 + 2 });
    const byType = ws.db.prepare('SELECT standard, type, count(*) AS n FROM documents GROUP BY standard, type ORDER BY standard').all();
    expect(byType).toEqual([
      { standard: 'csv', type: 'shopify-orders', n: 3 },
      { standard: 'json', type: 'mk-orders', n: 2 },
      { standard: 'x12', type: '850', n: 1 },
    ]);
    expect(ws.db.prepare('SELECT count(*) FROM canonical_documents WHERE kind = ?').pluck().get('order')).toBeGreaterThanOrEqual(5);
  });
});

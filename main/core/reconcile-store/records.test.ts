import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Order } from '../canonical/index.js';
import { sampleOrder, sampleWarehouseAdvice } from '../canonical/samples.js';
import { NORTHWIND, storeWorkspace, type StoreWorkspace } from './inputs.test-support.js';
import { importRecords } from './records.js';
import type { ReconcileChanged } from './types.js';

let ws: StoreWorkspace;
beforeEach(() => {
  ws = storeWorkspace();
});
afterEach(() => ws.cleanup());

const NOW = '2026-11-21T12:00:00.000Z';

function erpOrder(quantity: string): Order {
  const order: Order = { ...structuredClone(sampleOrder), source: { kind: 'manual', by: 'erp-export' }, orderNumber: 'SO-778812' };
  order.lines[0]!.quantity = { value: quantity, uom: 'CA' };
  return order;
}

describe('records.import', () => {
  it('inserts, leaves the same content unchanged, versions new content', () => {
    const first = importRecords(ws.core.context, { side: 'erp', records: [{ recordId: 'SO-778812', raw: { id: 1 }, document: erpOrder('10') }] }, NOW);
    expect(first).toMatchObject({ inserted: 1, updated: 0, unchanged: 0, failed: [] });
    expect(first.warnings).toEqual([{ index: 0, message: 'source manual replaced by the erp connector' }]);
    const stored = ws.db.prepare('SELECT connector, stream, record_id, side, version, po_number, order_number, partner_id, raw_json, canonical_json FROM source_records').get() as Record<string, unknown>;
    expect(stored).toMatchObject({ connector: 'erp', stream: 'sales-orders', record_id: 'SO-778812', side: 'erp', version: 1, po_number: '4500012345', order_number: 'SO-778812', partner_id: NORTHWIND, raw_json: '{"id":1}' });
    expect(JSON.parse(stored.canonical_json as string).source).toEqual({ kind: 'connector', connector: 'erp', stream: 'sales-orders', recordId: 'SO-778812' });

    expect(importRecords(ws.core.context, { side: 'erp', records: [{ recordId: 'SO-778812', raw: { id: 1 }, document: erpOrder('10') }] }, NOW)).toMatchObject({ inserted: 0, updated: 0, unchanged: 1, threadsEvaluated: 0 });

    const changed = importRecords(ws.core.context, { side: 'erp', records: [{ recordId: 'SO-778812', document: erpOrder('8') }] }, NOW);
    expect(changed).toMatchObject({ inserted: 0, updated: 1, unchanged: 0 });
    expect(ws.db.prepare('SELECT version FROM source_records').pluck().get()).toBe(2);
    const versions = ws.db.prepare('SELECT version, canonical_json FROM source_record_versions').all() as { version: number; canonical_json: string }[];
    expect(versions.map((row) => [row.version, JSON.parse(row.canonical_json).lines[0].quantity.value])).toEqual([[1, '10']]);
  });

  it('takes the record id from the wrapper, the source, else the business number; bare documents too', () => {
    const viaSource: Order = { ...erpOrder('10'), source: { kind: 'connector', connector: 'erp', stream: 'orders-feed', recordId: 'R-1' }, poNumber: 'PO-A' };
    const bare: Order = { ...erpOrder('10'), poNumber: 'PO-B' };
    expect(importRecords(ws.core.context, { side: 'erp', records: [viaSource, bare] }, NOW)).toMatchObject({ inserted: 2 });
    expect(ws.db.prepare('SELECT stream, record_id FROM source_records ORDER BY id').all()).toEqual([
      { stream: 'orders-feed', record_id: 'R-1' },
      { stream: 'sales-orders', record_id: 'PO-B' },
    ]);
  });

  it('lists failures with their index and the schema path, storing the rest', () => {
    const broken = erpOrder('10') as unknown as { lines: { quantity: { value: unknown } }[] };
    broken.lines[0]!.quantity.value = 10;
    const wmsAsErp = { ...structuredClone(sampleWarehouseAdvice), source: { kind: 'connector', connector: 'wms-main', stream: 's', recordId: 'W1' } };
    const result = importRecords(ws.core.context, { side: 'erp', records: [broken, { recordId: 'X', document: { kind: 'order' } }, erpOrder('5'), wmsAsErp] }, NOW);
    expect(result.inserted).toBe(1);
    expect(result.failed.map((failure) => failure.index)).toEqual([0, 1, 3]);
    expect(result.failed[0]!.message).toContain('lines[0].quantity.value');
    expect(result.failed[1]).toMatchObject({ recordId: 'X' });
    expect(result.failed[2]!.message).toContain("'wms-main' is the warehouse's");
  });

  it('evaluates the threads the records touch', () => {
    const events: ReconcileChanged[] = [];
    ws.core.on('reconcile.changed', (payload) => events.push(payload));
    ws.store(sampleOrder);
    const result = importRecords(ws.core.context, { side: 'erp', records: [{ recordId: 'SO-778812', document: erpOrder('8') }] }, NOW);
    expect(result.threadsEvaluated).toBe(1);
    expect(ws.db.prepare("SELECT thread_key FROM mismatches WHERE type = 'qty-mismatch'").pluck().all()).toEqual([`order:${NORTHWIND}:4500012345`]);
    expect(events).toHaveLength(1);
    expect(ws.db.prepare('SELECT member_count FROM recon_threads').pluck().get()).toBe(2);
  });
});

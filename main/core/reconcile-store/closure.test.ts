import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Invoice, Order } from '../canonical/index.js';
import { sampleAsn, sampleInvoice, sampleOrder } from '../canonical/samples.js';
import { buildThreads } from '../reconcile/index.js';
import { loadThreadInputs, lookupOf, seedKeysOfThread } from './closure.js';
import { reconcileEnvFor } from './inputs-context.js';
import { NORTHWIND, storeWorkspace, type StoreWorkspace } from './inputs.test-support.js';

let ws: StoreWorkspace;
beforeEach(() => {
  ws = storeWorkspace();
});
afterEach(() => ws.cleanup());

const erpOrder: Order = {
  ...structuredClone(sampleOrder),
  source: { kind: 'connector', connector: 'erp', stream: 'sales-orders', recordId: 'SO-778812' },
  orderNumber: 'SO-778812',
};

function insertRecord(document: Order | Invoice, recordId: string): number {
  return Number(
    ws.db
      .prepare(
        `INSERT INTO source_records (side, connector, stream, record_id, kind, partner_id, content_hash, canonical_json, po_number, order_number, invoice_number, received_at, updated_at)
         VALUES ('erp', 'erp', 'sales-orders', ?, ?, ?, 'h', ?, ?, ?, ?, '2026-11-20T11:00:00Z', '2026-11-20T11:00:00Z')`,
      )
      .run(recordId, document.kind, NORTHWIND, JSON.stringify(document), document.poNumber ?? null, document.orderNumber ?? null, document.kind === 'invoice' ? document.invoiceNumber : null).lastInsertRowid,
  );
}

describe('loadThreadInputs', () => {
  it('joins an order, its ERP record, the ASN and an invoice quoting only the ASN, from any one of them', () => {
    const order = ws.store(sampleOrder);
    const asn = ws.store(sampleAsn);
    const invoiceOnlyAsn: Invoice = { ...structuredClone(sampleInvoice), poNumber: undefined } as unknown as Invoice;
    delete (invoiceOnlyAsn as { poNumber?: string }).poNumber;
    const invoice = ws.store(invoiceOnlyAsn);
    const record = insertRecord(erpOrder, 'SO-778812');
    // an unrelated order of the same partner stays out
    ws.store({ ...structuredClone(sampleOrder), poNumber: 'OTHER-1' });

    for (const seed of [{ documentIds: [invoice] }, { documentIds: [order] }, { recordIds: [record] }, { threadKey: `order:${NORTHWIND}:4500012345` }]) {
      const loaded = loadThreadInputs(ws.db, seed);
      expect([...loaded.documentIds].sort()).toEqual([order, asn, invoice].sort());
      expect([...loaded.recordIds]).toEqual([record]);
      const threads = buildThreads(loaded.inputs, reconcileEnvFor(ws.db).items);
      expect(threads.map((thread) => [thread.key, thread.documents.length])).toEqual([[`order:${NORTHWIND}:4500012345`, 4]]);
    }
  });

  it('answers members with where they are stored', () => {
    const order = ws.store(sampleOrder, { receivedAt: '2026-11-21T08:00:00.000Z' });
    const loaded = loadThreadInputs(ws.db, { keys: [`po:${NORTHWIND}:4500012345`] });
    expect(loaded.members).toHaveLength(1);
    expect(loaded.members[0]!.ref).toMatchObject({ kind: 'document', documentId: order, byteStart: 10, byteEnd: 90 });
    expect(loaded.members[0]!.input).toMatchObject({ kind: 'document', receivedAt: '2026-11-21T08:00:00.000Z' });
  });

  it('skips documents whose mapping failed', () => {
    const order = ws.store(sampleOrder);
    ws.db.prepare("UPDATE canonical_documents SET status = 'errors' WHERE document_id = ?").run(order);
    expect(loadThreadInputs(ws.db, { documentIds: [order] }).inputs).toEqual([]);
  });

  it('uses the business-key indexes', () => {
    const plan = ws.db
      .prepare(`EXPLAIN QUERY PLAN SELECT document_id FROM canonical_documents INDEXED BY canonical_po_number WHERE po_number = ?`)
      .all('X') as { detail: string }[];
    expect(plan.map((row) => row.detail).join(' ')).toMatch(/USING (COVERING )?INDEX canonical_po_number \(po_number=\?\)/);
  });
});

describe('keys', () => {
  it('maps thread keys to the link keys they are found by', () => {
    expect(seedKeysOfThread('order:3:PO:1')).toEqual(['po:3:PO:1']);
    expect(seedKeysOfThread('order:so:SO-1')).toEqual(['so:SO-1']);
    expect(seedKeysOfThread('order:orphan:invoice:3:INV-1')).toEqual(['invoice:3:INV-1']);
    expect(seedKeysOfThread('stock:WID-10')).toEqual(['stock:WID-10']);
    expect(lookupOf('po:*:A:B')).toEqual({ by: 'column', column: 'po_number', value: 'A:B' });
    expect(lookupOf('ack:3:000000001:7:12')).toEqual({ by: 'ack', groupId: 12 });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Order, Shipment } from '../canonical/index.js';
import { sampleOrder } from '../canonical/samples.js';
import { evaluateThreads } from './evaluate.js';
import { NORTHWIND, storeWorkspace, type StoreWorkspace } from './inputs.test-support.js';
import type { ReconcileChanged } from './types.js';

let ws: StoreWorkspace;
beforeEach(() => {
  ws = storeWorkspace();
});
afterEach(() => ws.cleanup());

const NOW = '2026-11-21T12:00:00.000Z';
const THREAD = `order:${NORTHWIND}:4500012345`;

async function value<T>(promise: Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value;
}

/** The sample PO stored as EDI, and the ERP's copy with line 1 at `quantity` CA as a source record. */
function seed(quantity: string): { documentId: number; recordId: number } {
  const documentId = ws.store(structuredClone(sampleOrder), { receivedAt: '2026-11-20T10:00:00.000Z' });
  const erp: Order = { ...structuredClone(sampleOrder), source: { kind: 'connector', connector: 'erp', stream: 'sales-orders', recordId: 'SO-778812' }, orderNumber: 'SO-778812' };
  erp.lines[0]!.quantity = { value: quantity, uom: 'CA' };
  const json = JSON.stringify(erp);
  ws.db
    .prepare(
      `INSERT INTO source_records (side, connector, stream, record_id, kind, partner_id, content_hash, canonical_json, po_number, order_number, received_at, updated_at)
       VALUES ('erp', 'erp', 'sales-orders', 'SO-778812', 'order', ?, ?, ?, ?, ?, '2026-11-20T11:00:00.000Z', '2026-11-20T11:00:00.000Z')`,
    )
    .run(NORTHWIND, json, json, erp.poNumber, erp.orderNumber ?? null);
  const recordId = ws.db.prepare("SELECT id FROM source_records WHERE record_id = 'SO-778812'").pluck().get() as number;
  evaluateThreads(ws.db, { threadKey: THREAD }, { now: NOW });
  return { documentId, recordId };
}

describe('threads.get and the review methods over a real workspace', () => {
  it('answers the thread with members where they are stored, a timeline, the comparison and its mismatches', async () => {
    const { documentId, recordId } = seed('11');
    const detail = await value(ws.core.invoke('threads.get', { key: THREAD }));
    expect(detail).toMatchObject({ key: THREAD, kind: 'order', partnerId: NORTHWIND, partnerName: 'Northwind Retail', poNumbers: ['4500012345'] });
    expect(detail.evaluatedAt).toBe(NOW);
    const order = detail.members.find((member) => member.side === 'partner')!;
    expect(order.ref).toEqual({ kind: 'document', documentId, fileId: expect.any(Number), byteStart: 10, byteEnd: 90 });
    expect(order.label).toMatch(/^Order 4500012345 \(850\)$/);
    const erp = detail.members.find((member) => member.side === 'erp')!;
    expect(erp.ref).toEqual({ kind: 'record', recordId, connector: 'erp', stream: 'sales-orders', externalId: 'SO-778812' });
    expect(detail.timeline.find((step) => step.step === 'erp-order')).toMatchObject({ status: 'mismatch', documentRefs: [erp.ref] });
    expect(detail.columns).toEqual(['order', 'erp-order']);
    const qty = detail.mismatches.find((row) => row.type === 'qty-mismatch')!;
    expect(qty).toBeDefined();
    const line = detail.comparison.find((row) => row.mismatchIds.includes(qty.id))!;
    expect(line.differs).toEqual(['erp-order']);
    expect(line.cells['erp-order']![0]).toMatchObject({ quantity: '11', uom: 'CA' });
    expect(detail.members[line.cells['erp-order']![0]!.member]!.side).toBe('erp');

    // resolving it through the API audits the actor, emits reconcile.changed and takes it off the timeline's findings
    const events: ReconcileChanged[] = [];
    ws.core.on('reconcile.changed', (payload) => events.push(payload));
    const acted = await value(ws.core.invoke('mismatches.act', { ids: [qty.id], change: { action: 'resolve', reason: 'corrected-in-erp', note: 'typo' } }));
    expect(acted).toEqual({ changed: [qty.id], skipped: [] });
    expect(events).toHaveLength(1);
    const got = await value(ws.core.invoke('mismatches.get', { id: qty.id }));
    expect(got.events.at(-1)).toMatchObject({ action: 'resolved', actor: 'test', detail: { reason: 'corrected-in-erp', note: 'typo' } });
    const after = await value(ws.core.invoke('threads.get', { key: THREAD }));
    expect(after.mismatches.find((row) => row.id === qty.id)?.status).toBe('resolved');
    expect(after.comparison.find((row) => row.lineKey === line.lineKey)!.mismatchIds).not.toContain(qty.id);
  });

  it('lists, exports, summarises and saves views through the contract', async () => {
    seed('11');
    const page = await value(ws.core.invoke('mismatches.list', { filter: { partnerIds: [NORTHWIND] }, sort: { field: 'money', direction: 'desc' } }));
    expect(page.total).toBeGreaterThan(0);
    expect(page.rows[0]!.partnerName).toBe('Northwind Retail');
    const file = await value(ws.core.invoke('mismatches.export', { format: 'csv' }));
    expect(file.rows).toBe(page.total);
    expect(Buffer.from(file.base64, 'base64').toString('utf8')).toContain('qty-mismatch');
    const board = await value(ws.core.invoke('reconcile.dashboard', {}));
    expect(board.openTotal).toBe(page.total);
    expect(board.threads.withOpen).toBe(1);
    const view = await value(ws.core.invoke('views.save', { name: 'Northwind', filter: { partnerIds: [NORTHWIND] } }));
    expect(await value(ws.core.invoke('views.list', {}))).toEqual([view]);
    const clash = await ws.core.invoke('views.save', { name: 'Northwind', filter: {} });
    expect(clash).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await value(ws.core.invoke('views.delete', { id: view.id }))).toEqual({ deleted: true });
  });

  it('refuses an unknown thread as not-found', async () => {
    await expect(value(ws.core.invoke('threads.get', { key: 'order:3:NOPE' }))).rejects.toMatchObject({ code: 'not-found' });
  });

  it('shows an ASN the warehouse never confirmed against the order in the comparison', async () => {
    seed('10');
    const asn: Shipment = {
      kind: 'shipment',
      role: 'asn',
      source: { kind: 'edi', byteStart: 0, byteEnd: 10, standard: 'x12', type: '856', controlNumber: '7' },
      partner: { id: NORTHWIND, name: 'Northwind Retail' },
      channel: 'edi',
      asnNumber: 'ASN-1',
      orders: [{ poNumber: '4500012345' }],
      lines: [{ poNumber: '4500012345', poLineNumber: '1', product: { buyerPart: 'NW-88812' }, quantity: { value: '120', uom: 'EA' } }],
    };
    ws.store(asn);
    evaluateThreads(ws.db, { threadKey: THREAD }, { now: NOW });
    const detail = await value(ws.core.invoke('threads.get', { key: THREAD }));
    expect(detail.columns).toContain('asn');
    const first = detail.comparison[0]!;
    // 120 EA is 10 CA through Northwind's CA = 12 EA
    expect(first.cells.asn).toEqual([expect.objectContaining({ quantity: '10', uom: 'CA' })]);
  });
});

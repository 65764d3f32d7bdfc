import { describe, expect, it } from 'vitest';
import type { Credit, InventoryPosition, Return, Shipment } from '../canonical/index.js';
import { threadKeysFor } from './keys.js';
import { asn, context, erpOrder, input, inputs, invoice, items, purchaseOrder, wmsShipment } from './test-fixtures.js';
import { buildThreads } from './threads.js';
import type { ReconcileInput, Thread } from './types.js';
import { ThreadView } from './view.js';

const po = purchaseOrder([['1', 'WID-10', '10', 'CA', '12.50'], ['2', 'GAD-02', '24', 'EA', '3.75']]);
const orderThreads = (list: ReconcileInput[]): Thread[] => buildThreads(list, items).filter((thread) => thread.kind === 'order');
const view = (thread: Thread | undefined) => new ThreadView(thread!, context());
const quantities = (totals: Map<string, { quantity: string; uom: string }>) => Object.fromEntries([...totals].map(([key, total]) => [key, `${total.quantity} ${total.uom}`]));

describe('buildThreads: one order, many documents', () => {
  it('puts partial shipments (two ASNs) in one thread and sums them per order line', () => {
    const threads = orderThreads(inputs(po, asn('A-1', [['1', 'WID-10', '4', 'CA']]), asn('A-2', [['1', 'WID-10', '6', 'CA'], ['2', 'GAD-02', '24', 'EA']])));
    expect(threads.map((thread) => [thread.key, thread.documents.length])).toEqual([['order:3:PO-1', 3]]);
    expect(quantities(view(threads[0]).asnTotals)).toEqual({ 'line:1': '10 CA', 'line:2': '24 EA' });
  });

  it('adds up a split line (one order line in two cartons) and converts units into the order line unit', () => {
    const split = asn('A-1', [['1', 'WID-10', '5', 'CA', '000000000000000011'], ['1', 'WID-10', '60', 'EA', '000000000000000028'], ['2', 'GAD-02', '2', 'CA']]);
    expect(quantities(view(orderThreads(inputs(po, split))[0]).asnTotals)).toEqual({ 'line:1': '10 CA', 'line:2': '24 EA' });
  });

  it("matches lines by cross-referenced product ids when line numbers are absent: buyer part, SKU, GTIN", () => {
    const byBuyerPart = purchaseOrder([['1', 'x', '10', 'CA', '12.50']]);
    byBuyerPart.lines[0]!.product = { buyerPart: 'nw-88812' };
    const erp = erpOrder([['7', 'WID-10', '120', 'EA', '1.0416']]);
    const notice = asn('A-1', []);
    notice.lines = [{ poNumber: 'PO-1', product: { gtin: '614141123452' }, quantity: { value: '10', uom: 'CA' } }];
    const thread = orderThreads(inputs(byBuyerPart, erp, notice))[0];
    const threadView = view(thread);
    expect(threadView.matcher.lines.map((line) => [line.key, line.productKey])).toEqual([['line:1', 'sku:WID-10']]);
    expect(quantities(threadView.asnTotals)).toEqual({ 'line:1': '10 CA' });
    expect(quantities(threadView.matcher.totals(erp.lines.map((line) => ({ line, entry: thread!.documents[0]! }))))).toEqual({ 'line:1': '10 CA' });
  });

  it('keeps a line the order does not have under its product, and lines with unknown units apart', () => {
    const threadView = view(orderThreads(inputs(po, asn('A-1', [['9', 'BOLT-7', '3', 'EA'], ['1', 'WID-10', '1', 'PL']])))[0]);
    expect(quantities(threadView.asnTotals)).toEqual({ 'item:sku:BOLT-7': '3 EA', 'line:1': '0 CA' });
    expect(threadView.asnTotals.get('line:1')?.comparable).toBe(false);
  });
});

describe('buildThreads: linking by business keys', () => {
  it('joins the ERP order by PO + partner and a 3PL shipment by our order number', () => {
    const thirdParty = wmsShipment('W-1', [['1', 'WID-10', '10', 'CA']], { partner: { id: 9, name: 'Lakeside 3PL' }, orders: [{ poNumber: 'PO-X', orderNumber: 'SO-1' }] });
    const threads = orderThreads(inputs(po, erpOrder([['1', 'WID-10', '10', 'CA']]), thirdParty));
    expect(threads.map((thread) => thread.key)).toEqual(['order:3:PO-1']);
    expect(threads[0]?.documents.map((entry) => entry.side).sort()).toEqual(['erp', 'partner', 'wms']);
  });

  it('joins a warehouse record naming only the PO when exactly one partner has that PO, and not otherwise', () => {
    const shipped = wmsShipment('W-1', [['1', 'WID-10', '10', 'CA']], { orders: [{ poNumber: 'PO-1' }] });
    expect(orderThreads(inputs(po, shipped)).map((thread) => thread.key)).toEqual(['order:3:PO-1']);
    const otherPartner = purchaseOrder([['1', 'WID-10', '1', 'CA']], { partner: { id: 4 } });
    expect(orderThreads(inputs(po, otherPartner, shipped)).map((thread) => [thread.key, thread.documents.length])).toEqual([
      ['order:3:PO-1', 1],
      ['order:4:PO-1', 1],
      ['order:?:PO-1', 1],
    ]);
  });

  it('puts a multi-order ASN in each order thread with only that order’s lines', () => {
    const second = purchaseOrder([['1', 'GAD-02', '5', 'EA']], { poNumber: 'PO-2' });
    const both: Shipment = asn('A-1', [['1', 'WID-10', '10', 'CA']], { orders: [{ poNumber: 'PO-1' }, { poNumber: 'PO-2' }] });
    both.lines!.push({ poNumber: 'PO-2', poLineNumber: '1', product: { sku: 'GAD-02' }, quantity: { value: '5', uom: 'EA' } });
    const threads = orderThreads(inputs(po, second, both));
    expect(threads.map((thread) => thread.key)).toEqual(['order:3:PO-1', 'order:3:PO-2']);
    expect(quantities(view(threads[0]).asnTotals)).toEqual({ 'line:1': '10 CA' });
    expect(quantities(view(threads[1]).asnTotals)).toEqual({ 'line:1': '5 EA' });
  });

  it('reaches an invoice quoting only the ASN, and a credit quoting only the return', () => {
    const notice = asn('A-1', [['1', 'WID-10', '10', 'CA']]);
    const billed = invoice('I-1', [['1', 'WID-10', '10', 'CA', '12.50']], { poNumber: undefined, asnNumber: 'A-1' });
    delete billed.poNumber;
    const ret: Return = { kind: 'return', source: { kind: 'connector', connector: 'erp', stream: 'returns', recordId: 'R-1' }, partner: { id: 3 }, channel: 'edi', returnNumber: 'R-1', invoiceNumber: 'I-1', lines: [{ quantity: { value: '1', uom: 'CA' } }] };
    const credit: Credit = { kind: 'credit', source: { kind: 'manual', by: 'jdoe' }, partner: { id: 3 }, channel: 'edi', adjustment: 'credit', creditNumber: 'C-1', returnNumber: 'R-1', totals: { total: { amount: '12.50' } } };
    const threads = orderThreads(inputs(credit, ret, billed, notice, po));
    expect(threads.map((thread) => [thread.key, thread.documents.map((entry) => entry.document.kind).sort()])).toEqual([['order:3:PO-1', ['credit', 'invoice', 'order', 'return', 'shipment']]]);
  });

  it('gives a document no order can be found for a thread of its own', () => {
    const billed = invoice('I-9', [['1', 'WID-10', '1', 'CA', '1']], { asnNumber: 'A-404' });
    delete billed.poNumber;
    expect(orderThreads(inputs(billed)).map((thread) => thread.key)).toEqual(['order:orphan:invoice:3:I-9']);
  });

  it('keeps the thread key whichever document arrives first', () => {
    const erp = erpOrder([['1', 'WID-10', '10', 'CA']]);
    expect(orderThreads(inputs(erp)).map((thread) => thread.key)).toEqual(['order:3:PO-1']);
    expect(orderThreads(inputs(erp, po)).map((thread) => thread.key)).toEqual(['order:3:PO-1']);
  });

  it('counts the same record delivered twice once', () => {
    expect(orderThreads([input(po), input(po, '2026-12-02T00:00:00Z')])[0]?.documents).toHaveLength(1);
  });

  it('lists every member’s thread keys among the thread’s link keys', () => {
    const list = inputs(po, erpOrder([['1', 'WID-10', '10', 'CA']]), asn('A-1', [['1', 'WID-10', '10', 'CA']]), invoice('I-1', [['1', 'WID-10', '10', 'CA', '12.50']]));
    const [thread] = orderThreads(list);
    for (const member of list) for (const key of threadKeysFor(member, items)) expect(thread?.linkKeys).toContain(key);
  });
});

describe('buildThreads: stock and facts', () => {
  it('splits inventory records by SKU, resolving the partner’s buyer parts', () => {
    const advice: InventoryPosition = {
      kind: 'inventory',
      source: { kind: 'edi', byteStart: 0, byteEnd: 10, standard: 'x12', type: '846', controlNumber: '1' },
      partner: { id: 3 },
      channel: 'edi',
      lines: [{ product: { buyerPart: 'NW-88812' }, quantities: [{ type: 'available', quantity: { value: '1', uom: 'CA' } }] }, { product: { buyerPart: 'NW-88813' }, quantities: [{ type: 'available', quantity: { value: '1', uom: 'EA' } }] }],
    };
    const threads = buildThreads(inputs(advice), items);
    expect(threads.map((thread) => [thread.key, thread.kind, thread.sku])).toEqual([['stock:GAD-02', 'stock', 'GAD-02'], ['stock:WID-10', 'stock', 'WID-10']]);
    expect(threadKeysFor(input(advice), items)).toEqual(['stock:GAD-02', 'stock:WID-10']);
  });
});

import { describe, expect, it } from 'vitest';
import { sampleAsn, sampleInvoice } from '../canonical/samples.js';
import { pick, run, sampleDocuments, sampleInputs, typesOf, input } from './test-fixtures.js';

describe('the canonical sample thread', () => {
  it('gives no mismatches: every document agrees with the others', () => {
    expect(run(sampleInputs())).toEqual([]);
  });

  it('is one order thread joining the 3PL documents through our order number', async () => {
    const { buildThreads } = await import('./threads.js');
    const { items } = await import('./test-fixtures.js');
    const threads = buildThreads(sampleInputs(), items);
    const order = threads.filter((thread) => thread.kind === 'order');
    expect(order.map((thread) => thread.key)).toEqual(['order:3:4500012345']);
    expect(order[0]?.documents).toHaveLength(11);
    expect(threads.filter((thread) => thread.kind === 'stock').map((thread) => thread.key)).toEqual(['stock:GAD-02', 'stock:WID-10']);
    expect(sampleAsn.asnNumber).toBe(sampleInvoice.asnNumber);
  });
});

describe('one planted defect at a time gives exactly its mismatch type', () => {
  const cases: [string, (documents: ReturnType<typeof sampleDocuments>) => void, string][] = [
    ['ERP order removed', (d) => d.splice(d.findIndex((x) => x.source.kind === 'connector' && x.kind === 'order'), 1), 'order-missing-in-erp'],
    ['EDI order removed (change and ack stay)', (d) => d.splice(d.findIndex((x) => x.kind === 'order' && x.source.kind === 'edi' && x.role === 'purchase-order'), 1), 'erp-order-without-edi'],
    ['ERP price changed', (d) => (pick(d, 'order', (o) => o.source.kind === 'connector').lines[0]!.unitPrice = { amount: '13.10', currency: 'USD' }), 'price-mismatch'],
    ['ERP quantity changed', (d) => (pick(d, 'order', (o) => o.source.kind === 'connector').lines[1]!.quantity.value = '24'), 'qty-mismatch'],
    ['ack line rejected', (d) => (pick(d, 'order-ack').lines![0]!.statuses = [{ status: 'rejected', code: 'IR', quantity: { value: '10', uom: 'CA' } }]), 'ack-line-rejected'],
    ['invoice price changed', (d) => (pick(d, 'invoice').lines![0]!.unitPrice = { amount: '12.90' }), 'invoice-price-vs-po'],
    ['invoice total changed', (d) => (pick(d, 'invoice').totals!.total = { amount: '199.30', currency: 'USD' }), 'invoice-total-mismatch'],
    ['credit amount changed', (d) => (pick(d, 'credit').totals!.total = { amount: '10.00', currency: 'USD' }), 'credit-amount-mismatch'],
    ['credit removed', (d) => d.splice(d.findIndex((x) => x.kind === 'credit'), 1), 'return-without-credit'],
    ['ASN removed', (d) => d.splice(d.findIndex((x) => x.kind === 'shipment' && x.role === 'asn'), 1), 'asn-missing'],
    ['ASN date moved two days after shipping', (d) => (pick(d, 'shipment', (s) => s.role === 'asn').documentDate = { value: '2026-11-29T16:05', precision: 'minute', timeZone: 'America/New_York' }), 'asn-late'],
  ];
  it.each(cases)('%s', (_name, plant, expected) => {
    const documents = sampleDocuments();
    plant(documents);
    expect(typesOf(run(documents.map((document) => input(document))))).toEqual([expected]);
  });
});

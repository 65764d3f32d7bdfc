import { describe, expect, it } from 'vitest';
import { buildThreads } from '../reconcile/threads.js';
import { reconcileThread } from '../reconcile/reconcile.js';
import { syntheticContext, syntheticItems, syntheticOrder } from '../reconcile/synthetic.js';
import { ackFact, asn, context, erpOrder, inputs, items, purchaseOrder, wmsShipment } from '../reconcile/test-fixtures.js';
import type { Thread } from '../reconcile/types.js';
import { lineComparison } from './comparison.js';
import { threadTimeline } from './timeline.js';

function orderThread(defect?: string): { thread: Thread; mismatches: ReturnType<typeof reconcileThread> } {
  const threads = buildThreads(syntheticOrder(4, defect), syntheticItems);
  expect(threads).toHaveLength(1);
  const thread = threads[0]!;
  return { thread, mismatches: reconcileThread(thread, syntheticContext()) };
}

const statuses = (thread: Thread, mismatches: ReturnType<typeof reconcileThread>) => Object.fromEntries(threadTimeline(thread, mismatches).map((step) => [step.step, step.status]));

describe('threadTimeline', () => {
  it('shows every step of a clean order as ok, with the documents and times behind each', () => {
    const { thread, mismatches } = orderThread();
    expect(mismatches).toEqual([]);
    const timeline = threadTimeline(thread, mismatches);
    expect(Object.fromEntries(timeline.map((step) => [step.step, step.status]))).toEqual({
      order: 'ok',
      'erp-order': 'ok',
      ack: 'ok',
      'wms-shipment': 'ok',
      asn: 'ok',
      invoice: 'ok',
      'erp-invoice': 'not-applicable',
      return: 'not-applicable',
      credit: 'not-applicable',
    });
    const asnStep = timeline.find((step) => step.step === 'asn')!;
    expect(asnStep.at).toBe('2026-12-02T14:00:00.000Z');
    expect(asnStep.documentRefs).toEqual([{ kind: 'document', documentId: 0, fileId: 1, byteStart: 42_000, byteEnd: 42_900 }]);
    expect(timeline.find((step) => step.step === 'wms-shipment')!.documentRefs).toEqual([{ kind: 'record', recordId: 0, connector: 'wms', stream: 'shipments', externalId: 'W4' }]);
  });

  it('marks the step each planted defect belongs to', () => {
    const cases: [string, string, string][] = [
      ['erp-quantity', 'erp-order', 'mismatch'],
      ['no-erp-order', 'erp-order', 'missing'],
      ['no-ack', 'ack', 'missing'],
      ['rejected-line', 'ack', 'mismatch'],
      ['no-asn', 'asn', 'missing'],
      ['late-asn', 'asn', 'late'],
      ['asn-quantity', 'asn', 'mismatch'],
      ['invoice-total', 'invoice', 'mismatch'],
    ];
    for (const [defect, step, status] of cases) {
      const { thread, mismatches } = orderThread(defect);
      expect(mismatches.length, defect).toBeGreaterThan(0);
      const found = statuses(thread, mismatches);
      expect(found[step], defect).toBe(status);
      expect(found.order, defect).toBe('ok');
    }
  });

  it('gives an ack thread one step from the fact and its findings', () => {
    const thread = buildThreads([ackFact({ status: 'rejected' })], items)[0]!;
    const mismatches = reconcileThread(thread, context());
    const [step, ...rest] = threadTimeline(thread, mismatches);
    expect(rest).toEqual([]);
    expect(step).toMatchObject({ step: 'ack', status: 'mismatch', at: '2026-12-04T10:00:00.000Z', documentRefs: [{ kind: 'fact', label: expect.stringContaining('group 1201') }] });
  });
});

describe('lineComparison', () => {
  it('lines up a clean order with no differences, one row per order line', () => {
    const { thread, mismatches } = orderThread();
    const comparison = lineComparison(thread, mismatches, syntheticContext());
    expect(comparison.columns).toEqual(['order', 'erp-order', 'ack', 'wms-shipment', 'asn', 'invoice']);
    expect(comparison.rows.map((row) => row.lineKey)).toEqual(['line:1', 'line:2']);
    for (const row of comparison.rows) {
      expect(row.differs).toEqual([]);
      expect(Object.keys(row.cells)).toEqual(comparison.columns);
      const order = row.cells.order![0]!;
      expect(row.cells.asn![0]!.quantity).toBe(order.quantity);
      expect(thread.documents[order.member]!.document.kind).toBe('order');
      expect(thread.documents[row.cells['wms-shipment']![0]!.member]!.side).toBe('wms');
    }
    expect(comparison.rows[0]!.product).toBe('SKU-28');
  });

  it('marks the disagreeing column and links the line mismatch', () => {
    // asn-qty-vs-wms is found per carton (sscc:…), so the line row names no mismatch for it
    const cases: [string, string, boolean][] = [
      ['erp-quantity', 'erp-order', true],
      ['erp-price', 'erp-order', true],
      ['asn-quantity', 'asn', false],
      ['invoice-price', 'invoice', true],
      ['rejected-line', 'ack', true],
    ];
    for (const [defect, column, linked] of cases) {
      const { thread, mismatches } = orderThread(defect);
      const first = lineComparison(thread, mismatches, syntheticContext()).rows[0]!;
      expect(first.differs, defect).toEqual([column]);
      expect(first.mismatchIds.length > 0, defect).toBe(linked);
      expect(first.mismatchIds.every((id) => mismatches.some((mismatch) => mismatch.id === id && /(^|\/)line:1$/.test(mismatch.lineKey ?? '')))).toBe(true);
    }
  });

  it("converts other units into the order line's unit and adds partial shipments", () => {
    const documents = inputs(
      purchaseOrder([['1', 'WID-10', '10', 'CA', '12.50']]),
      erpOrder([['1', 'WID-10', '120', 'EA', '12.50']]),
      wmsShipment('S1', [['1', 'WID-10', '60', 'EA']]),
      wmsShipment('S2', [['1', 'WID-10', '4', 'CA']]),
      asn('A1', [['1', 'WID-10', '9', 'CA']]),
    );
    const thread = buildThreads(documents, items)[0]!;
    const comparison = lineComparison(thread, [], context());
    const row = comparison.rows[0]!;
    expect(row.cells['erp-order']).toEqual([expect.objectContaining({ quantity: '10', uom: 'CA' })]);
    expect(row.cells['wms-shipment']!.map((cell) => [cell.quantity, cell.uom])).toEqual([['5', 'CA'], ['4', 'CA']]);
    // the warehouse shipped 9 CA of the 10 ordered; the ASN says 9: it agrees with the warehouse
    expect(row.differs).toEqual(['wms-shipment']);
  });

  it('adds a row for a line the order does not have', () => {
    const documents = inputs(purchaseOrder([['1', 'WID-10', '10', 'CA']]), asn('A1', [['1', 'WID-10', '10', 'CA'], ['7', 'BOLT-7', '3', 'EA']]));
    const rows = lineComparison(buildThreads(documents, items)[0]!, [], context()).rows;
    expect(rows.map((row) => [row.lineKey, row.differs])).toEqual([
      ['line:1', []],
      [expect.stringContaining('BOLT-7'), ['asn']],
    ]);
  });
});

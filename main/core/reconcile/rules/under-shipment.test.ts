import { describe, expect, it } from 'vitest';
import { asn, inputs, invoice, only, orderAck, purchaseOrder } from '../test-fixtures.js';

const po = purchaseOrder([['1', 'WID-10', '10', 'CA', '12.50']]);
const billed = invoice('I-1', [['1', 'WID-10', '6', 'CA', '12.50']]);
const six = asn('A-1', [['1', 'WID-10', '6', 'CA']]);

describe('under-shipment', () => {
  it('flags an invoiced order that shipped less than ordered', () => {
    expect(only('under-shipment', inputs(po, six, billed))).toMatchObject([{ lineKey: 'line:1', owner: 'warehouse', expected: { text: '10 CA' }, actual: { text: '6 CA' }, moneyAtRisk: { amount: '50.00' } }]);
  });

  it('waits while the order is neither invoiced nor past its requested delivery date', () => {
    expect(only('under-shipment', inputs(po, six))).toEqual([]);
    const dated = purchaseOrder([['1', 'WID-10', '10', 'CA']], { dates: [{ qualifier: 'requested-delivery', date: { value: '2026-12-05', precision: 'day' } }] });
    expect(only('under-shipment', inputs(dated, six))).toHaveLength(1);
  });

  it('counts a backorder promised for a date still ahead, and quantities our ack rejected', () => {
    const backordered = orderAck([{ lineNumber: '1', statuses: [{ status: 'accepted', quantity: { value: '6', uom: 'CA' } }, { status: 'backordered', quantity: { value: '4', uom: 'CA' }, date: { value: '2026-12-20', precision: 'day' } }] }]);
    expect(only('under-shipment', inputs(po, six, billed, backordered))).toEqual([]);
    const late = orderAck([{ lineNumber: '1', statuses: [{ status: 'backordered', quantity: { value: '4', uom: 'CA' }, date: { value: '2026-12-04', precision: 'day' } }] }]);
    expect(only('under-shipment', inputs(po, six, billed, late))).toHaveLength(1);
    const rejected = orderAck([{ lineNumber: '1', statuses: [{ status: 'rejected', quantity: { value: '4', uom: 'CA' } }] }]);
    expect(only('under-shipment', inputs(po, six, billed, rejected))).toEqual([]);
  });

  it('accepts a shortfall exactly at the percent tolerance', () => {
    const nine = asn('A-1', [['1', 'WID-10', '9', 'CA']]);
    expect(only('under-shipment', inputs(po, nine, billed), { quantityPercent: '10' })).toEqual([]);
    expect(only('under-shipment', inputs(po, nine, billed), { quantityPercent: '9.9' })).toHaveLength(1);
  });

  it('is quiet when nothing has shipped (that is asn-missing or not yet due)', () => {
    expect(only('under-shipment', inputs(po, billed))).toEqual([]);
  });
});

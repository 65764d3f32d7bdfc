import { describe, expect, it } from 'vitest';
import { asn, inputs, invoice, only, purchaseOrder, wmsShipment } from '../test-fixtures.js';

const po = purchaseOrder([['1', 'WID-10', '10', 'CA', '12.50']]);
const billed = invoice('I-1', [['1', 'WID-10', '10', 'CA', '12.50']], { totals: { total: { amount: '125.00', currency: 'USD' } } });

describe('invoice-without-shipment', () => {
  it('flags an invoice where nothing shipped, with the invoice total at risk', () => {
    expect(only('invoice-without-shipment', inputs(po, billed))).toMatchObject([{ lineKey: 'invoice:I-1', owner: 'finance', severity: 'high', moneyAtRisk: { amount: '125.00', currency: 'USD' } }]);
  });

  it('is quiet once an ASN or a warehouse shipment exists', () => {
    expect(only('invoice-without-shipment', inputs(po, billed, asn('A-1', [['1', 'WID-10', '10', 'CA']])))).toEqual([]);
    expect(only('invoice-without-shipment', inputs(po, billed, wmsShipment('W-1', [['1', 'WID-10', '10', 'CA']])))).toEqual([]);
  });

  it('recomputes the amount at risk from the lines when the invoice states no total', () => {
    expect(only('invoice-without-shipment', inputs(po, invoice('I-2', [['1', 'WID-10', '2', 'CA', '12.50']])))[0]?.moneyAtRisk).toEqual({ amount: '25.00', currency: 'USD' });
  });

  it('still flags an invoice whose value cannot be had, without money at risk', () => {
    const bare = invoice('I-3', [['1', 'WID-10', '2', 'CA', '1']]);
    delete bare.lines![0]!.unitPrice;
    expect(only('invoice-without-shipment', inputs(po, bare))).toMatchObject([{ moneyAtRisk: null }]);
  });
});
